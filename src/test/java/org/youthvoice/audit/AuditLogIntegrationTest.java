package org.youthvoice.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.youthvoice.base.SystemTask;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;

@IntegrationTest
class AuditLogIntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    /** A word no other entry contains. */
    private final String token = "zq" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L);

    private List<AuditEntryView> search(String text) {
        return SystemTask.runAs(() -> audit.list(text, Pageable.ofSize(200)), Roles.ADMIN);
    }

    private List<String> details(List<AuditEntryView> entries) {
        return entries.stream().map(AuditEntryView::details).toList();
    }

    @Test
    @WithMockUser(username = "casey-officer", roles = "OFFICER")
    void an_entry_names_the_person_signed_in() {
        audit.record("TEST_ACTION", "test", token, "did a thing");

        assertThat(search(token)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("casey-officer");
            assertThat(entry.action()).isEqualTo("TEST_ACTION");
            assertThat(entry.recordType()).isEqualTo("test");
            assertThat(entry.recordId()).isEqualTo(token);
            assertThat(entry.details()).isEqualTo("did a thing");
            assertThat(entry.occurredAt()).isNotNull();
        });
    }

    @Test
    void work_without_a_signed_in_person_is_recorded_as_system() {
        audit.record("TEST_ACTION", "test", token, null);

        assertThat(search(token)).extracting(AuditEntryView::actor).containsExactly("system");
    }

    @Test
    void search_finds_any_field_and_newest_first() {
        audit.recordAs("first-" + token, "TEST_ACTION", null, null, null);
        audit.recordAs("someone", "TEST_ACTION", null, null, "about " + token.toUpperCase());
        audit.recordAs("someone", "TEST_ACTION", "type-" + token, null, null);

        assertThat(search(token)).extracting(AuditEntryView::actor)
                .containsExactly("someone", "someone", "first-" + token);
        assertThat(SystemTask.runAs(() -> audit.count(token), Roles.ADMIN)).isEqualTo(3);
    }

    @Test
    void wildcards_in_the_search_text_match_only_themselves() {
        audit.record("TEST_ACTION", "test", null, token + " 100% sure");
        audit.record("TEST_ACTION", "test", null, token + " 1000 sure");
        audit.record("TEST_ACTION", "test", null, token + " a_b");
        audit.record("TEST_ACTION", "test", null, token + " axb");
        audit.record("TEST_ACTION", "test", null, token + " back\\slash");
        audit.record("TEST_ACTION", "test", null, token + " backslash");

        assertThat(details(search(token + " 100%"))).containsExactly(token + " 100% sure");
        assertThat(details(search(token + " a_b"))).containsExactly(token + " a_b");
        assertThat(details(search(token + " back\\"))).containsExactly(token + " back\\slash");
        assertThat(SystemTask.runAs(() -> audit.count(token + " 100%"), Roles.ADMIN)).isOne();
    }

    @Test
    void searching_for_a_percent_sign_finds_only_entries_with_one() {
        audit.record("TEST_ACTION", "test", null, token + " no sign");
        audit.record("TEST_ACTION", "test", null, token + " 50%");

        var found = search("%");

        assertThat(found).isNotEmpty().allSatisfy(entry -> assertThat(String.join("|", entry.actor(), entry.action(),
                String.valueOf(entry.recordType()), String.valueOf(entry.recordId()), String.valueOf(entry.details())))
                .contains("%"));
        assertThat(details(found)).contains(token + " 50%").doesNotContain(token + " no sign");
    }

    @Test
    void an_empty_search_lists_the_newest_entries() {
        audit.record("TEST_ACTION", "test", token, null);

        assertThat(SystemTask.runAs(() -> audit.list("  ", Pageable.ofSize(50)), Roles.ADMIN))
                .extracting(AuditEntryView::recordId).contains(token);
    }

    @Test
    void paging_skips_the_earlier_pages() {
        for (int i = 1; i <= 3; i++) {
            audit.record("TEST_ACTION", "test", null, token + " " + i);
        }

        assertThat(details(SystemTask.runAs(() -> audit.list(token, Pageable.ofSize(2).withPage(1)), Roles.ADMIN)))
                .containsExactly(token + " 1");
    }

    @Test
    void only_administrators_read_the_audit_log() {
        assertThatThrownBy(() -> SystemTask.runAs(() -> audit.list(null, Pageable.ofSize(10)), Roles.OFFICER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemTask.runAs(() -> audit.count(null), Roles.SAFEGUARDING_LEAD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemTask.runAs(() -> audit.list(null, Pageable.ofSize(10)), Roles.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void over_long_details_are_cut_to_1000_characters_not_refused() {
        String details = token + "x".repeat(1500);

        audit.recordAs("a".repeat(100), "TEST_ACTION", "test", token, details);

        var stored = jdbc.sql("SELECT actor, details FROM audit_entry WHERE record_id = ?").param(token)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        assertThat(stored.get(0)).isEqualTo("a".repeat(64));
        assertThat(stored.get(1)).hasSize(1000).isEqualTo(details.substring(0, 1000));
    }

    @Autowired
    org.youthvoice.audit.internal.NightlyRetention retention;

    @Test
    void entries_older_than_the_retention_period_are_deleted_and_the_run_is_logged() {
        audit.recordAs("tester", "OLD_THING", "test", token, "old");
        audit.recordAs("tester", "NEW_THING", "test", token, "new");
        jdbc.sql("UPDATE audit_entry SET occurred_at = ? WHERE record_id = ? AND action = 'OLD_THING'")
                .params(java.time.LocalDateTime.now().minusYears(7), token).update();

        org.youthvoice.testing.RetentionRun.runAndWaitFor(retention, jdbc, "audit");

        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE record_id = ?").param(token).query(String.class)
                .list()).containsExactly("NEW_THING");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'RETENTION_RUN' AND record_type = 'audit' "
                + "AND details LIKE 'audit entries deleted: %'").query(Integer.class).single()).isPositive();
    }
}
