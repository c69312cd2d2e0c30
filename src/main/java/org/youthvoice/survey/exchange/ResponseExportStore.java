package org.youthvoice.survey.exchange;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.base.db.AnalysisDatabase;
import org.youthvoice.survey.results.Released;

/**
 * The SQL behind {@link ResponseExport}, on the analysis database: the counts its suppression is judged on and the
 * counted responses' answers, streamed. Counts only the responses the results may count ({@link Released}).
 */
@Component
class ResponseExportStore {

    /** How many counted responses share a key (a version id, a group id, or a combination of "about you" answers). */
    record Count(String key, long count) {
    }

    /** How many counted responses a group ({@code ""}: none, or not told apart) sent on a day. */
    record DayCount(String group, String day, long count) {
    }

    /** How many counted responses a version has from a group ({@code ""}: none). */
    record VersionGroupCount(String versionId, String groupId, long count) {
    }

    /** A question of the survey, by id. */
    record QuestionKey(long id, String key) {
    }

    /** An option's words and place in its question. */
    record Option(long id, String label, int position) {
    }

    /**
     * One answer of a counted response (answer fields null for a response with no answers at all), read in the
     * order of response ids.
     */
    record AnswerRow(long responseId, long versionId, @Nullable Long groupId, @Nullable LocalDate day,
            @Nullable Long questionId, @Nullable Long optionId, @Nullable Integer number, @Nullable Integer rank,
            boolean hasText) {
    }

    static final int FETCH_SIZE = 1000;

    private final JdbcTemplate streaming;
    private final JdbcClient jdbc;
    private final Released released;

    /** Reads from the analysis database: the main one, or a replica when one is set (design note 0018). */
    ResponseExportStore(AnalysisDatabase analysis, Released released) {
        this.released = released;
        this.streaming = new JdbcTemplate(analysis.dataSource());
        this.streaming.setFetchSize(FETCH_SIZE);
        this.jdbc = analysis.jdbc();
    }

    /** Counted responses per version (keyed by version id). */
    List<Count> perVersion(long surveyId) {
        return jdbc.sql("SELECT version_id, COUNT(*) AS responses FROM survey_response WHERE survey_id = ? "
                + "AND " + released.counted("survey_response") + " GROUP BY version_id").param(surveyId)
                .query((rs, n) -> new Count(rs.getString("version_id"), rs.getLong("responses"))).list();
    }

    /** Counted responses per group (keyed by group id), leaving out those in no group. */
    List<Count> perGroup(long surveyId) {
        return jdbc.sql("SELECT group_id, COUNT(*) AS responses FROM survey_response WHERE survey_id = ? "
                + "AND " + released.counted("survey_response") + " AND group_id IS NOT NULL GROUP BY group_id")
                .param(surveyId)
                .query((rs, n) -> new Count(rs.getString("group_id"), rs.getLong("responses"))).list();
    }

    /** Counted responses per version and group. */
    List<VersionGroupCount> perVersionAndGroup(long surveyId) {
        return jdbc.sql("SELECT version_id, COALESCE(group_id, '') AS group_id, COUNT(*) AS responses"
                + " FROM survey_response WHERE survey_id = ? AND " + released.counted("survey_response")
                + " GROUP BY version_id, group_id").param(surveyId)
                .query((rs, n) -> new VersionGroupCount(rs.getString("version_id"), rs.getString("group_id"),
                        rs.getLong("responses")))
                .list();
    }

    /** Counted responses per day sent, and per group too when {@code byGroup}. */
    List<DayCount> perDay(long surveyId, boolean byGroup) {
        String group = byGroup ? "COALESCE(group_id, '')" : "''";
        return jdbc.sql("SELECT " + group + " AS group_key, submitted_on, COUNT(*) AS responses FROM survey_response "
                + "WHERE survey_id = ? AND " + released.counted("survey_response") + " GROUP BY 1, submitted_on")
                .param(surveyId)
                .query((rs, n) -> new DayCount(rs.getString("group_key"), rs.getString("submitted_on"),
                        rs.getLong("responses")))
                .list();
    }

