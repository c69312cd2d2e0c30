package org.youthvoice.survey.results;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The SQL behind {@link SurveyBenchmarks}: the figures a survey series' results are compared with. */
@Component
class SurveyBenchmarkStore {

    private final JdbcClient jdbc;

    SurveyBenchmarkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The benchmarks of a survey's series, by question, then newest year first. */
    List<Benchmark> list(long surveyId) {
        return jdbc.sql("""
                SELECT b.id, b.question_key, b.option_key, b.value, b.described, b.source, b.year
                FROM survey_benchmark b JOIN survey s ON s.series_key = b.series_key
                WHERE s.id = ? ORDER BY b.question_key, b.year DESC, b.id""")
                .param(surveyId)
                .query((rs, n) -> new Benchmark(rs.getLong("id"), rs.getString("question_key"),
                        rs.getString("option_key"), rs.getBigDecimal("value").doubleValue(), rs.getString("described"),
                        rs.getString("source"), rs.getInt("year")))
                .list();
    }

    /** The series a survey belongs to, if the survey exists. */
    Optional<String> seriesKey(long surveyId) {
        return jdbc.sql("SELECT series_key FROM survey WHERE id = ?").param(surveyId).query(String.class).optional();
    }

    /** Adds a checked benchmark to a series and returns its id. */
    long add(String seriesKey, String questionKey, @Nullable String optionKey, double value, String described,
            String source, int year, String createdBy, LocalDateTime createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO survey_benchmark (series_key, question_key, option_key, value, described, source, year,
                    created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seriesKey, questionKey, optionKey, value, described, source, year, createdBy, createdAt)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Removes a benchmark of a survey's series; returns whether there was one. */
    boolean remove(long surveyId, long benchmarkId) {
        return jdbc.sql("""
                DELETE b FROM survey_benchmark b JOIN survey s ON s.series_key = b.series_key
                WHERE s.id = ? AND b.id = ?""").params(surveyId, benchmarkId).update() == 1;
    }
}
