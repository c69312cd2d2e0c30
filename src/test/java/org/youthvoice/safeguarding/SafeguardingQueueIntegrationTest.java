package org.youthvoice.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.feedback.ChannelView;
import org.youthvoice.feedback.FeedbackForm;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.NewChannel;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;

/** From a comment arriving to a lead recording what they did, through the real event log and database. */
@IntegrationTest
class SafeguardingQueueIntegrationTest {

    @Autowired
    FeedbackService feedback;

    @Autowired
    SafeguardingQueue queue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    private ChannelView channel() {
        return SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Tell us about where you live",
                "What is it like?", true, true, true)), Roles.OFFICER);
    }

    private Optional<Long> queuedFor(String text) {
        return jdbc.sql("SELECT id FROM disclosure WHERE text = ?").param(text).query(Long.class).optional();
    }

    @Test
    void a_worrying_comment_reaches_the_queue_with_its_words_marked_and_an_ordinary_one_does_not() {
        var channel = channel();
        String worrying = "My foster carer's boyfriend hits me when nobody is home " + System.nanoTime();
        String ordinary = "The garden is nice and I like my room " + System.nanoTime();
        feedback.submit(channel.slug(), new FeedbackForm(1, worrying, false, null, null));
        feedback.submit(channel.slug(), new FeedbackForm(5, ordinary, false, null, null));

        long id = await().atMost(Duration.ofSeconds(90)).until(() -> queuedFor(worrying), Optional::isPresent).get();
        var item = SystemTask.runAs(() -> queue.open(id), Roles.SAFEGUARDING_LEAD).orElseThrow();
        assertThat(item.categories()).isNotEmpty();
        assertThat(item.highlights()).isNotEmpty()
                .allSatisfy(h -> assertThat(worrying.substring(h.start(), h.end())).isNotBlank());
        assertThat(item.sourceLabel()).isEqualTo("Tell us about where you live");
        assertThat(item.contactGiven()).isFalse();
        assertThat(queuedFor(ordinary)).isEmpty();
    }

    @Test
    void a_comment_found_by_meaning_alone_keeps_the_example_it_was_close_to_and_how_alike() {
        String words = "been looking up ways to die online";
        assertThat(Screening.of(PhraseList.englishStarter()).screen(words).flagged())
                .as("the phrase list alone does not flag it, so only meaning can").isFalse();
        var channel = channel();
        String text = words + " " + System.nanoTime();
        feedback.submit(channel.slug(), new FeedbackForm(2, text, false, null, null));

        long id = await().atMost(Duration.ofSeconds(90)).until(() -> queuedFor(text), Optional::isPresent).get();
        var item = SystemTask.runAs(() -> queue.open(id), Roles.SAFEGUARDING_LEAD).orElseThrow();
        assertThat(item.highlights()).as("no words to mark").isEmpty();
        assertThat(item.meaningExample()).as("the example it was closest to").isNotBlank()
                .isIn(ExampleList.englishStarter().examples().stream().map(MeaningExample::text).toList());
        assertThat(item.meaningSimilarity()).isBetween(0.3, 1.0);
        assertThat(item.meaningPercent()).isEqualTo((int) Math.round(item.meaningSimilarity() * 100));
    }

    @Test
    void a_comment_found_by_phrase_alone_has_no_example() {
        var channel = channel();
        String text = "the olders make me run county lines " + System.nanoTime();
        feedback.submit(channel.slug(), new FeedbackForm(2, text, false, null, null));
        long id = await().atMost(Duration.ofSeconds(90)).until(() -> queuedFor(text), Optional::isPresent).get();
        var item = SystemTask.runAs(() -> queue.open(id), Roles.SAFEGUARDING_LEAD).orElseThrow();
        assertThat(item.highlights()).isNotEmpty();
        var screened = Screening.of(PhraseList.englishStarter(), ExampleList.englishStarter()).screen(text);
        assertThat(item.meaningExample()).as(screened.explanation())
                .isEqualTo(screened.matches().stream().filter(Match::byMeaning).map(Match::example).findFirst()
                        .orElse(null));
    }

    @Test
    void figures_of_speech_are_not_urgent() {
        var channel = channel();
        String text = "This survey is killing me lol, but the trip was fun " + System.nanoTime();
        feedback.submit(channel.slug(), new FeedbackForm(4, text, false, null, null));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(jdbc.sql("SELECT severity FROM disclosure WHERE text = ?").param(text).query(String.class).optional())
                .isNotEqualTo(Optional.of("URGENT"));
    }

    @Test
    void opening_is_recorded_every_view_is_audited_and_a_referral_needs_its_reference() {
        var channel = channel();
        String text = "I want to kill myself " + System.nanoTime();
        feedback.submit(channel.slug(), new FeedbackForm(null, text, true, "Sam", "07700 900123"));
        long id = await().atMost(Duration.ofSeconds(90)).until(() -> queuedFor(text), Optional::isPresent).get();

        var first = SystemTask.runAs(() -> queue.open(id), Roles.SAFEGUARDING_LEAD).orElseThrow();
        assertThat(first.severity()).isEqualTo(Severity.URGENT);
        assertThat(first.contactGiven()).isTrue();
        assertThat(first.text()).doesNotContain("07700");
        // The queue says where the details are; feedback, which holds them, shows them to the lead (note 0038).
        long itemId = jdbc.sql("SELECT source_id FROM disclosure WHERE id = ?").param(id).query(Long.class).single();
        assertThat(SystemTask.runAs(() -> queue.contactAt(id), Roles.SAFEGUARDING_LEAD))
                .contains("feedback/contact/" + itemId);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'DISCLOSURE_CONTACT_VIEWED' AND record_id = ?")
                .param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
        var contact = SystemTask.runAs(() -> feedback.contactForLeads(itemId), Roles.SAFEGUARDING_LEAD).orElseThrow();
        assertThat(contact.howToReach()).isEqualTo("07700 900123");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'CONTACT_VIEWED' AND record_id = ?")
                .param(String.valueOf(itemId)).query(Integer.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> SystemTask.runAs(() -> queue.contactAt(id), Roles.OFFICER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemTask.runAs(() -> feedback.contactForLeads(itemId), Roles.OFFICER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(first.firstOpenedBy()).isEqualTo("system");
        SystemTask.runAs(() -> queue.open(id), Roles.SAFEGUARDING_LEAD);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'DISCLOSURE_VIEWED' AND record_id = ?")
                .param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(2);

        assertThatThrownBy(() -> SystemTask.runAs(() -> queue.recordOutcome(id, Outcome.REFERRED, " ", null),
                Roles.SAFEGUARDING_LEAD)).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("safeguarding.error.reference"));
        SystemTask.runAs(() -> queue.recordOutcome(id, Outcome.REFERRED, "MASH-1234", "Called the MASH"),
                Roles.SAFEGUARDING_LEAD);
        var closed = SystemTask.runAs(() -> queue.open(id), Roles.SAFEGUARDING_LEAD).orElseThrow();
        assertThat(closed.outcome()).isEqualTo(Outcome.REFERRED);
        assertThat(closed.reference()).isEqualTo("MASH-1234");
        assertThat(closed.overdue()).isFalse();

        // A closed outcome is never overwritten: a correction is a note in the audit log.
        assertThatThrownBy(() -> SystemTask.runAs(() -> queue.recordOutcome(id, Outcome.NO_CONCERN, null, null),
                Roles.SAFEGUARDING_LEAD)).isInstanceOf(UserFacingException.class);
        SystemTask.runAs(() -> queue.addNote(id, "Social worker confirmed the visit"), Roles.SAFEGUARDING_LEAD);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action IN ('DISCLOSURE_OUTCOME', 'DISCLOSURE_NOTE') "
                + "AND record_id = ?").param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void an_item_waiting_longer_than_a_working_day_is_flagged_overdue() {
        var channel = channel();
        String text = "I am scared to go home because he hurts me " + System.nanoTime();
        feedback.submit(channel.slug(), new FeedbackForm(null, text, false, null, null));
        long id = await().atMost(Duration.ofSeconds(90)).until(() -> queuedFor(text), Optional::isPresent).get();
        assertThat(SystemTask.runAs(() -> queue.open(id), Roles.SAFEGUARDING_LEAD).orElseThrow().overdue()).isFalse();

        jdbc.sql("UPDATE disclosure SET flagged_on = ? WHERE id = ?").params(LocalDate.now().minusDays(5), id)
                .update();
        assertThat(SystemTask.runAs(() -> queue.open(id), Roles.SAFEGUARDING_LEAD).orElseThrow().overdue()).isTrue();
        assertThat(SystemTask.runAs(() -> queue.summary(), Roles.SAFEGUARDING_LEAD).overdue()).isPositive();
    }

    @Test
    void urgent_items_come_first_then_the_oldest() {
        var concern = new org.youthvoice.base.FreeTextReceived("TEST", System.nanoTime(), "order", null,
                "people at school call me names every day", null);
        var urgent = new org.youthvoice.base.FreeTextReceived("TEST", System.nanoTime() + 1, "order", null,
                "I want to kill myself", null);
        transactions.executeWithoutResult(tx -> publisher.publishEvent(concern));
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql("SELECT COUNT(*) FROM disclosure WHERE source_id = ?")
                .param(concern.sourceId()).query(Integer.class).single() == 1);
        transactions.executeWithoutResult(tx -> publisher.publishEvent(urgent));
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql("SELECT COUNT(*) FROM disclosure WHERE source_id = ?")
                .param(urgent.sourceId()).query(Integer.class).single() == 1);

        var ids = SystemTask.runAs(() -> queue.list(true, 10_000, 0), Roles.SAFEGUARDING_LEAD).stream()
                .filter(d -> d.sourceLabel().equals("order")).map(DisclosureView::text).toList();
        assertThat(ids).containsSubsequence("I want to kill myself", "people at school call me names every day");
    }

    @Test
    void an_item_is_overdue_once_flagged_before_the_previous_working_day_and_weekends_do_not_count() {
        var monday = LocalDate.of(2026, 11, 16);
        assertThat(queue.isOverdue(monday, monday)).isFalse();
        assertThat(queue.isOverdue(monday, monday.plusDays(1))).as("Tuesday: it has all of Tuesday").isFalse();
        assertThat(queue.isOverdue(monday, monday.plusDays(2))).as("Wednesday").isTrue();
        var friday = LocalDate.of(2026, 11, 20);
        assertThat(queue.isOverdue(friday, friday.plusDays(3))).as("Friday's item on Monday").isFalse();
        assertThat(queue.isOverdue(friday, friday.plusDays(4))).as("Friday's item on Tuesday").isTrue();
        var saturday = friday.plusDays(1);
        assertThat(queue.isOverdue(saturday, saturday.plusDays(2))).as("Saturday's item on Monday").isFalse();
        assertThat(queue.isOverdue(saturday, saturday.plusDays(3))).as("Saturday's item on Tuesday").isTrue();
    }

    @Test
    void bank_holidays_are_not_working_days() {
        var christmasEve = LocalDate.of(2026, 12, 24);
        // Friday 25 and Monday 28 December 2026 are bank holidays in England and Wales: Tuesday 29 is the next
        // working day, and the item has all of it.
        assertThat(queue.isOverdue(christmasEve, LocalDate.of(2026, 12, 29))).as("Tuesday after Christmas").isFalse();
        assertThat(queue.isOverdue(christmasEve, LocalDate.of(2026, 12, 30))).as("Wednesday after Christmas").isTrue();
        var beforeEaster = LocalDate.of(2027, 3, 25);
        assertThat(queue.isOverdue(beforeEaster, LocalDate.of(2027, 3, 30))).as("Easter Tuesday").isFalse();
        assertThat(queue.isOverdue(beforeEaster, LocalDate.of(2027, 3, 31))).isTrue();
    }

    @Test
    void the_queue_keeps_the_day_an_item_was_flagged_and_no_time() {
        var event = new org.youthvoice.base.FreeTextReceived("TEST", System.nanoTime(), "day only", null,
                "I want to kill myself", null);
        transactions.executeWithoutResult(tx -> publisher.publishEvent(event));
        long id = await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql(
                "SELECT id FROM disclosure WHERE source_type = 'TEST' AND source_id = ?").param(event.sourceId())
                .query(Long.class).optional(), Optional::isPresent).get();
        var item = SystemTask.runAs(() -> queue.open(id), Roles.SAFEGUARDING_LEAD).orElseThrow();
        assertThat(item.flaggedOn()).isEqualTo(LocalDate.now());
        assertThat(id).as("a random id, not the next in a sequence").isGreaterThan(1L << 32);
    }

    @Test
    void only_safeguarding_leads_can_read_the_queue() {
        for (String role : new String[] {Roles.OFFICER, Roles.ADMIN, Roles.VIEWER, Roles.MEMBER}) {
            assertThatThrownBy(() -> SystemTask.runAs(() -> queue.list(true, 10, 0), role))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> queue.open(1L), role))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> queue.recordOutcome(1L, Outcome.NO_CONCERN, null, null),
                    role)).isInstanceOf(AccessDeniedException.class);
        }
        // An administrator reads it only when explicitly given the safeguarding lead role as well.
        SystemTask.runAs(() -> queue.list(true, 10, 0), Roles.ADMIN, Roles.SAFEGUARDING_LEAD);
    }

    @Test
    void the_same_text_sent_twice_is_queued_once() {
        var event = new org.youthvoice.base.FreeTextReceived("TEST", System.nanoTime(), "test", null,
                "I want to kill myself", null);
        // Listeners run after the publishing transaction commits, as when a module stores text and publishes.
        transactions.executeWithoutResult(tx -> publisher.publishEvent(event));
        transactions.executeWithoutResult(tx -> publisher.publishEvent(event));
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM disclosure WHERE source_type = 'TEST' AND source_id = ?").param(event.sourceId())
                .query(Integer.class).single() == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM disclosure WHERE source_type = 'TEST' AND source_id = ?").param(event.sourceId())
                .query(Integer.class).single() == 1);
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
}
