package org.youthvoice.participation;

import org.youthvoice.participation.internal.EventType;
import org.youthvoice.participation.internal.ParticipationCounts;
import org.youthvoice.participation.internal.ParticipationEventForm;
import org.youthvoice.participation.internal.ParticipationService;
import org.youthvoice.participation.internal.PeriodCounts;
import org.youthvoice.participation.internal.YearKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.youthvoice.actions.ActionService;
import org.youthvoice.actions.ActionStatus;
import org.youthvoice.actions.NewAction;
import org.youthvoice.base.ShownCount;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.people.AccountService;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.SurveyResponsesCounted;
import org.youthvoice.testing.IntegrationTest;
import org.youthvoice.testing.TestAccounts;

@IntegrationTest
class ParticipationServiceIntegrationTest {

    @Autowired
    ParticipationService participation;

    @Autowired
    ActionService actions;

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    /** A financial year with nothing in it yet, so the test's counts are exact on a database earlier runs left. */
    private int freshYear() {
        while (true) {
            int year = ThreadLocalRandom.current().nextInt(2100, 2999);
            var counts = counts(YearKind.FINANCIAL, year);
            if (counts.year().events() == 0 && Long.valueOf(0).equals(counts.year().surveyResponses().value())) {
                return year;
            }
        }
    }

    private ParticipationCounts counts(YearKind kind, int year) {
        return SystemTask.runAs(() -> participation.counts(kind, year), Roles.OFFICER);
    }

    private long record(LocalDate day, int inCare, int careLeavers, int others) {
        return SystemTask.runAs(() -> participation.record(new ParticipationEventForm(day, EventType.CIC_MEETING,
                "Children in care council", inCare, careLeavers, others, Map.of(), null, null, Set.of(), Set.of())),
                Roles.OFFICER);
    }

    @Test
    void attendance_under_the_threshold_is_suppressed_per_quarter_and_cannot_be_worked_out_from_the_year() {
        int year = freshYear();
        record(LocalDate.of(year, 5, 3), 3, 6, 10);
        record(LocalDate.of(year, 8, 1), 4, 2, 0);
        record(LocalDate.of(year, 8, 20), 3, 3, 0);
        record(LocalDate.of(year, 11, 30), 8, 9, 2);
        // 1 March of the next calendar year is still in this financial year, in its fourth quarter.
        record(LocalDate.of(year + 1, 3, 1), 0, 0, 0);

        var counts = counts(YearKind.FINANCIAL, year);

        assertThat(counts.quarters()).extracting(PeriodCounts::from).containsExactly(LocalDate.of(year, 4, 1),
                LocalDate.of(year, 7, 1), LocalDate.of(year, 10, 1), LocalDate.of(year + 1, 1, 1));
        assertThat(counts.quarters()).extracting(PeriodCounts::events).containsExactly(1L, 2L, 1L, 1L);
        var april = counts.quarters().getFirst();
        assertThat(april.inCare().suppressed()).isTrue();
        assertThat(april.attendances().value()).isEqualTo(19);
        assertThat(counts.quarters().get(1).inCare().value()).as("7 in care across two meetings").isNull();
        assertThat(counts.year().events()).isEqualTo(5);
        assertThat(counts.year().attendances().value()).isEqualTo(50);
        assertThat(counts.year().inCare().value()).isEqualTo(18);
        // Nothing from 1 to 4 is shown, and no row or column hides exactly one number its total would give away.
        var rows = new java.util.ArrayList<>(counts.quarters());
        rows.add(counts.year());
        for (PeriodCounts row : rows) {
            var cells = java.util.List.of(row.inCare(), row.careLeavers(), row.others(), row.attendances());
            assertThat(cells).allSatisfy(c -> assertThat(c.value()).isNotIn(1L, 2L, 3L, 4L));
            assertThat(cells.stream().filter(ShownCount::suppressed).count()).as(row.from().toString()).isNotEqualTo(1);
        }
        for (int column = 0; column < 3; column++) {
            int c = column;
            long hidden = rows.stream().map(r -> java.util.List.of(r.inCare(), r.careLeavers(), r.others()).get(c))
                    .filter(ShownCount::suppressed).count();
            assertThat(hidden).as("column " + column).isNotEqualTo(1);
        }
        // The calendar year cuts the same events differently: January to March of the next year is not in it.
        assertThat(counts(YearKind.CALENDAR, year).year().events()).isEqualTo(4);
    }

    @Test
    void survey_responses_from_children_in_care_and_care_leavers_are_counted_from_the_survey_event() {
        int year = freshYear();
        LocalDate day = LocalDate.of(year, 6, 15);
        publish(day, "in-care", 6);
        publish(day, "care-leaver", 5);
        publish(day, "other", 2);
        publish(day, null, 1);
        publish(LocalDate.of(year, 9, 2), "in-care", 3);
        publish(LocalDate.of(year, 9, 2), "care-leaver", 3);

        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> Long.valueOf(20)
                .equals(counts(YearKind.FINANCIAL, year).year().surveyResponses().value()));
        var counts = counts(YearKind.FINANCIAL, year);

