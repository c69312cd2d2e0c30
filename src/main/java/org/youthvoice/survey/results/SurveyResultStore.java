package org.youthvoice.survey.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.base.db.AnalysisDatabase;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.internal.ResponseStatus;

/**
 * The SQL behind {@link ResultQueries}: reads of the running totals and grouped counts of the sent responses'
 * answers, on the analysis database. Each method is one query, as the results screens have always run them; callers
 * run them inside one read-only transaction ({@link AnalysisDatabase#read}) so the counts come from one moment.
 * Counts only responses the results may count ({@link Released}).
 */
@Component
class SurveyResultStore {

    private static final String SUBMITTED = ResponseStatus.SUBMITTED.name();

    /** Folded responses per version and group ({@code 0}: no group). */
    record GroupCount(String versionKey, long groupId, long responses) {
    }

    /** An "about you" option's answers in the totals, per version and group. */
    record OptionTally(String versionKey, long groupId, String optionKey, long answers) {
    }

    /** A question a view is narrowed by; "about you" single-choice ones have running totals of their own. */
    record AboutQuestion(long id, boolean tallied) {
    }

    /** The answer a view is narrowed by, as ids; "about you" (demographic) questions have totals of their own. */
    record AboutOption(long questionId, long optionId, boolean tallied) {

        /** What stands for an answer that is not in the survey: it matches no response. */
        static final AboutOption NONE = new AboutOption(-1, -1, false);
    }

    /** A question of a survey. */
    record Question(long id, String key, QuestionKind kind) {
    }

    /**
     * Answers in the totals ({@code aboutKey} an "about you" option id, or 0 for everyone) or counted from the answers
     * ({@code about} the answer to the question narrowed by), per version, group, question, option ({@code 0}: none)
     * and number ({@link ResultTally#NO_NUMBER}: none).
     */
    record AnswerCount(String versionKey, long groupId, long aboutKey, String about, long questionId, long optionId,
            long number, long answers) {
    }

    /** Responses that answered a question, per version, group and "about you" key or answer, as above. */
    record QuestionCount(String versionKey, long groupId, long aboutKey, String about, long questionId,
            long responses) {
    }

    /**
     * Sums for one question, option ({@code 0}: none) and number ({@link ResultTally#NO_NUMBER}: none): answers, sum
     * of places, answers with a place, first places and texts given.
     */
    record Sums(long questionId, long optionId, long number, long answers, long rankSum, long ranked,
            long firstPlaces, long texts) {
    }

    /** A count per question. */
    record PerQuestion(long questionId, long count) {
    }

    /** A count per question and option. */
    record PerOption(long questionId, long optionId, long count) {
    }

    /** A count per question and number given. */
    record PerNumber(long questionId, int number, long count) {
    }

    /** The average place of an option of a ranking question. */
    record AverageRank(long questionId, long optionId, double average) {
    }

    /**
     * The responses a count is narrowed to: a survey's, of one version and group when given, and with one answer
     * (ids; {@link AboutOption#NONE} when it is not in the survey) when given.
     */
    record Narrowed(long surveyId, @Nullable String versionKey, @Nullable Long groupId,
            @Nullable AboutOption about) {
    }

    private final JdbcClient jdbc;
    private final Released released;

    SurveyResultStore(AnalysisDatabase analysis, Released released) {
        this.jdbc = analysis.jdbc();
        this.released = released;
    }

    /** Every folded response, per version and group. */
    List<GroupCount> foldedPerVersionAndGroup(long surveyId) {
        return jdbc.sql("SELECT v.version_key, COALESCE(r.group_id, 0) AS group_id, COUNT(*) AS responses"
                + " FROM survey_response r JOIN survey_version v ON v.id = r.version_id"
                + " WHERE r.status = ? AND r.tallied = TRUE AND r.survey_id = ? GROUP BY 1, 2")
                .params(SUBMITTED, surveyId)
                .query((rs, n) -> new GroupCount(rs.getString("version_key"), rs.getLong("group_id"),
                        rs.getLong("responses")))
                .list();
    }

