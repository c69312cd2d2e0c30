package org.youthvoice.safeguarding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youthvoice.base.RandomIds;
import org.youthvoice.safeguarding.Category;
import org.youthvoice.safeguarding.DisclosureView;
import org.youthvoice.safeguarding.Highlight;
import org.youthvoice.safeguarding.Outcome;
import org.youthvoice.safeguarding.Severity;
import org.youthvoice.testing.IntegrationTest;

/** The queue in plain SQL: its order, an outcome given once, and words held from quoting until released. */
@IntegrationTest
class QueueStoreIntegrationTest {

    @Autowired
    QueueStore queue;

    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now();
    private final LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    private final String sourceType = "STORE" + System.nanoTime() % 1_000_000_000L;

    /** Overdue when flagged before today, so that a test can tell the rule was applied. */
    private static final QueueStore.Overdue BEFORE_TODAY = (flaggedOn, dueBy) -> flaggedOn.isBefore(LocalDate.now());

    /** A flagged text whose source id is the item's id. */
    private long flag(String text, Severity severity, LocalDate flaggedOn, @Nullable String namedAccount,
            boolean contactGiven) {
        long id = RandomIds.next();
        jdbc.sql("""
                INSERT INTO disclosure (id, source_type, source_id, source_label, contact_given, text, severity,
                    categories, matches, flagged_on, named_account)
                VALUES (?, ?, ?, 'store test', ?, ?, ?, 'SELF_HARM_OR_SUICIDE,NEGLECT', '0:4;7:9', ?, ?)""")
                .params(id, sourceType, id, contactGiven, text, severity.name(), flaggedOn, namedAccount)
                .update();
        return id;
    }

    private List<String> textsInOrder(boolean openOnly) {
        return queue.page(openOnly, 100_000, 0, BEFORE_TODAY).stream()
                .filter(d -> d.sourceType().equals(sourceType)).map(DisclosureView::text).toList();
    }

    @Test
    void open_items_come_urgent_first_then_named_then_oldest_and_closed_ones_newest_first() {
        flag("concern today", Severity.CONCERN, today, null, false);
        flag("concern three days ago", Severity.CONCERN, today.minusDays(3), null, false);
        flag("named today", Severity.CONCERN, today, "sam", false);
        flag("urgent today", Severity.URGENT, today, null, false);
        long closedOld = flag("closed five days ago", Severity.URGENT, today.minusDays(5), null, false);
        long closedNew = flag("closed yesterday", Severity.CONCERN, today.minusDays(1), null, false);
        queue.close(closedOld, Outcome.NO_CONCERN, null, null, "lead", now);
        queue.close(closedNew, Outcome.ADVICE_GIVEN, null, null, "lead", now);

        assertThat(textsInOrder(false)).containsExactly("urgent today", "named today", "concern three days ago",
                "concern today", "closed yesterday", "closed five days ago");
        assertThat(textsInOrder(true)).containsExactly("urgent today", "named today", "concern three days ago",
                "concern today");
        assertThat(queue.openItems()).filteredOn(i -> i.flaggedOn().equals(today.minusDays(3))).isNotEmpty();
        assertThat(queue.count(false)).isGreaterThanOrEqualTo(queue.count(true) + 2);
    }

    @Test
    void an_item_reads_back_by_name_with_its_categories_highlights_and_the_overdue_rule() {
        long id = flag("I am scared", Severity.URGENT, today.minusDays(2), null, true);

        var item = queue.find(id, BEFORE_TODAY).orElseThrow();

        assertThat(item.sourceType()).isEqualTo(sourceType);
        assertThat(item.sourceLabel()).isEqualTo("store test");
        assertThat(item.severity()).isEqualTo(Severity.URGENT);
        assertThat(item.categories()).containsExactly(Category.SELF_HARM_OR_SUICIDE, Category.NEGLECT);
        assertThat(item.highlights()).containsExactly(new Highlight(0, 4), new Highlight(7, 9));
        assertThat(item.flaggedOn()).isEqualTo(today.minusDays(2));
        assertThat(item.overdue()).isTrue();
        assertThat(item.contactGiven()).isTrue();
        assertThat(queue.contactAt(id)).as("flagged by hand, with no route").isEmpty();
        assertThat(queue.find(id, (flaggedOn, dueBy) -> false).orElseThrow().overdue()).isFalse();
    }

    @Test
    void v0087_gives_earlier_feedback_items_with_contact_given_the_route_of_feedbacks_page_for_leads() throws Exception {
        long withContact = RandomIds.next();
        long anonymous = RandomIds.next();
        long otherSource = RandomIds.next();
        for (var row : List.of(List.of(withContact, "FEEDBACK", true), List.of(anonymous, "FEEDBACK", false),
                List.of(otherSource, sourceType, true))) {
            // as before V0087: whether contact was given, not where
            jdbc.sql("""
                    INSERT INTO disclosure (id, source_type, source_id, source_label, contact_given, text, severity,
                        categories, matches, flagged_on)
                    VALUES (?, ?, ?, 'migration test', ?, 'words', 'CONCERN', 'NEGLECT', '', ?)""")
                    .params(row.get(0), row.get(1), row.get(0), row.get(2), today).update();
        }
        String sql = new org.springframework.core.io.ClassPathResource("db/migration/V0087__disclosure_contact_at.sql")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var fills = java.util.Arrays.stream(sql.replaceAll("(?m)^\\s*--.*$", "").split(";")).map(String::strip)
                .filter(st -> st.startsWith("UPDATE disclosure ")).toList();
        assertThat(fills).hasSize(1);
        for (int run = 0; run < 2; run++) {
            fills.forEach(st -> jdbc.sql(st).update());
        }

        assertThat(queue.contactAt(withContact)).contains("feedback/contact/" + withContact);
        assertThat(queue.contactAt(anonymous)).isEmpty();
        assertThat(queue.contactAt(otherSource)).as("no other source had contact details").isEmpty();
    }

