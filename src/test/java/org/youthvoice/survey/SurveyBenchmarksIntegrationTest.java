package org.youthvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.youthvoice.survey.SurveyIntegrationTest.assertRefused;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.youthvoice.base.SystemTask;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.results.Benchmark;
import org.youthvoice.survey.results.SurveyBenchmarks;
import org.youthvoice.testing.IntegrationTest;

/** Officers enter figures to compare results with; every round of the survey shows them; viewers only read them. */
@IntegrationTest
class SurveyBenchmarksIntegrationTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyBenchmarks benchmarks;

    private long add(long survey, Benchmark.New b) {
        return SystemTask.runAs(() -> benchmarks.add(survey, b), Roles.OFFICER);
    }

    @Test
    void a_benchmark_for_a_scale_average_and_an_answer_share_shows_in_every_round() {
        long first = SystemTask.runAs(() -> surveys.create(SurveyIntegrationTest.everyKind()), Roles.OFFICER);
        add(first, new Benchmark.New("happy", null, 7.45, "Young people aged 10 to 15, UK", "ONS", 2023));
        add(first, new Benchmark.New("safe", "yes", 81.0, "Children in care, England", "Bright Spots", 2022));
        SystemTask.runAs(() -> {
            surveys.publish(first, new SurveySettings(SurveyAccess.LINK, null, null));
            return null;
        }, Roles.OFFICER);
        long second = SystemTask.runAs(() -> surveys.nextRound(first), Roles.OFFICER);

        var shown = SystemTask.runAs(() -> benchmarks.list(second), Roles.VIEWER);

        assertThat(shown).extracting(Benchmark::questionKey, Benchmark::optionKey, Benchmark::value, Benchmark::year)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("happy", null, 7.45, 2023),
                        org.assertj.core.groups.Tuple.tuple("safe", "yes", 81.0, 2022));
        SystemTask.runAs(() -> {
            benchmarks.remove(second, shown.getFirst().id());
            return null;
        }, Roles.OFFICER);
        assertThat(SystemTask.runAs(() -> benchmarks.list(first), Roles.OFFICER)).hasSize(1);
    }

    @Test
    void a_wrong_benchmark_is_refused_in_plain_words_and_viewers_cannot_add_one() {
        long survey = SystemTask.runAs(() -> surveys.create(SurveyIntegrationTest.everyKind()), Roles.OFFICER);
        int nextYear = Year.now().getValue() + 1;
        SystemTask.runAs(() -> {
            assertRefused(() -> benchmarks.add(survey, new Benchmark.New("nope", null, 5.0, "All", "ONS", 2023)),
                    "benchmark.error.question");
            assertRefused(() -> benchmarks.add(survey, new Benchmark.New("why", null, 5.0, "All", "ONS", 2023)),
                    "benchmark.error.option");
            assertRefused(() -> benchmarks.add(survey, new Benchmark.New("rank", "a", 5.0, "All", "ONS", 2023)),
                    "benchmark.error.option");
            assertRefused(() -> benchmarks.add(survey, new Benchmark.New("safe", "maybe", 5.0, "All", "ONS", 2023)),
                    "benchmark.error.option");
            assertRefused(() -> benchmarks.add(survey, new Benchmark.New("happy", null, 10.5, "All", "ONS", 2023)),
                    "benchmark.error.mean");
            assertRefused(() -> benchmarks.add(survey, new Benchmark.New("safe", "yes", 101.0, "All", "ONS", 2023)),
                    "benchmark.error.percent");
            assertRefused(() -> benchmarks.add(survey, new Benchmark.New("happy", null, 7.0, " ", "ONS", 2023)),
                    "benchmark.error.described");
            assertRefused(() -> benchmarks.add(survey, new Benchmark.New("happy", null, 7.0, "All", null, 2023)),
                    "benchmark.error.source");
            assertRefused(() -> benchmarks.add(survey, new Benchmark.New("happy", null, 7.0, "All", "ONS",
                    nextYear)), "benchmark.error.year");
            return null;
        }, Roles.OFFICER);
        assertThat(SystemTask.runAs(() -> benchmarks.list(survey), Roles.OFFICER)).isEmpty();
        assertThatThrownBy(() -> SystemTask.runAs(() -> benchmarks.add(survey,
                new Benchmark.New("happy", null, 7.0, "All", "ONS", 2023)), Roles.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemTask.runAs(() -> benchmarks.list(survey), Roles.MEMBER))
                .isInstanceOf(AccessDeniedException.class);
    }
}
