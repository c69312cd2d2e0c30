package org.youthvoice.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youthvoice.base.SystemTask;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.insight.EvidenceAmounts;
import org.youthvoice.insight.EvidenceService;
import org.youthvoice.insight.PriorityEvidence;
import org.youthvoice.insight.TaggedAction;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;
import org.youthvoice.testing.MigrationCopies;

/**
 * Actions reach the evidence pages through insight's own copy (design note 0038): there from the moment an action is
 * made, following its status and publishing in the same transaction, and the actions made before the copy existed
 * copied once by the migration, however often its copy runs.
 */
@IntegrationTest
class ActionsOnTheEvidencePagesIntegrationTest {

    @Autowired
    ActionService actions;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    EvidenceService evidence;
    @Autowired
    JdbcClient jdbc;

    String framework;
    String priority;
    String outcome;

    @BeforeEach
    void aPlanWithOnePriorityAndItsOutcome() {
        framework = "AE" + Long.toString(System.nanoTime(), 36).toUpperCase();
        priority = framework + ".PLAY";
        outcome = priority + "-PARKS";
        officer(() -> {
            frameworks.createFramework(framework, "Action evidence " + framework);
            frameworks.addNode(framework, null, priority, "Places to play");
            frameworks.addNode(framework, priority, outcome, "Parks that feel safe");
        });
    }

    private long action(String weDo, Set<String> codes) {
        return officer(() -> actions.create(new NewAction("You said the park is dark", weDo, ActionStatus.PLANNED,
                "Parks team", LocalDate.of(2027, 3, 31), codes)));
    }

    private PriorityEvidence page(String code) {
        return SystemTask.runAs(() -> evidence.evidence(code), Roles.VIEWER).orElseThrow();
    }

    private EvidenceAmounts row(String code) {
        return SystemTask.runAs(() -> evidence.overview(framework), Roles.VIEWER).rows().stream()
                .filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void an_action_is_evidence_from_the_moment_it_is_made_and_its_status_and_publishing_follow_it() {
        long id = action("We will fix the park lights", Set.of(outcome));

        var shown = page(outcome).actions();
        assertThat(shown).extracting(TaggedAction::id).containsExactly(id);
        var kept = shown.getFirst();
        assertThat(kept.weDo()).isEqualTo("We will fix the park lights");
        assertThat(kept.youSaid()).isEqualTo("You said the park is dark");
        assertThat(kept.owner()).isEqualTo("Parks team");
        assertThat(kept.dueOn()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(kept.status()).isEqualTo("PLANNED");
        assertThat(kept.published()).isFalse();
        assertThat(kept.codes()).containsExactly(outcome);
        assertThat(page(priority).actions()).as("a priority rolls up its outcomes").extracting(TaggedAction::id)
                .containsExactly(id);
        assertThat(row(priority).actions()).isEqualTo(Map.of("PLANNED", 1));

        officer(() -> actions.setStatus(id, ActionStatus.DONE));
        officer(() -> actions.setPublished(id, true));

        kept = page(outcome).actions().getFirst();
        assertThat(kept.status()).isEqualTo("DONE");
        assertThat(kept.published()).isTrue();
        assertThat(row(outcome).actions()).isEqualTo(Map.of("DONE", 1));

        officer(() -> actions.setPublished(id, false));
        assertThat(page(outcome).actions().getFirst().published()).isFalse();
        assertThat(page(outcome).actions()).as("kept once, however often it changes").hasSize(1);
    }

    @Test
    void actions_made_before_insight_kept_its_copy_are_copied_once_by_the_migration_however_often_it_runs() {
        long older = action("We will open the club on Sundays", Set.of(priority, outcome));
        long newer = action("We will fix the park lights", Set.of(outcome));
        officer(() -> actions.setStatus(older, ActionStatus.IN_PROGRESS));
        // as before V0085: insight has no copy of the older one
        jdbc.sql("DELETE FROM insight_action WHERE action_id = ?").param(older).update();
        assertThat(page(priority).actions()).extracting(TaggedAction::id).containsExactly(newer);

        for (int time = 0; time < 2; time++) {
            assertThat(MigrationCopies.runAgain(jdbc, "V0085__insight_action_evidence.sql", "insight_action")).isOne();
            assertThat(MigrationCopies.runAgain(jdbc, "V0085__insight_action_evidence.sql", "insight_action_code"))
                    .isOne();
        }

        var shown = page(priority).actions();
        assertThat(shown).as("newest first").extracting(TaggedAction::id).containsExactly(newer, older);
        assertThat(shown.get(1).status()).isEqualTo("IN_PROGRESS");
        assertThat(shown.get(1).codes()).containsExactlyInAnyOrder(priority, outcome);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM insight_action_code WHERE action_id = ?").param(older)
                .query(Integer.class).single()).isEqualTo(2);
    }

    static void officer(Runnable work) {
        SystemTask.runAs(work, Roles.OFFICER);
    }

    static <T> T officer(java.util.function.Supplier<T> work) {
        return SystemTask.runAs(work, Roles.OFFICER);
    }
}