    @Test
    void an_outcome_is_given_once_and_the_first_opening_is_kept() {
        long id = flag("people call me names", Severity.CONCERN, today.minusDays(4), null, false);
        queue.markOpened(id, "first", now);
        queue.markOpened(id, "second", now.plusMinutes(1));

        assertThat(queue.close(id, Outcome.REFERRED, "MASH-1", "called", "lead", now.plusMinutes(2))).isTrue();
        assertThat(queue.close(id, Outcome.NO_CONCERN, null, null, "other", now.plusMinutes(3))).isFalse();

        var item = queue.find(id, BEFORE_TODAY).orElseThrow();
        assertThat(item.firstOpenedBy()).isEqualTo("first");
        assertThat(item.firstOpenedAt()).isEqualTo(now);
        assertThat(item.outcome()).isEqualTo(Outcome.REFERRED);
        assertThat(item.reference()).isEqualTo("MASH-1");
        assertThat(item.note()).isEqualTo("called");
        assertThat(item.closedBy()).isEqualTo("lead");
        assertThat(item.closedAt()).isEqualTo(now.plusMinutes(2));
        assertThat(item.overdue()).as("closed items are never overdue").isFalse();

        long unopened = flag("closed unopened", Severity.CONCERN, today, null, false);
        queue.close(unopened, Outcome.NO_CONCERN, null, null, "lead", now);
        assertThat(queue.find(unopened, BEFORE_TODAY).orElseThrow().firstOpenedBy()).isEqualTo("lead");
    }

    @Test
    void words_are_held_from_quoting_until_released_and_a_named_message_never_is() {
        long anonymous = flag("anonymous words", Severity.CONCERN, today, null, false);
        long named = flag("named words", Severity.URGENT, today, "sam", false);
        long anonymousSource = anonymous;
        long namedSource = named;
        var sources = List.of(anonymousSource, namedSource, 999_999L);

        assertThat(queue.flaggedAmong(sourceType, sources)).containsExactlyInAnyOrder(anonymousSource, namedSource);
        assertThat(queue.heldFromQuoting(sourceType, sources)).containsExactlyInAnyOrder(anonymousSource, namedSource);
        assertThat(queue.contactAt(anonymous)).isEmpty();

        assertThat(queue.releaseForQuoting(anonymous, "lead", now)).isTrue();
        assertThat(queue.releaseForQuoting(anonymous, "lead", now)).isFalse();
        assertThat(queue.releaseForQuoting(named, "lead", now)).isFalse();

        assertThat(queue.heldFromQuoting(sourceType, sources)).containsExactly(namedSource);
        assertThat(queue.releasedForQuoting(sourceType, anonymousSource)).isTrue();
        assertThat(queue.releasedForQuoting(sourceType, namedSource)).isFalse();
        assertThat(queue.flaggedAmong(sourceType, List.of())).isEmpty();
    }

    @Test
    void a_screened_text_is_queued_once_and_a_named_message_is_its_own_source() {
        var item = new QueueStore.NewItem(sourceType, "a survey", "G1", "feedback/contact/1", "he hits me",
                Severity.URGENT, java.util.EnumSet.of(Category.PHYSICAL_ABUSE), List.of(new Highlight(3, 7)), today);
        long id = RandomIds.next();
        long sourceId = 7;

        assertThat(queue.isQueued(sourceType, sourceId)).isFalse();
        assertThat(queue.addScreened(id, sourceId, item, "someone hits me", 0.87654)).isTrue();
        assertThat(queue.addScreened(RandomIds.next(), sourceId, item, null, null)).as("the same source again")
                .isFalse();
        assertThat(queue.isQueued(sourceType, sourceId)).isTrue();
        queue.alertSent(id, 3);

        var queued = queue.find(id, BEFORE_TODAY).orElseThrow();
        assertThat(queued.groupCode()).isEqualTo("G1");
        assertThat(queued.categories()).containsExactly(Category.PHYSICAL_ABUSE);
        assertThat(queued.highlights()).containsExactly(new Highlight(3, 7));
        assertThat(queued.meaningExample()).isEqualTo("someone hits me");
        assertThat(queued.meaningSimilarity()).isEqualTo(0.877);
        assertThat(queued.alertRecipients()).isEqualTo(3);
        assertThat(queued.named()).isFalse();
        assertThat(queued.contactGiven()).isTrue();
        assertThat(queue.contactAt(id)).contains("feedback/contact/1");

        LocalDateTime dueBy = now.plusHours(2);
        long named = queue.addNamed(new QueueStore.NewItem(sourceType, "Tell someone now", null, null, "help me",
                Severity.URGENT, java.util.EnumSet.noneOf(Category.class), List.of(), today), "sam", "Sam", dueBy);
        var message = queue.find(named, BEFORE_TODAY).orElseThrow();
        assertThat(message.namedAccount()).isEqualTo("sam");
        assertThat(message.namedPerson()).isEqualTo("Sam");
        assertThat(message.dueBy()).isEqualTo(dueBy);
        assertThat(message.categories()).isEmpty();
        assertThat(queue.contactAt(named)).isEmpty();
        assertThat(queue.isQueued(sourceType, named)).as("its own source").isTrue();
    }
}