    /** The totals' answers to one question, everyone's, per version, group and option. */
    List<OptionTally> tallyPerOption(long surveyId, long questionId) {
        return jdbc.sql("SELECT v.version_key, t.group_key, o.option_key, SUM(t.answers) AS answers FROM survey_tally t"
                + " JOIN survey_version v ON v.id = t.version_id JOIN survey_option o ON o.id = t.option_key"
                + " WHERE t.survey_id = ? AND t.about_key = 0 AND t.question_id = ? GROUP BY 1, 2, 3")
                .params(surveyId, questionId)
                .query((rs, n) -> new OptionTally(rs.getString("version_key"), rs.getLong("group_key"),
                        rs.getString("option_key"), rs.getLong("answers")))
                .list();
    }

    Optional<AboutQuestion> aboutQuestion(long surveyId, String key) {
        return jdbc.sql("SELECT q.id, q.kind, q.demographic IS NOT NULL AS demographic FROM survey_question q"
                + " WHERE q.survey_id = ? AND q.question_key = ?").params(surveyId, key)
                .query((rs, n) -> new AboutQuestion(rs.getLong("id"), rs.getBoolean("demographic")
                        && QuestionKind.valueOf(rs.getString("kind")).isSingleChoice()))
                .optional();
    }

    Optional<AboutOption> aboutOption(long surveyId, String questionKey, String optionKey) {
        return jdbc.sql("""
                SELECT q.id AS question_id, o.id AS option_id, q.demographic IS NOT NULL AS demographic
                FROM survey_question q
                JOIN survey_option o ON o.question_id = q.id
                WHERE q.survey_id = ? AND q.question_key = ? AND o.option_key = ?""")
                .params(surveyId, questionKey, optionKey)
                .query((rs, n) -> new AboutOption(rs.getLong("question_id"), rs.getLong("option_id"),
                        rs.getBoolean("demographic")))
                .optional();
    }

    /** The ids of a question's options. */
    List<Long> optionIds(long questionId) {
        return jdbc.sql("SELECT id FROM survey_option WHERE question_id = ?").param(questionId).query(Long.class)
                .list();
    }

    /** A survey's questions. */
    List<Question> questions(long surveyId) {
        return jdbc.sql("SELECT id, question_key, kind FROM survey_question WHERE survey_id = ?").param(surveyId)
                .query((rs, n) -> new Question(rs.getLong("id"), rs.getString("question_key"),
                        QuestionKind.valueOf(rs.getString("kind"))))
                .list();
    }

    /** A survey's questions with these keys. */
    List<Question> questions(long surveyId, Collection<String> keys) {
        return jdbc.sql("SELECT id, question_key, kind FROM survey_question WHERE survey_id = :survey AND question_key IN (:keys)")
                .param("survey", surveyId).param("keys", keys)
                .query((rs, n) -> new Question(rs.getLong("id"), rs.getString("question_key"),
                        QuestionKind.valueOf(rs.getString("kind"))))
                .list();
    }

