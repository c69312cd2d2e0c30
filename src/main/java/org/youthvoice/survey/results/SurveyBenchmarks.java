package org.youthvoice.survey.results;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
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

    private final JdbcClient jdbc;
    private final SurveyStore store;
    private final AuditLog audit;
    private final Clock clock;

    SurveyBenchmarks(JdbcClient jdbc, SurveyStore store, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The survey's benchmarks, by question, then newest year first. */
    @ForReaders
    @Transactional(readOnly = true)
    public List<Benchmark> list(long surveyId) {
        return jdbc.sql("""
                SELECT b.id, b.question_key, b.option_key, b.value, b.described, b.source, b.year
                FROM survey_benchmark b JOIN survey s ON s.series_key = b.series_key
                WHERE s.id = ? ORDER BY b.question_key, b.year DESC, b.id""")
                .param(surveyId)
                .query((rs, n) -> new Benchmark(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4).doubleValue(), rs.getString(5), rs.getString(6), rs.getInt(7)))
                .list();
    }

    /** Adds a benchmark; anything wrong is refused with what to put right, and nothing is stored. */
    @ForOfficers
    @Transactional
    public long add(long surveyId, Benchmark.New benchmark) {
        String series = jdbc.sql("SELECT series_key FROM survey WHERE id = ?").param(surveyId).query(String.class)
                .optional().orElseThrow(() -> new UserFacingException("survey.error.notFound"));
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
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO survey_benchmark (series_key, question_key, option_key, value, described, source, year,
                    created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(series, question.key(), option, Math.round(value * 100) / 100.0, described, source, year,
                        who(), LocalDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("BENCHMARK_ADDED", "survey", String.valueOf(surveyId), question.key() + ": " + source);
        return id;
    }

    @ForOfficers
    @Transactional
    public void remove(long surveyId, long benchmarkId) {
        int removed = jdbc.sql("""
                DELETE b FROM survey_benchmark b JOIN survey s ON s.series_key = b.series_key
                WHERE s.id = ? AND b.id = ?""").params(surveyId, benchmarkId).update();
        if (removed == 1) {
            audit.record("BENCHMARK_REMOVED", "survey", String.valueOf(surveyId), String.valueOf(benchmarkId));
        }
    }

    /** The text without spaces around it, or null when it is empty or too long. */
    private static @Nullable String clean(@Nullable String text, int max) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() || trimmed.length() > max ? null : trimmed;
    }

    private static String who() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String name = auth == null ? "system" : auth.getName();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
