package org.youthvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.youthvoice.base.SystemTask;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.SurveyResults.OptionResult;
import org.youthvoice.survey.SurveyResults.QuestionResult;
import org.youthvoice.testing.IntegrationTest;

@IntegrationTest
class SurveyAnalysisIntegrationTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyTaking taking;

    @Autowired
    SurveyAnalysis analysis;

    long publish() {
        return SystemTask.runAs(() -> {
            long id = surveys.create(SurveyIntegrationTest.everyKind());
            surveys.publish(id, new SurveySettings(SurveyAccess.LINK, null, null));
            return id;
        }, Roles.OFFICER);
    }

    void send(long id, String version, String safe, int happy, String status) {
        String slug = SystemTask.runAs(() -> surveys.summary(id).slug(), Roles.OFFICER);
        long versionId = taking.entry(slug).orElseThrow().versions().stream().filter(v -> v.key().equals(version))
                .findFirst().orElseThrow().id();
        var token = taking.start(slug, new StartRequest(versionId, null, "en", false, "10.2.0.1")).deviceToken();
        taking.save(token, "safe", Answer.choice(safe), 1);
        taking.save(token, "feel", Answer.choice("4"), 2);
        taking.save(token, "happy", Answer.number(happy), 3);
        if (version.equals("older")) {
            taking.save(token, "rank", Answer.choice("b", "a"), 4);
            taking.save(token, "status", Answer.choice(status), 5);
        }
        taking.submit(token);
    }

    SurveyResults results(long id, ResultFilter filter) {
        return SystemTask.runAs(() -> analysis.results(id, filter), Roles.VIEWER);
    }

    static QuestionResult question(SurveyResults results, String key) {
        return results.questions().stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow();
    }

    static OptionResult option(QuestionResult question, String key) {
        return question.options().stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void a_narrowed_view_hides_an_answer_that_everyone_minus_it_would_give_away() {
        long id = publish();
        // Older: "yes" 6, "no" 6. Younger: "yes" 10, "no" 2. Everyone: "yes" 16, "no" 8.
        for (int i = 0; i < 12; i++) {
            send(id, "older", i < 6 ? "yes" : "no", 5, "in-care");
            send(id, "younger", i < 10 ? "yes" : "no", 5, "");
        }

        var everyone = question(results(id, ResultFilter.NONE), "safe");
        assertThat(option(everyone, "no").count().value()).isEqualTo(8);
        var older = question(results(id, new ResultFilter("older", null, null, null)), "safe");
        // On its own "no" 6 could show; but everyone's 8 minus it is the younger 2, whom the younger view hides.
        assertThat(option(older, "no").count().suppressed()).isTrue();
        assertThat(option(older, "yes").count().value()).isEqualTo(6);
        assertThat(older.answered().value()).isEqualTo(12);
        assertThat(older.combined()).as("narrowed views put nothing together").isEmpty();
        var younger = question(results(id, new ResultFilter("younger", null, null, null)), "safe");
        assertThat(option(younger, "no").count().suppressed()).isTrue();
        assertThat(option(younger, "yes").count().suppressed()).as("hidden with the 2").isTrue();
        assertThat(option(younger, "not-sure").count().value()).isZero();
        assertThat(younger.allHidden()).as("the chart is empty: the page says why").isTrue();
    }

    @Test
    void results_count_each_answer_and_hide_small_cells_with_their_neighbour() {
        long id = publish();
        for (int i = 0; i < 12; i++) {
            send(id, "older", i < 6 ? "yes" : i < 11 ? "no" : "not-sure", i < 4 ? 8 : 6,
                    i < 5 ? "in-care" : "care-leaver");
        }
        send(id, "younger", "not-sure", 2, "");

        var results = results(id, ResultFilter.NONE);

        assertThat(results.responses().value()).isEqualTo(13);
        var safe = question(results, "safe");
        assertThat(safe.answered().value()).isEqualTo(13);
        assertThat(option(safe, "not-sure").count().suppressed()).as("2 is under 5").isTrue();
        assertThat(option(safe, "no").count().suppressed())
                .as("5 hidden too, or 13 - 6 - 5 would give the 2 away").isTrue();
        assertThat(option(safe, "yes").count().value()).isEqualTo(6);
        assertThat(option(safe, "yes").percent()).isEqualTo(46);
        assertThat(option(safe, "no").percent()).isNull();
        // What is hidden, put together so that it can be shown: the 5 and the 2, never the 2 alone.
        assertThat(safe.combined()).singleElement().satisfies(c -> {
            assertThat(c.labels()).containsExactly("Option no", "Option not-sure");
            assertThat(c.count()).isEqualTo(7);
            assertThat(c.percent()).isEqualTo(54);
        });
        assertThat(question(results, "happy").combined()).singleElement()
                .satisfies(c -> assertThat(c.count()).isEqualTo(5));
        var happy = question(results, "happy");
        assertThat(happy.mean()).as("(4 x 8 + 8 x 6 + 2) / 13").isEqualTo(6.3);
        assertThat(option(happy, "6").count().value()).isEqualTo(8);
        assertThat(option(happy, "8").count().suppressed()).isTrue();
        var rank = question(results, "rank");
        assertThat(option(rank, "b").averageRank()).isEqualTo(1.0);
        assertThat(option(rank, "a").averageRank()).isEqualTo(2.0);
    }

    @Test
    void a_filter_that_would_isolate_a_small_group_or_its_complement_is_refused() {
        long id = publish();
        for (int i = 0; i < 10; i++) {
            send(id, "older", "yes", 5, i < 6 ? "in-care" : "care-leaver");
        }
        send(id, "younger", "yes", 5, "");
        send(id, "younger", "yes", 5, "");

        var inCare = results(id, new ResultFilter(null, null, "status", "in-care"));
        assertThat(inCare.responses().value()).isEqualTo(6);

        SurveyIntegrationTest.assertRefused(() -> results(id, new ResultFilter(null, null, "status", "care-leaver")),
                "survey.results.tooSmall");
        SurveyIntegrationTest.assertRefused(() -> results(id, new ResultFilter("younger", null, null, null)),
                "survey.results.tooSmall");
        SurveyIntegrationTest.assertRefused(() -> results(id, new ResultFilter("older", null, null, null)),
                "survey.results.tooSmall");
    }

    @Test
    void the_next_round_is_compared_question_by_question() {
        long first = publish();
        for (int i = 0; i < 5; i++) {
            send(first, "older", "yes", 5, "in-care");
        }
        for (int i = 0; i < 5; i++) {
            send(first, "older", "no", 5, "in-care");
        }
        long second = SystemTask.runAs(() -> {
            long next = surveys.nextRound(first);
            surveys.publish(next, new SurveySettings(SurveyAccess.LINK, null, null));
            return next;
        }, Roles.OFFICER);
        for (int i = 0; i < 6; i++) {
            send(second, "older", "yes", 7, "in-care");
        }

        var results = results(second, ResultFilter.NONE);

        assertThat(results.earlierRound()).isEqualTo(1);
        var yes = option(question(results, "safe"), "yes");
        assertThat(yes.percent()).isEqualTo(100);
        assertThat(yes.earlierPercent()).isEqualTo(50);
        assertThat(question(results, "happy").earlierMean()).isEqualTo(5.0);
    }

    @Test
    void only_staff_who_may_see_results_see_them() {
        long id = publish();
        assertRefused(() -> SystemTask.runAs(() -> analysis.results(id, ResultFilter.NONE), Roles.MEMBER),
                AccessDeniedException.class);
        assertRefused(() -> SystemTask.runAs(() -> analysis.results(id, ResultFilter.NONE),
                Roles.SAFEGUARDING_LEAD), AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThat(SystemTask.runAs(() -> analysis.results(id, ResultFilter.NONE),
                Roles.VIEWER).surveyId()).isEqualTo(id);
    }

    @Test
    void a_draft_is_the_officers_work_in_progress_and_viewers_cannot_read_its_results() {
        long draft = SystemTask.runAs(() -> surveys.create(SurveyIntegrationTest.everyKind()), Roles.OFFICER);

        org.assertj.core.api.Assertions.assertThat(SystemTask.runAs(() -> analysis.results(draft, ResultFilter.NONE),
                Roles.OFFICER).surveyId()).isEqualTo(draft);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SystemTask.runAs(
                () -> analysis.results(draft, ResultFilter.NONE), Roles.VIEWER))
                .isInstanceOfSatisfying(org.youthvoice.base.UserFacingException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.messageKey())
                                .isEqualTo("survey.error.notFound"));
    }

    static void assertRefused(Runnable action, Class<? extends Throwable> type) {
        org.assertj.core.api.Assertions.assertThatThrownBy(action::run).isInstanceOf(type);
    }
}