        assertThat(counts.year().surveysInCare().value()).isEqualTo(9);
        // The 3 who are neither (2 + 1) are hidden; beside the year's 20, care leavers' 8 would give those 3 away
        // together: hidden too.
        assertThat(counts.year().surveysCareLeavers().suppressed()).isTrue();
        var june = counts.quarters().getFirst();
        assertThat(june.surveyResponses().value()).isEqualTo(14);
        var september = counts.quarters().get(1);
        assertThat(september.surveysInCare().suppressed()).isTrue();
        assertThat(september.surveysCareLeavers().suppressed()).isTrue();
        // With September's 3 hidden, June's 6 would give it away from the year's 9: hidden too.
        assertThat(june.surveysInCare().suppressed()).isTrue();
        assertThat(counts.year().attendances().value()).isZero();
    }

    private void publish(LocalDate day, String careStatus, int times) {
        for (int i = 0; i < times; i++) {
            transactions.executeWithoutResult(t -> events.publishEvent(new SurveyResponsesCounted(1,
                    java.util.List.of(new SurveyResponsesCounted.Counted(day, careStatus, 1)))));
        }
    }

    @Test
    void an_event_is_recorded_and_changed_with_ages_members_and_actions() {
        var member = TestAccounts.member(accounts);
        long action = SystemTask.runAs(() -> actions.create(new NewAction("Meetings are at school time", "We moved "
                + "them to 5pm", ActionStatus.DONE, "Participation team", null, Set.of())), Roles.OFFICER);
        var form = new ParticipationEventForm(LocalDate.now(), EventType.WORKSHOP, "Year 9 workshop", 2, 1, 12,
                Map.of(AgeBand.AGE_11_17, 10), "What would make school better?", "Later meetings",
                Set.of(member.accountId()), Set.of(action));
        long id = SystemTask.runAs(() -> participation.record(form), Roles.OFFICER);

        var saved = SystemTask.runAs(() -> participation.event(id), Roles.OFFICER);
        assertThat(saved.attendance()).isEqualTo(15);
        assertThat(saved.ageNotKnown()).isEqualTo(5);
        assertThat(saved.members()).containsExactly(member.accountId());
        assertThat(saved.actions()).containsExactly(action);
        assertThat(SystemTask.runAs(() -> participation.list(Pageable.ofSize(500)), Roles.OFFICER))
                .anyMatch(e -> e.id() == id);

        SystemTask.runAs(() -> participation.update(id, new ParticipationEventForm(saved.heldOn(), EventType.OTHER,
                "Year 9 workshop", 2, 1, 12, Map.of(), null, null, Set.of(), Set.of())), Roles.OFFICER);
        var changed = SystemTask.runAs(() -> participation.event(id), Roles.OFFICER);
        assertThat(changed.type()).isEqualTo(EventType.OTHER);
        assertThat(changed.members()).isEmpty();
        assertThat(changed.actions()).isEmpty();
        assertThat(changed.asked()).isNull();
    }

    @Test
    void bad_input_is_refused_in_plain_words() {
        var ok = new ParticipationEventForm(LocalDate.now(), EventType.FUN_DAY, "Fun day", 1, 1, 1, Map.of(), null,
                null, Set.of(), Set.of());
        assertRefused(new ParticipationEventForm(null, ok.type(), ok.group(), 1, 1, 1, Map.of(), null, null, Set.of(),
                Set.of()), "participation.error.date");
        assertRefused(new ParticipationEventForm(ok.heldOn(), null, ok.group(), 1, 1, 1, Map.of(), null, null,
                Set.of(), Set.of()), "participation.error.type");
        assertRefused(new ParticipationEventForm(ok.heldOn(), ok.type(), " ", 1, 1, 1, Map.of(), null, null, Set.of(),
                Set.of()), "participation.error.group");
        assertRefused(new ParticipationEventForm(ok.heldOn(), ok.type(), ok.group(), -1, 1, 1, Map.of(), null, null,
                Set.of(), Set.of()), "participation.error.count");
        assertRefused(new ParticipationEventForm(ok.heldOn(), ok.type(), ok.group(), 1, 1, 1,
                Map.of(AgeBand.AGE_8_11, 4), null, null, Set.of(), Set.of()), "participation.error.ages");
        assertRefused(new ParticipationEventForm(ok.heldOn(), ok.type(), ok.group(), 0, 0, 0, Map.of(), null, null,
                Set.of(TestAccounts.member(accounts).accountId()), Set.of()), "participation.error.members");
        assertRefused(new ParticipationEventForm(ok.heldOn(), ok.type(), ok.group(), 1, 1, 1, Map.of(), "x".repeat(2001),
                null, Set.of(), Set.of()), "participation.error.asked");
        assertRefused(new ParticipationEventForm(ok.heldOn(), ok.type(), ok.group(), 1, 1, 1, Map.of(), null, null,
                Set.of(), Set.of(Long.MAX_VALUE)), "participation.error.action");
    }

    @Test
    void only_officers_record_events_and_viewers_read_only_the_suppressed_counts() {
        var form = new ParticipationEventForm(LocalDate.now(), EventType.FUN_DAY, "Fun day", 1, 1, 1, Map.of(), null,
                null, Set.of(), Set.of());
        for (String role : new String[] {Roles.VIEWER, Roles.MEMBER, Roles.SAFEGUARDING_LEAD}) {
            assertThatThrownBy(() -> SystemTask.runAs(() -> participation.record(form), role))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> participation.list(Pageable.ofSize(5)), role))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(SystemTask.runAs(() -> participation.counts(YearKind.CALENDAR, 2026), Roles.VIEWER)).isNotNull();
        assertThatThrownBy(() -> SystemTask.runAs(() -> participation.counts(YearKind.CALENDAR, 2026), Roles.MEMBER))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(ParticipationEventForm form, String key) {
        assertThatThrownBy(() -> SystemTask.runAs(() -> participation.record(form), Roles.OFFICER))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void votes_and_feedback_count_per_quarter_and_groups_per_year_and_viewers_read_them() {
        int year = freshYear();
        long channel = jdbc.sql("SELECT MIN(id) FROM feedback_channel").query(Long.class).optional()
                .orElseGet(() -> {
                    jdbc.sql("INSERT INTO feedback_channel (slug, title, prompt, created_at) "
                            + "VALUES ('count-test', 'Counts', 'Tell us', NOW())").update();
                    return jdbc.sql("SELECT MIN(id) FROM feedback_channel").query(Long.class).single();
                });
        for (int i = 0; i < 7; i++) {
            jdbc.sql("INSERT INTO feedback_item (channel_id, received_on, rating) VALUES (?, ?, 4)")
                    .params(channel, LocalDate.of(year, 4, 2 + i)).update();
        }
        jdbc.sql("INSERT INTO feedback_item (channel_id, received_on, rating) VALUES (?, ?, 2)")
                .params(channel, LocalDate.of(year, 12, 1)).update();
        jdbc.sql("INSERT INTO forum (name, created_at) VALUES (?, NOW())").param("Counts forum " + year).update();
        long forum = jdbc.sql("SELECT MAX(id) FROM forum").query(Long.class).single();
        jdbc.sql("INSERT INTO ballot (forum_id, kind, question, secret, meeting_code, lot_seed, closed_at, created_at) "
                + "VALUES (?, 'MOTION', 'Later bus?', TRUE, ?, 1, ?, NOW())")
                .params(forum, java.util.UUID.randomUUID().toString().substring(0, 20), LocalDate.of(year, 7, 9).atTime(18, 0))
                .update();
        long ballot = jdbc.sql("SELECT MAX(id) FROM ballot").query(Long.class).single();
        for (int i = 0; i < 6; i++) {
            jdbc.sql("INSERT INTO ballot_paper (id, ballot_id, on_paper, marks) VALUES (?, ?, FALSE, '1')")
                    .params(java.util.UUID.randomUUID().toString().replace("-", ""), ballot).update();
        }
        record(LocalDate.of(year, 5, 3), 6, 6, 0);
        record(LocalDate.of(year, 6, 3), 6, 0, 0);
        SystemTask.runAs(() -> participation.record(new ParticipationEventForm(LocalDate.of(year, 6, 9),
                EventType.WORKSHOP, "Year 9 forum", 0, 0, 3, Map.of(), null, null, Set.of(), Set.of())),
                Roles.OFFICER);

        var counts = SystemTask.runAs(() -> participation.counts(YearKind.FINANCIAL, year), Roles.VIEWER);

        assertThat(counts.quarters().get(2).feedback().suppressed()).as("1 in December").isTrue();
        assertThat(counts.quarters().getFirst().feedback().suppressed()).as("7 would give the 1 away").isTrue();
        assertThat(counts.year().feedback().value()).isEqualTo(8);
        assertThat(counts.quarters().get(1).votes().value()).isEqualTo(6);
        assertThat(counts.year().votes().value()).isEqualTo(6);
        assertThat(counts.byGroup()).extracting(ParticipationCounts.GroupCounts::group)
                .containsExactly("Children in care council", "Year 9 forum");
        assertThat(counts.byGroup().getFirst().events()).isEqualTo(2);
        assertThat(counts.byGroup().getFirst().attendances().value()).as("one cell hidden gives it away").isNull();
        assertThat(counts.byGroup().get(1).attendances().suppressed()).isTrue();
        assertThatThrownBy(() -> SystemTask.runAs(() -> participation.list(Pageable.ofSize(5)), Roles.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
    }
}