    /**
     * Counted responses per combination of version, group (when {@code byGroup}) and answers to these "about you"
     * questions (not empty), keyed {@code version|group|question=option,...} in id order.
     */
    List<Count> perAboutYou(long surveyId, boolean byGroup, List<Long> aboutIds) {
        return jdbc.sql("""
                SELECT k, COUNT(*) AS responses FROM (
                  SELECT CONCAT(r.version_id, '|', %s, '|', COALESCE(GROUP_CONCAT(
                      CONCAT(a.question_id, '=', a.option_id) ORDER BY a.question_id, a.option_id SEPARATOR ','), '')) k
                  FROM survey_response r LEFT JOIN survey_answer a ON a.response_id = r.id
                    AND a.option_id IS NOT NULL AND a.question_id IN (%s)
                  WHERE r.survey_id = ? AND %s GROUP BY r.id) t
                GROUP BY k""".formatted(byGroup ? "COALESCE(r.group_id, '')" : "''",
                aboutIds.stream().map(String::valueOf).collect(Collectors.joining(",")),
                released.counted("r")))
                .param(surveyId).query((rs, n) -> new Count(rs.getString("k"), rs.getLong("responses"))).list();
    }

    /** The ids of a survey's counted responses. */
    List<Long> responseIds(long surveyId) {
        return jdbc.sql("SELECT id FROM survey_response WHERE survey_id = ? AND " + released.counted("survey_response"))
                .param(surveyId).query(Long.class).list();
    }

    List<QuestionKey> questions(long surveyId) {
        return jdbc.sql("SELECT id, question_key FROM survey_question WHERE survey_id = ?").param(surveyId)
                .query((rs, n) -> new QuestionKey(rs.getLong("id"), rs.getString("question_key"))).list();
    }

    List<Option> options(long surveyId) {
        return jdbc.sql("SELECT o.id, o.label, o.position FROM survey_option o JOIN survey_question q "
                + "ON q.id = o.question_id WHERE q.survey_id = ?").param(surveyId)
                .query((rs, n) -> new Option(rs.getLong("id"), rs.getString("label"), rs.getInt("position"))).list();
    }

    /** A survey's version labels by version id. */
    Map<Long, String> versionLabels(long surveyId) {
        return byId("SELECT id, label AS name FROM survey_version WHERE survey_id = ?", surveyId);
    }

    /** A survey's group names by group id. */
    Map<Long, String> groupNames(long surveyId) {
        return byId("SELECT id, name FROM survey_group WHERE survey_id = ?", surveyId);
    }

    private Map<Long, String> byId(String sql, long surveyId) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql(sql).param(surveyId).query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name"))).list()
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    /**
     * Hands each answer of these counted responses of a survey to {@code each}, in response id order (the index's),
     * streamed from the database in chunks of {@link #FETCH_SIZE}.
     */
    void answers(long surveyId, long[] responseIds, Consumer<AnswerRow> each) {
        streaming.query("""
                SELECT r.id, r.version_id, r.group_id, r.submitted_on, a.question_id, a.option_id, a.number_value,
                       a.rank_value, (a.text_value IS NOT NULL OR a.text_deleted) AS has_text
                FROM survey_response r LEFT JOIN survey_answer a ON a.response_id = r.id
                WHERE r.survey_id = ? AND %s AND r.id IN (%s)
                ORDER BY r.id""".formatted(released.counted("r"), java.util.Arrays.stream(responseIds)
                .mapToObj(Long::toString).collect(Collectors.joining(","))), (RowCallbackHandler) rs -> {
                    each.accept(new AnswerRow(rs.getLong("id"), rs.getLong("version_id"),
                            rs.getObject("group_id", Long.class), rs.getObject("submitted_on", LocalDate.class),
                            rs.getObject("question_id", Long.class), rs.getObject("option_id", Long.class),
                            rs.getObject("number_value", Integer.class), rs.getObject("rank_value", Integer.class),
                            rs.getBoolean("has_text")));
                }, surveyId);
    }
}
