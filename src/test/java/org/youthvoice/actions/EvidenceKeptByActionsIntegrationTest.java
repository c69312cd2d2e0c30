package org.youthvoice.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.participation.internal.EventType;
import org.youthvoice.participation.internal.ParticipationEventForm;
import org.youthvoice.participation.internal.ParticipationService;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;
import org.youthvoice.testing.MigrationCopies;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotService;
import org.youthvoice.voting.NewBallot;
import org.youthvoice.voting.PassThreshold;
import org.youthvoice.voting.internal.ForumService;

/**
 * Actions keeps what each action points at, whichever module holds the thing (design note 0038): participation
 * events from participation's events (recorded, changed, and those from before the copy brought in once by the
 * migration, however often its copy runs), the event's "actions that came out of it" being the same links; published
 * ballots asked of voting below.
 */
@IntegrationTest
class EvidenceKeptByActionsIntegrationTest {

    @Autowired
    ActionService actions;
    @Autowired
    ParticipationService participation;
    @Autowired
    BallotService ballots;
    @Autowired
    ForumService forums;
    @Autowired
    JdbcClient jdbc;

    private long action(String youSaid) {
        return officer(() -> actions.create(new NewAction(youSaid + " " + System.nanoTime(), "We will look at it",
                ActionStatus.PLANNED, "Youth service", null, Set.of("CP-2022.OPP"))));
    }

    private static ParticipationEventForm event(String group, String asked, Set<Long> actions) {
        return new ParticipationEventForm(LocalDate.of(2026, 11, 3), EventType.YOUTH_FORUM, group, 0, 0, 8, Map.of(),
                asked, null, Set.of(), actions);
    }

    private List<Evidence> choices(String kind, String search) {
        return officer(() -> actions.evidenceChoices(kind, search));
    }

    private List<Evidence> evidence(long action) {
        return officer(() -> actions.evidence(action));
    }

    private Set<Long> cameOutOf(long event) {
        return officer(() -> participation.event(event).actions());
    }

    @Test
    void an_event_is_evidence_once_recorded_follows_its_changes_and_its_actions_are_the_actions_it_is_evidence_for() {
        String run = Long.toString(System.nanoTime(), 36);
        long first = action("The bus stop is too far");
        long second = action("The bus is too dear");
        long event = officer(() -> participation.record(event("Forum " + run, "Where should the bus stop " + run + "?",
                Set.of(first))));
        String ref = String.valueOf(event);

        assertThat(choices("PARTICIPATION", "bus stop " + run)).extracting(Evidence::ref, Evidence::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ref,
                        "2026-11-03, Forum " + run + ": Where should the bus stop " + run + "?"));
        assertThat(evidence(first)).extracting(Evidence::kind, Evidence::ref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PARTICIPATION", ref));

        officer(() -> actions.linkEvidence(second, "PARTICIPATION", ref));
        assertThat(cameOutOf(event)).as("linked from the action: the same link").containsExactlyInAnyOrder(first, second);

        officer(() -> participation.update(event, event("Care council " + run, "What would make the bus cheaper?",
                Set.of(second))));
        assertThat(evidence(first)).as("no longer came out of it").isEmpty();
        assertThat(evidence(second)).extracting(Evidence::label)
                .containsExactly("2026-11-03, Care council " + run + ": What would make the bus cheaper?");
        assertThat(choices("PARTICIPATION", "Care council " + run)).extracting(Evidence::ref).containsExactly(ref);
        assertThat(choices("PARTICIPATION", "Forum " + run)).isEmpty();

        officer(() -> actions.unlinkEvidence(second, "PARTICIPATION", ref));
        assertThat(cameOutOf(event)).isEmpty();
    }

    @Test
    void events_recorded_before_actions_kept_them_are_copied_once_by_the_migration_however_often_it_runs() {
        String run = Long.toString(System.nanoTime(), 36);
        long event = officer(() -> participation.record(event("Workshop " + run, "What do you do on Sundays?",
                Set.of())));
        // as before V0086: actions has no copy of it
        jdbc.sql("DELETE FROM council_action_participation_event WHERE event_id = ?").param(event).update();
        assertThat(choices("PARTICIPATION", "Workshop " + run)).isEmpty();

        for (int time = 0; time < 2; time++) {
            assertThat(MigrationCopies.runAgain(jdbc, "V0086__actions_keep_their_evidence.sql",
                    "council_action_participation_event")).isOne();
        }

        assertThat(choices("PARTICIPATION", "Workshop " + run)).extracting(Evidence::ref, Evidence::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(String.valueOf(event),
                        "2026-11-03, Workshop " + run + ": What do you do on Sundays?"));
        long action = action("Sundays are boring");
        officer(() -> actions.linkEvidence(action, "PARTICIPATION", String.valueOf(event)));
        assertThat(cameOutOf(event)).containsExactly(action);
    }

    @Test
    void a_ballot_is_evidence_once_its_result_is_published_and_not_before() {
        String question = "Which trip first? " + System.nanoTime();
        long forum = officer(() -> forums.create("Youth forum " + question, null));
        long ballot = officer(() -> ballots.create(new NewBallot(forum, BallotKind.MOTION, question, List.of(), false,
                1, 0, PassThreshold.SIMPLE_MAJORITY, false, null, null, Set.of())));
        long action = action("We want a trip");
        String ref = String.valueOf(ballot);

        assertThat(choices("BALLOT", question)).as("not yet published").isEmpty();
        assertThatThrownBy(() -> officer(() -> actions.linkEvidence(action, "BALLOT", ref)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("actions.error.evidenceGone"));

        officer(() -> {
            ballots.open(ballot);
            ballots.close(ballot);
            ballots.publish(ballot, "The forum will choose again.", Map.of(), null);
        });

        assertThat(choices("BALLOT", question)).extracting(Evidence::ref, Evidence::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ref, "Youth forum " + question + ": " + question));
        officer(() -> actions.linkEvidence(action, "BALLOT", ref));
        officer(() -> actions.linkEvidence(action, "BALLOT", ref));
        assertThat(evidence(action)).as("linked once").extracting(Evidence::kind, Evidence::ref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BALLOT", ref));
        officer(() -> actions.unlinkEvidence(action, "BALLOT", ref));
        assertThat(evidence(action)).isEmpty();
    }

    static void officer(Runnable work) {
        SystemTask.runAs(work, Roles.OFFICER);
    }

    static <T> T officer(java.util.function.Supplier<T> work) {
        return SystemTask.runAs(work, Roles.OFFICER);
    }
}
