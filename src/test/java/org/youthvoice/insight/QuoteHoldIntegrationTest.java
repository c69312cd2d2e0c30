package org.youthvoice.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.safeguarding.SafeguardingQueue;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;

/** A text screening flagged cannot be quoted or published until a safeguarding lead releases it for quoting. */
@IntegrationTest
class QuoteHoldIntegrationTest {

    @Autowired
    QuoteService quotes;
    @Autowired
    SafeguardingQueue queue;
    @Autowired
    JdbcClient jdbc;

    private static long source() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }

    /** A comment in the safeguarding queue, as screening leaves it. */
    private long flagged(String sourceType, long sourceId, String text) {
        jdbc.sql("""
                INSERT INTO disclosure (source_type, source_id, source_label, contact_given, text, severity, categories,
                    matches, flagged_on) VALUES (?, ?, 'Tell us about your placement', FALSE, ?, 'URGENT', 'ABUSE_OR_NEGLECT',
                    '', ?)""").params(sourceType, sourceId, text, java.time.LocalDate.now()).update();
        return jdbc.sql("SELECT id FROM disclosure WHERE source_type = ? AND source_id = ?").params(sourceType, sourceId)
                .query(Long.class).single();
    }

    private static void assertRefused(Runnable work, String key) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void a_flagged_comment_cannot_be_quoted_until_the_lead_releases_it() {
        long source = source();
        long item = flagged("FEEDBACK", source, "my carer hits me when I get home");
        assertThat(SystemTask.runAs(() -> quotes.held("FEEDBACK", source), Roles.OFFICER)).isTrue();
        assertRefused(() -> SystemTask.runAs(() -> quotes.save("FEEDBACK", source, "[name] is kind to me"),
                Roles.OFFICER), "quotes.error.held");

        SystemTask.runAs(() -> queue.releaseForQuoting(item), Roles.SAFEGUARDING_LEAD);
        assertThat(SystemTask.runAs(() -> quotes.held("FEEDBACK", source), Roles.OFFICER)).isFalse();
        var quote = SystemTask.runAs(() -> quotes.save("FEEDBACK", source, "[name] is kind to me"), Roles.OFFICER);
        SystemTask.runAs(() -> quotes.approve(quote.id()), Roles.OFFICER);
        assertThat(quotes.approvedWords(List.of(quote.id()))).containsEntry(quote.id(), "[name] is kind to me");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'DISCLOSURE_RELEASED_FOR_QUOTING' "
                + "AND record_id = ?").param(String.valueOf(item)).query(Integer.class).single()).isEqualTo(1);
        // Released once: a second release is refused in plain words, and changes nothing.
        assertRefused(() -> SystemTask.runAs(() -> queue.releaseForQuoting(item), Roles.SAFEGUARDING_LEAD),
                "safeguarding.error.release");
    }

    @Test
    void a_quote_approved_before_screening_flagged_its_comment_is_left_off_public_pages_and_cannot_be_approved_again() {
        long source = source();
        var quote = SystemTask.runAs(() -> quotes.save("FEEDBACK", source, "[name] made the club fun"), Roles.OFFICER);
        SystemTask.runAs(() -> quotes.approve(quote.id()), Roles.OFFICER);
        assertThat(quotes.approvedWords(List.of(quote.id()))).hasSize(1);

        flagged("FEEDBACK", source, "the club is fun but my dad hurts me");
        assertThat(quotes.approvedWords(List.of(quote.id()))).isEmpty();
        assertRefused(() -> SystemTask.runAs(() -> quotes.approve(quote.id()), Roles.OFFICER), "quotes.error.held");
    }

    @Test
    void a_quotes_own_words_are_screened_and_held_when_flagged() {
        long source = source();
        var quote = SystemTask.runAs(() -> quotes.save("FEEDBACK", source, "I want to kill myself"), Roles.OFFICER);
        // Approving at once cannot overtake the screening that runs after the save.
        assertRefused(() -> SystemTask.runAs(() -> quotes.approve(quote.id()), Roles.OFFICER), "quotes.error.wordsHeld");
        // The words reach the lead's queue like any free text; once released, the quote can be approved.
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql("SELECT COUNT(*) FROM disclosure "
                + "WHERE source_type = 'QUOTE' AND source_id = ?").param(quote.id()).query(Integer.class).single() == 1);
        long item = jdbc.sql("SELECT id FROM disclosure WHERE source_type = 'QUOTE' AND source_id = ?")
                .param(quote.id()).query(Long.class).single();
        // Not tagged as something a young person said.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM insight_text WHERE source_type = 'QUOTE' AND source_id = ?")
                .param(quote.id()).query(Integer.class).single()).isZero();
        SystemTask.runAs(() -> queue.releaseForQuoting(item), Roles.SAFEGUARDING_LEAD);
        SystemTask.runAs(() -> quotes.approve(quote.id()), Roles.OFFICER);
        assertThat(quotes.approvedWords(List.of(quote.id()))).hasSize(1);
    }

    @Test
    void only_a_safeguarding_lead_releases_for_quoting_and_only_officers_ask_whether_a_comment_is_held() {
        long item = flagged("FEEDBACK", source(), "he touches me and says not to tell");
        for (String role : new String[] {Roles.OFFICER, Roles.ADMIN, Roles.VIEWER, Roles.MEMBER}) {
            assertThatThrownBy(() -> SystemTask.runAs(() -> queue.releaseForQuoting(item), role))
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (String role : new String[] {Roles.VIEWER, Roles.MEMBER, Roles.SAFEGUARDING_LEAD}) {
            assertThatThrownBy(() -> SystemTask.runAs(() -> quotes.held("FEEDBACK", 1L), role))
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (String role : new String[] {Roles.VIEWER, Roles.MEMBER}) {
            assertThatThrownBy(() -> SystemTask.runAs(() -> queue.releasedForQuoting("FEEDBACK", 1L), role))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
