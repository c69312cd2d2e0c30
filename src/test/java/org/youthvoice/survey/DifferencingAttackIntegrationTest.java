package org.youthvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.DifferencingAttack.Seen;
import org.youthvoice.testing.IntegrationTest;

/**
 * The differencing attack ({@link DifferencingAttack}) through the results service, as the results page and the
 * workbook read it, for officers and viewers, over every generated scenario (issue 12, design note 0024), and a
 * check that evidence pages show nothing "everyone" does not. ApiIT makes the same attack over HTTP.
 */
@IntegrationTest
class DifferencingAttackIntegrationTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyTaking taking;

    @Autowired
    SurveyAnalysis analysis;

    @Test
    void no_pair_or_trio_of_shown_tables_gives_away_a_small_group_or_answer_count_for_officers_or_viewers() {
        var problems = new ArrayList<String>();
        for (int s = 0; s < DifferencingAttack.SCENARIOS.length; s++) {
            var made = DifferencingAttack.makeSurvey(surveys, taking, DifferencingAttack.SCENARIOS[s],
                    new Random(1000 + s));
            for (String role : List.of(Roles.OFFICER, Roles.VIEWER)) {
                var seen = new ArrayList<Seen>();
                for (var view : DifferencingAttack.everyView(made.groupIds())) {
                    SurveyResults results;
                    try {
                        results = SystemTask.runAs(() -> analysis.results(made.id(), view.filter()), role);
                    } catch (UserFacingException refused) {
                        continue;
                    }
                    if (results.responses().suppressed()) {
                        continue;
                    }
                    var who = DifferencingAttack.who(view, made.young());
                    assertThat(results.responses().value()).as("the filter counts whom it says")
                            .isEqualTo(who.size());
                    seen.add(new Seen(view, who, DifferencingAttack.shown(results)));
                }
                problems.addAll(DifferencingAttack.attack(seen, made.young(), "scenario " + s + " as " + role));
                // Evidence pages and the PDF pack show tagged questions for everyone: exactly what "everyone" shows
                // here, so they add nothing the attack could use.
                var everyone = SystemTask.runAs(() -> analysis.results(made.id(), ResultFilter.NONE), role);
                var evidence = SystemTask.runAs(() -> analysis.taggedResults(List.of(DifferencingAttack.EVIDENCE_CODE)),
                        role).stream().filter(r -> r.surveyId() == made.id()).findFirst().orElseThrow();
                assertThat(evidence.responses()).isEqualTo(everyone.responses());
                assertThat(evidence.questions()).extracting(SurveyResults.QuestionResult::key)
                        .containsExactlyInAnyOrder("score", "mood");
                for (var q : evidence.questions()) {
                    var same = everyone.questions().stream().filter(e -> e.key().equals(q.key())).findFirst()
                            .orElseThrow();
                    assertThat(q.answered()).isEqualTo(same.answered());
                    assertThat(q.options()).isEqualTo(same.options());
                    assertThat(q.combined()).isEqualTo(same.combined());
                    assertThat(q.mean()).isEqualTo(same.mean());
                }
            }
        }
        assertThat(problems).as("small groups or answer counts found by taking shown tables from each other")
                .isEmpty();
    }

    @Test
    void with_every_group_big_enough_every_view_opens() {
        var made = DifferencingAttack.makeSurvey(surveys, taking, new int[] {0, 10, 10}, new Random(7));
        for (var g : made.groupIds()) {
            var filter = new ResultFilter(null, g, null, null);
            assertThat(SystemTask.runAs(() -> analysis.results(made.id(), filter), Roles.VIEWER).responses().value())
                    .isEqualTo(10);
        }
    }
}
