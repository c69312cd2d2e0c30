package org.youthvoice.survey.results;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.security.CurrentUser;
import org.youthvoice.security.ForOfficers;
import org.youthvoice.security.ForReaders;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.internal.SurveyStore;

/**
 * Figures officers enter to compare results with (national averages for the ONS well-being questions, an earlier
 * local survey), shown beside the results. They belong to the survey series, so every round shows them.
 */
@Service
public class SurveyBenchmarks {

    private final SurveyBenchmarkStore benchmarks;
    private final SurveyStore store;
    private final AuditLog audit;
    private final Clock clock;

    SurveyBenchmarks(SurveyBenchmarkStore benchmarks, SurveyStore store, AuditLog audit, Clock clock) {
        this.benchmarks = benchmarks;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The survey's benchmarks, by question, then newest year first. */
    @ForReaders
    @Transactional(readOnly = true)
    public List<Benchmark> list(long surveyId) {
        return benchmarks.list(surveyId);
    }

    /** Adds a benchmark; anything wrong is refused with what to put right, and nothing is stored. */
    @ForOfficers
    @Transactional
    public long add(long surveyId, Benchmark.New benchmark) {
        String series = benchmarks.seriesKey(surveyId)
                .orElseThrow(() -> new UserFacingException("survey.error.notFound"));
        QuestionDefinition question = store.read(surveyId).questions().stream()
                .filter(q -> q.key().equals(benchmark.questionKey())).findFirst()
                .orElseThrow(() -> new UserFacingException("benchmark.error.question"));
        String option = benchmark.optionKey();
        double max;
        if (question.kind() == QuestionKind.SCALE_0_10 && option == null) {
            max = 10;
        } else if (question.kind().hasOptions() && question.kind() != QuestionKind.RANKING && option != null
                && question.options().stream().anyMatch(o -> o.key().equals(option))) {
            max = 100;
        } else {
            throw new UserFacingException("benchmark.error.option");
        }
        Double value = benchmark.value();
        if (value == null || value.isNaN() || value < 0 || value > max) {
            if (max == 10) {
                throw new UserFacingException("benchmark.error.mean");
            }
            throw new UserFacingException("benchmark.error.percent");
        }
        String described = clean(benchmark.described(), 200);
        if (described == null) {
            throw new UserFacingException("benchmark.error.described", 200);
        }
        String source = clean(benchmark.source(), 300);
        if (source == null) {
            throw new UserFacingException("benchmark.error.source", 300);
        }
        int thisYear = Year.now(clock).getValue();
        Integer year = benchmark.year();
        if (year == null || year < 1990 || year > thisYear) {
            throw new UserFacingException("benchmark.error.year", String.valueOf(thisYear));
        }
        long id = benchmarks.add(series, question.key(), option, Math.round(value * 100) / 100.0, described, source,
                year, CurrentUser.name(), LocalDateTime.now(clock));
        audit.record("BENCHMARK_ADDED", "survey", String.valueOf(surveyId), question.key() + ": " + source);
        return id;
    }

    @ForOfficers
    @Transactional
    public void remove(long surveyId, long benchmarkId) {
        if (benchmarks.remove(surveyId, benchmarkId)) {
            audit.record("BENCHMARK_REMOVED", "survey", String.valueOf(surveyId), String.valueOf(benchmarkId));
        }
    }

    /** The text without spaces around it, or null when it is empty or too long. */
    private static @Nullable String clean(@Nullable String text, int max) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() || trimmed.length() > max ? null : trimmed;
    }

}