    /** The option keys of a survey's questions, by option id. */
    Map<Long, String> optionKeys(long surveyId) {
        Map<Long, String> keys = new HashMap<>();
        jdbc.sql("SELECT o.id, o.option_key FROM survey_option o JOIN survey_question q ON q.id = o.question_id "
                + "WHERE q.survey_id = ?").param(surveyId)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("option_key")))
                .list().forEach(e -> keys.put(e.getKey(), e.getValue()));
        return keys;
    }

    /** The option keys of these questions, by option id. */
    Map<Long, String> optionKeysOf(Collection<Long> questionIds) {
        Map<Long, String> keys = new HashMap<>();
        jdbc.sql("SELECT id, option_key FROM survey_option WHERE question_id IN (:ids)").param("ids", questionIds)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("option_key")))
                .list().forEach(e -> keys.put(e.getKey(), e.getValue()));
        return keys;
    }

    /**
     * SQL for a response {@code r}'s answer to the question a view is narrowed by (one parameter: its key): the option
     * keys chosen, in order, comma-separated, or "" for none; "" for every response when there is no such question.
     */
    private static String aboutAnswer(@Nullable String aboutQuestion) {
        return aboutQuestion == null ? "''" : """
                COALESCE((SELECT GROUP_CONCAT(o.option_key ORDER BY o.option_key) FROM survey_answer d
                  JOIN survey_option o ON o.id = d.option_id
                  WHERE d.response_id = r.id AND d.question_id = (SELECT q.id FROM survey_question q
                    WHERE q.survey_id = r.survey_id AND q.question_key = ?)), '')""";
    }

    private static List<Object> aboutParams(long surveyId, @Nullable String aboutQuestion) {
        List<Object> params = new ArrayList<>();
        if (aboutQuestion != null) {
            params.add(aboutQuestion);
        }
        params.add(surveyId);
        return params;
    }

    /** Counted responses per version, group and answer to one question (if given); only those not folded if asked. */
    List<ResultQueries.Cell> crossTab(long surveyId, @Nullable String aboutQuestion, boolean onlyNotFolded) {
        return jdbc.sql("SELECT v.version_key, COALESCE(r.group_id, 0) AS group_id, " + aboutAnswer(aboutQuestion)
                + " AS about, COUNT(*) AS responses FROM survey_response r JOIN survey_version v ON v.id = r.version_id"
                + " WHERE r.survey_id = ? AND " + released.counted("r")
                + (onlyNotFolded ? " AND r.tallied = FALSE" : "") + " GROUP BY 1, 2, 3")
                .params(aboutParams(surveyId, aboutQuestion))
                .query((rs, n) -> new ResultQueries.Cell(rs.getString("version_key"), rs.getLong("group_id"),
                        rs.getString("about"), rs.getLong("responses")))
                .list();
    }

    /** The totals' answers per version, group, "about you" key (of these), question, option and number. */
    List<AnswerCount> tallyAnswers(long surveyId, List<Long> aboutKeys) {
        return jdbc.sql("SELECT v.version_key, t.group_key, t.about_key, t.question_id, t.option_key, t.number_key,"
                + " SUM(t.answers) AS answers FROM survey_tally t JOIN survey_version v ON v.id = t.version_id"
                + " WHERE t.survey_id = :survey AND t.about_key IN (:about) GROUP BY 1, 2, 3, 4, 5, 6")
                .param("survey", surveyId).param("about", aboutKeys)
                .query((rs, n) -> new AnswerCount(rs.getString("version_key"), rs.getLong("group_key"),
                        rs.getLong("about_key"), "", rs.getLong("question_id"), rs.getLong("option_key"),
                        rs.getLong("number_key"), rs.getLong("answers")))
                .list();
    }

    /** The totals' responses that answered each question, per version, group and "about you" key (of these). */
    List<QuestionCount> tallyResponses(long surveyId, List<Long> aboutKeys) {
        return jdbc.sql("SELECT v.version_key, t.group_key, t.about_key, t.question_id, SUM(t.responses) AS responses"
                + " FROM survey_tally_question t JOIN survey_version v ON v.id = t.version_id"
                + " WHERE t.survey_id = :survey AND t.about_key IN (:about) GROUP BY 1, 2, 3, 4")
                .param("survey", surveyId).param("about", aboutKeys)
                .query((rs, n) -> new QuestionCount(rs.getString("version_key"), rs.getLong("group_key"),
                        rs.getLong("about_key"), "", rs.getLong("question_id"), rs.getLong("responses")))
                .list();
    }

    /**
     * Counted responses' answers per version, group, answer to one question (if given), question, option and number;
     * only those not folded if asked.
     */
    List<AnswerCount> countedAnswers(long surveyId, @Nullable String aboutQuestion, boolean onlyNotFolded) {
        return jdbc.sql("SELECT v.version_key, COALESCE(r.group_id, 0) AS group_id, " + aboutAnswer(aboutQuestion)
                + " AS about, a.question_id, COALESCE(a.option_id, 0) AS option_id, COALESCE(a.number_value, "
                + ResultTally.NO_NUMBER + ") AS number_key, COUNT(*) AS answers"
                + " FROM survey_response r JOIN survey_version v ON v.id = r.version_id"
                + " JOIN survey_answer a ON a.response_id = r.id"
                + " WHERE r.survey_id = ? AND " + released.counted("r")
                + (onlyNotFolded ? " AND r.tallied = FALSE" : "") + " GROUP BY 1, 2, 3, 4, 5, 6")
                .params(aboutParams(surveyId, aboutQuestion))
                .query((rs, n) -> new AnswerCount(rs.getString("version_key"), rs.getLong("group_id"), 0,
                        rs.getString("about"), rs.getLong("question_id"), rs.getLong("option_id"),
                        rs.getLong("number_key"), rs.getLong("answers")))
                .list();
    }

    /** Counted responses that answered each question, grouped as {@link #countedAnswers}. */
    List<QuestionCount> countedResponses(long surveyId, @Nullable String aboutQuestion, boolean onlyNotFolded) {
        return jdbc.sql("SELECT v.version_key, COALESCE(r.group_id, 0) AS group_id, " + aboutAnswer(aboutQuestion)
                + " AS about, a.question_id, COUNT(DISTINCT r.id) AS responses FROM survey_response r"
                + " JOIN survey_version v ON v.id = r.version_id JOIN survey_answer a ON a.response_id = r.id"
                + " WHERE r.survey_id = ? AND " + released.counted("r")
                + (onlyNotFolded ? " AND r.tallied = FALSE" : "") + " GROUP BY 1, 2, 3, 4")
                .params(aboutParams(surveyId, aboutQuestion))
                .query((rs, n) -> new QuestionCount(rs.getString("version_key"), rs.getLong("group_id"), 0,
                        rs.getString("about"), rs.getLong("question_id"), rs.getLong("responses")))
                .list();
    }

    /** The WHERE clause for the responses {@code r} of a narrowed count, with its parameters. */
    private record Filter(String sql, List<Object> params) {
    }

    private Filter filter(Narrowed narrowed, boolean onlyNotFolded) {
        var sql = new StringBuilder(" WHERE r.survey_id = ? AND " + released.counted("r"));
        List<Object> params = new ArrayList<>();
        params.add(narrowed.surveyId());
        if (narrowed.versionKey() != null) {
            sql.append(" AND r.version_id = (SELECT v.id FROM survey_version v WHERE v.survey_id = ? AND v.version_key = ?)");
            params.add(narrowed.surveyId());
            params.add(narrowed.versionKey());
        }
        if (narrowed.groupId() != null) {
            sql.append(" AND r.group_id = ?");
            params.add(narrowed.groupId());
        }
        if (narrowed.about() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM survey_answer d WHERE d.response_id = r.id AND d.question_id = ?"
                    + " AND d.option_id = ?)");
            params.add(narrowed.about().questionId());
            params.add(narrowed.about().optionId());
        }
        if (onlyNotFolded) {
            sql.append(" AND r.tallied = FALSE");
        }
        return new Filter(sql.toString(), params);
    }

    /** How many responses a narrowed count counts. */
    long responses(Narrowed narrowed) {
        var filter = filter(narrowed, false);
        return jdbc.sql("SELECT COUNT(*) FROM survey_response r" + filter.sql()).params(filter.params())
                .query(Long.class).single();
    }

    /** How many of a survey's responses the results count. */
    long counted(long surveyId) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response r WHERE r.survey_id = ? AND " + released.counted("r"))
                .param(surveyId).query(Long.class).single();
    }

    /** How many of a survey's sent responses are not folded into the totals yet. */
    long notFolded(long surveyId) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ? AND status = ?"
                + " AND tallied = FALSE").params(surveyId, SUBMITTED).query(Long.class).single();
    }

    /** The totals' condition for a narrowed count under one "about you" key (0: everyone). */
    private Filter totalsFilter(Narrowed narrowed, long aboutKey) {
        var sql = new StringBuilder(" WHERE t.survey_id = ? AND t.about_key = ?");
        List<Object> params = new ArrayList<>();
        params.add(narrowed.surveyId());
        params.add(aboutKey);
        if (narrowed.versionKey() != null) {
            sql.append(" AND t.version_id = (SELECT v.id FROM survey_version v WHERE v.survey_id = ?"
                    + " AND v.version_key = ?)");
            params.add(narrowed.surveyId());
            params.add(narrowed.versionKey());
        }
        if (narrowed.groupId() != null) {
            sql.append(" AND t.group_key = ?");
            params.add(narrowed.groupId());
        }
        return new Filter(sql.toString(), params);
    }

    /** The totals' sums per question, option and number for a narrowed count under one "about you" key. */
    List<Sums> tallySums(Narrowed narrowed, long aboutKey) {
        var filter = totalsFilter(narrowed, aboutKey);
        return jdbc.sql("SELECT t.question_id, t.option_key AS option_id, t.number_key,"
                + " SUM(t.answers) AS answers, SUM(t.rank_sum) AS rank_sum, SUM(t.ranked) AS ranked,"
                + " SUM(t.first_places) AS first_places, SUM(t.texts) AS texts FROM survey_tally t" + filter.sql()
                + " GROUP BY t.question_id, t.option_key, t.number_key")
                .params(filter.params()).query((rs, n) -> sums(rs)).list();
    }

    /** The totals' responses that answered each question, for a narrowed count under one "about you" key. */
    List<PerQuestion> tallyResponsesPerQuestion(Narrowed narrowed, long aboutKey) {
        var filter = totalsFilter(narrowed, aboutKey);
        return jdbc.sql("SELECT t.question_id, SUM(t.responses) AS responses FROM survey_tally_question t"
                + filter.sql() + " GROUP BY t.question_id")
                .params(filter.params())
                .query((rs, n) -> new PerQuestion(rs.getLong("question_id"), rs.getLong("responses"))).list();
    }

    private static String answersOf(Filter filter, @Nullable Collection<Long> onlyQuestions) {
        return " FROM survey_response r JOIN survey_answer a ON a.response_id = r.id" + filter.sql()
                + (onlyQuestions == null ? "" : " AND a.question_id IN (" + ids(onlyQuestions) + ")");
    }

    private static String ids(Collection<Long> ids) {
        return ids.isEmpty() ? "-1" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * The answers' sums per question, option and number for a narrowed count (of these questions only, when given);
     * of the responses not folded only, if asked.
     */
    List<Sums> answerSums(Narrowed narrowed, boolean onlyNotFolded, @Nullable Collection<Long> onlyQuestions) {
        var filter = filter(narrowed, onlyNotFolded);
        return jdbc.sql("SELECT a.question_id, COALESCE(a.option_id, 0) AS option_id, COALESCE(a.number_value, "
                + ResultTally.NO_NUMBER + ") AS number_key, COUNT(*) AS answers, COALESCE(SUM(a.rank_value), 0) AS rank_sum,"
                + " COUNT(a.rank_value) AS ranked, COALESCE(SUM(a.rank_value = 1), 0) AS first_places,"
                + " COALESCE(SUM(a.text_value IS NOT NULL OR a.text_deleted), 0) AS texts"
                + answersOf(filter, onlyQuestions)
                + " GROUP BY a.question_id, a.option_id, a.number_value")
                .params(filter.params()).query((rs, n) -> sums(rs)).list();
    }

    /**
     * How many responses of a narrowed count answered each of {@code several} (not empty), as
     * {@link #answerSums} narrows them.
     */
    List<PerQuestion> responsesPerQuestion(Narrowed narrowed, boolean onlyNotFolded,
            @Nullable Collection<Long> onlyQuestions, Collection<Long> several) {
        var filter = filter(narrowed, onlyNotFolded);
        return jdbc.sql("SELECT a.question_id, COUNT(DISTINCT a.response_id) AS responses"
                + answersOf(filter, onlyQuestions) + " AND a.question_id IN ("
                + several.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") GROUP BY a.question_id")
                .params(filter.params())
                .query((rs, n) -> new PerQuestion(rs.getLong("question_id"), rs.getLong("responses"))).list();
    }

    private static Sums sums(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Sums(rs.getLong("question_id"), rs.getLong("option_id"), rs.getLong("number_key"),
                rs.getLong("answers"), rs.getLong("rank_sum"), rs.getLong("ranked"), rs.getLong("first_places"),
                rs.getLong("texts"));
    }

    /**
     * Answers to these questions of a survey, over every answer ({@code notCounted} false) or over the responses the
     * results do not count only ({@code notCounted} true), so the second can be taken from the first.
     */
    private String only(boolean notCounted) {
        return notCounted ? " AND a.response_id IN (SELECT r.id FROM survey_response r"
                + " WHERE r.survey_id = :survey AND NOT (" + released.counted("r") + "))" : "";
    }

    /** How many responses answered each of these questions (see {@link #only}). */
    List<PerQuestion> respondents(long surveyId, Collection<Long> questionIds, boolean notCounted) {
        return jdbc.sql("SELECT a.question_id, COUNT(DISTINCT a.response_id) AS responses FROM survey_answer a"
                + " WHERE a.question_id IN (:ids)" + only(notCounted) + " GROUP BY a.question_id")
                .param("ids", questionIds).param("survey", surveyId)
                .query((rs, n) -> new PerQuestion(rs.getLong("question_id"), rs.getLong("responses"))).list();
    }

    /** How many chose each option of these questions (see {@link #only}). */
    List<PerOption> optionAnswers(long surveyId, Collection<Long> questionIds, boolean notCounted) {
        return jdbc.sql("SELECT a.question_id, a.option_id, COUNT(*) AS answers FROM survey_answer a"
                + " WHERE a.question_id IN (:ids) AND a.option_id IS NOT NULL" + only(notCounted)
                + " GROUP BY a.question_id, a.option_id")
                .param("ids", questionIds).param("survey", surveyId)
                .query((rs, n) -> new PerOption(rs.getLong("question_id"), rs.getLong("option_id"),
                        rs.getLong("answers")))
                .list();
    }

    /** How many gave each number to these questions (see {@link #only}). */
    List<PerNumber> numberAnswers(long surveyId, Collection<Long> questionIds, boolean notCounted) {
        return jdbc.sql("SELECT a.question_id, a.number_value, COUNT(*) AS answers FROM survey_answer a"
                + " WHERE a.question_id IN (:ids) AND a.number_value IS NOT NULL" + only(notCounted)
                + " GROUP BY a.question_id, a.number_value")
                .param("ids", questionIds).param("survey", surveyId)
                .query((rs, n) -> new PerNumber(rs.getLong("question_id"), rs.getInt("number_value"),
                        rs.getLong("answers")))
                .list();
    }

    /** How many wrote something for each of these questions (see {@link #only}). */
    List<PerQuestion> textAnswers(long surveyId, Collection<Long> questionIds, boolean notCounted) {
        return jdbc.sql("SELECT a.question_id, COUNT(*) AS texts FROM survey_answer a WHERE a.question_id IN (:ids)"
                + " AND (a.text_value IS NOT NULL OR a.text_deleted)" + only(notCounted) + " GROUP BY a.question_id")
                .param("ids", questionIds).param("survey", surveyId)
                .query((rs, n) -> new PerQuestion(rs.getLong("question_id"), rs.getLong("texts"))).list();
    }

    /** The average place of each option of these ranking questions, over counted responses. */
    List<AverageRank> averageRanks(Collection<Long> questionIds) {
        return jdbc.sql("SELECT a.question_id, a.option_id, AVG(a.rank_value) AS average FROM survey_answer a"
                + " JOIN survey_response r ON r.id = a.response_id AND " + released.counted("r")
                + " WHERE a.question_id IN (:ids) AND a.rank_value IS NOT NULL GROUP BY a.question_id, a.option_id")
                .param("ids", questionIds)
                .query((rs, n) -> new AverageRank(rs.getLong("question_id"), rs.getLong("option_id"),
                        rs.getDouble("average")))
                .list();
    }
}
