package org.youthvoice.survey.internal;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.survey.QuestionKind;

/**
 * The counting behind survey results, done in the database over sent responses only, narrowed by version, group, or
 * one "about you" answer. One grouped pass over the answers counts every option and number of every question: it
 * walks the survey's sent responses and reads their answers from the covering index
 * {@code ix_survey_answer_counts (response_id, question_id, option_id, number_value, rank_value)} (V0052), never the
 * rows themselves. Question and option keys are put back in Java from the survey's few ids, so the pass joins nothing
 * else. Two small queries add what one pass cannot: how many chose anything in a multiple-choice question, and how
 * many wrote free text.
 */
@Component
public class ResultQueries {

    private final JdbcClient jdbc;

    ResultQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts for one survey, keyed by question key. */
    public record Counts(long responses, Map<String, Long> answered, Map<String, Map<String, Long>> options,
            Map<String, Map<String, Double>> averageRank, Map<String, Map<Integer, Long>> numbers,
            Map<String, Long> texts) {
    }

    private record Question(String key, QuestionKind kind) {
    }

    /**
     * @param versionKey narrow to one version
     * @param groupId narrow to one group
     * @param aboutQuestion with aboutOption: narrow to those who gave this answer
     */
    public Counts count(long surveyId, @Nullable String versionKey, @Nullable Long groupId,
            @Nullable String aboutQuestion, @Nullable String aboutOption) {
        return count(surveyId, versionKey, groupId, aboutQuestion, aboutOption, null);
    }

    /** As above, counting the answers to these questions only (by key) when {@code onlyKeys} is given. */
    public Counts count(long surveyId, @Nullable String versionKey, @Nullable Long groupId,
            @Nullable String aboutQuestion, @Nullable String aboutOption,
            java.util.@Nullable Collection<String> onlyKeys) {
        Map<Long, Question> questions = new HashMap<>();
        jdbc.sql("SELECT id, question_key, kind FROM survey_question WHERE survey_id = ?").param(surveyId)
                .query((ResultSet rs) -> {
                    questions.put(rs.getLong(1), new Question(rs.getString(2), QuestionKind.valueOf(rs.getString(3))));
                });
        Map<Long, String> optionKeys = new HashMap<>();
        jdbc.sql("SELECT o.id, o.option_key FROM survey_option o JOIN survey_question q ON q.id = o.question_id "
                + "WHERE q.survey_id = ?").param(surveyId)
                .query((ResultSet rs) -> {
                    optionKeys.put(rs.getLong(1), rs.getString(2));
                });

        if (onlyKeys != null) {
            questions.values().removeIf(q -> !onlyKeys.contains(q.key()));
        }
        var where = new StringBuilder(" FROM survey_response r");
        var join = new StringBuilder();
        var filter = new StringBuilder(" WHERE r.survey_id = ? AND r.status = 'SUBMITTED'");
        List<Object> params = new ArrayList<>();
        params.add(surveyId);
        if (versionKey != null) {
            filter.append(" AND r.version_id = (SELECT v.id FROM survey_version v WHERE v.survey_id = ? AND v.version_key = ?)");
            params.add(surveyId);
            params.add(versionKey);
        }
        if (groupId != null) {
            filter.append(" AND r.group_id = ?");
            params.add(groupId);
        }
        if (aboutQuestion != null && aboutOption != null) {
            long[] about = jdbc.sql("""
                    SELECT q.id, o.id FROM survey_question q JOIN survey_option o ON o.question_id = q.id
                    WHERE q.survey_id = ? AND q.question_key = ? AND o.option_key = ?""")
                    .params(surveyId, aboutQuestion, aboutOption).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .optional().orElse(new long[] {-1, -1});
            filter.append(" AND EXISTS (SELECT 1 FROM survey_answer d WHERE d.response_id = r.id AND d.question_id = ?"
                    + " AND d.option_id = ?)");
            params.add(about[0]);
            params.add(about[1]);
        }
        String responses = where.toString() + join + filter;
        long total = jdbc.sql("SELECT COUNT(*)" + responses).params(params).query(Long.class).single();

        Map<String, Long> answered = new HashMap<>();
        Map<String, Map<String, Long>> options = new HashMap<>();
        Map<String, Map<String, Double>> ranks = new HashMap<>();
        Map<String, Map<Integer, Long>> numbers = new HashMap<>();
        String answers = " FROM survey_response r JOIN survey_answer a ON a.response_id = r.id" + join + filter
                + (onlyKeys == null ? "" : " AND a.question_id IN (" + (questions.isEmpty() ? "-1"
                        : questions.keySet().stream().map(String::valueOf).collect(Collectors.joining(","))) + ")");
        jdbc.sql("SELECT a.question_id, a.option_id, a.number_value, COUNT(*), AVG(a.rank_value), "
                + "SUM(a.rank_value = 1)" + answers + " GROUP BY a.question_id, a.option_id, a.number_value")
                .params(params).query((ResultSet rs) -> {
                    var question = questions.get(rs.getLong(1));
                    if (question == null) {
                        return;
                    }
                    long count = rs.getLong(4);
                    long option = rs.getLong(2);
                    boolean hasOption = !rs.wasNull();
                    int number = rs.getInt(3);
                    boolean hasNumber = !rs.wasNull();
                    String key = question.key();
                    if (hasOption && optionKeys.containsKey(option)) {
                        String optionKey = optionKeys.get(option);
                        options.computeIfAbsent(key, k -> new HashMap<>()).merge(optionKey, count, Long::sum);
                        double rank = rs.getDouble(5);
                        if (!rs.wasNull()) {
                            ranks.computeIfAbsent(key, k -> new HashMap<>()).put(optionKey, rank);
                        }
                    }
                    if (hasNumber) {
                        numbers.computeIfAbsent(key, k -> new HashMap<>()).merge(number, count, Long::sum);
                    }
                    // Who answered: one row per answer for most kinds; one first place per ranking.
                    if (question.kind() == QuestionKind.RANKING) {
                        answered.merge(key, rs.getLong(6), Long::sum);
                    } else if (question.kind() != QuestionKind.MULTIPLE_CHOICE) {
                        answered.merge(key, count, Long::sum);
                    }
                });
        var several = questions.entrySet().stream().filter(e -> e.getValue().kind() == QuestionKind.MULTIPLE_CHOICE)
                .map(e -> String.valueOf(e.getKey())).collect(Collectors.joining(","));
        if (!several.isEmpty()) {
            jdbc.sql("SELECT a.question_id, COUNT(DISTINCT a.response_id)" + answers + " AND a.question_id IN ("
                    + several + ") GROUP BY a.question_id").params(params).query((ResultSet rs) -> {
                        answered.put(questions.get(rs.getLong(1)).key(), rs.getLong(2));
                    });
        }
        Map<String, Long> texts = new HashMap<>();
        var free = questions.entrySet().stream().filter(e -> e.getValue().kind() == QuestionKind.FREE_TEXT)
                .map(e -> String.valueOf(e.getKey())).collect(Collectors.joining(","));
        if (!free.isEmpty()) {
            jdbc.sql("SELECT a.question_id, COUNT(*)" + answers + " AND a.question_id IN (" + free
                    + ") AND (a.text_value IS NOT NULL OR a.text_deleted) GROUP BY a.question_id")
                    .params(params).query((ResultSet rs) -> {
                        texts.put(questions.get(rs.getLong(1)).key(), rs.getLong(2));
                    });
        }
        return new Counts(total, answered, options, ranks, numbers, texts);
    }

    /**
     * Counts for a few questions of one survey over all its sent responses, for pages that show only some questions
     * (evidence per priority). Each count is read from an index led by the question, over every answer, and the
     * answers of responses not yet sent (few: unfinished or being resumed) are counted apart and taken away, so a
     * survey with 100,000 responses is counted without visiting each response.
     */
    public Counts countQuestions(long surveyId, java.util.Collection<String> keys) {
        long total = jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ? AND status = 'SUBMITTED'")
                .param(surveyId).query(Long.class).single();
        Map<Long, String> questionKeys = new HashMap<>();
        List<Long> ranking = new ArrayList<>();
        List<Long> freeText = new ArrayList<>();
        // One answer row per response: those who answered are the sum of the answers, no distinct count needed.
        List<Long> several = new ArrayList<>();
        if (!keys.isEmpty()) {
            jdbc.sql("SELECT id, question_key, kind FROM survey_question WHERE survey_id = :survey AND question_key IN (:keys)")
                    .param("survey", surveyId).param("keys", keys)
                    .query((ResultSet rs) -> {
                        questionKeys.put(rs.getLong(1), rs.getString(2));
                        var kind = org.youthvoice.survey.QuestionKind.valueOf(rs.getString(3));
                        if (!kind.isSingleChoice() && kind != org.youthvoice.survey.QuestionKind.SCALE_0_10) {
                            several.add(rs.getLong(1));
                        }
                        if ("RANKING".equals(rs.getString(3))) {
                            ranking.add(rs.getLong(1));
                        } else if ("FREE_TEXT".equals(rs.getString(3))) {
                            freeText.add(rs.getLong(1));
                        }
                    });
        }
        Map<String, Long> answered = new HashMap<>();
        Map<String, Map<String, Long>> options = new HashMap<>();
        Map<String, Map<String, Double>> ranks = new HashMap<>();
        Map<String, Map<Integer, Long>> numbers = new HashMap<>();
        Map<String, Long> texts = new HashMap<>();
        if (questionKeys.isEmpty()) {
            return new Counts(total, answered, options, ranks, numbers, texts);
        }
        var ids = questionKeys.keySet();
        Map<Long, String> optionKeys = new HashMap<>();
        jdbc.sql("SELECT id, option_key FROM survey_option WHERE question_id IN (:ids)").param("ids", ids)
                .query((ResultSet rs) -> {
                    optionKeys.put(rs.getLong(1), rs.getString(2));
                });
        for (long sign : new long[] {1, -1}) {
            String only = sign > 0 ? "" : " AND a.response_id IN (SELECT r.id FROM survey_response r"
                    + " WHERE r.survey_id = :survey AND r.status <> 'SUBMITTED')";
            if (!several.isEmpty()) {
                jdbc.sql("SELECT a.question_id, COUNT(DISTINCT a.response_id) FROM survey_answer a"
                        + " WHERE a.question_id IN (:ids)" + only + " GROUP BY a.question_id")
                        .param("ids", several).param("survey", surveyId)
                        .query((ResultSet rs) -> {
                            answered.merge(questionKeys.get(rs.getLong(1)), sign * rs.getLong(2), Long::sum);
                        });
            }
            jdbc.sql("SELECT a.question_id, a.option_id, COUNT(*) FROM survey_answer a"
                    + " WHERE a.question_id IN (:ids) AND a.option_id IS NOT NULL" + only
                    + " GROUP BY a.question_id, a.option_id")
                    .param("ids", ids).param("survey", surveyId)
                    .query((ResultSet rs) -> {
                        options.computeIfAbsent(questionKeys.get(rs.getLong(1)), k -> new HashMap<>())
                                .merge(optionKeys.get(rs.getLong(2)), sign * rs.getLong(3), Long::sum);
                    });
            jdbc.sql("SELECT a.question_id, a.number_value, COUNT(*) FROM survey_answer a"
                    + " WHERE a.question_id IN (:ids) AND a.number_value IS NOT NULL" + only
                    + " GROUP BY a.question_id, a.number_value")
                    .param("ids", ids).param("survey", surveyId)
                    .query((ResultSet rs) -> {
                        numbers.computeIfAbsent(questionKeys.get(rs.getLong(1)), k -> new HashMap<>())
                                .merge(rs.getInt(2), sign * rs.getLong(3), Long::sum);
                    });
            if (!freeText.isEmpty()) {
                jdbc.sql("SELECT a.question_id, COUNT(*) FROM survey_answer a WHERE a.question_id IN (:ids)"
                        + " AND (a.text_value IS NOT NULL OR a.text_deleted)" + only + " GROUP BY a.question_id")
                        .param("ids", freeText).param("survey", surveyId)
                        .query((ResultSet rs) -> {
                            texts.merge(questionKeys.get(rs.getLong(1)), sign * rs.getLong(2), Long::sum);
                        });
            }
        }
        questionKeys.forEach((id, key) -> {
            if (!several.contains(id)) {
                long sum = options.getOrDefault(key, Map.of()).values().stream().mapToLong(Long::longValue).sum()
                        + numbers.getOrDefault(key, Map.of()).values().stream().mapToLong(Long::longValue).sum();
                if (sum > 0) {
                    answered.put(key, sum);
                }
            }
        });
        if (!ranking.isEmpty()) {
            // Average places need the rows themselves: only ranking questions, over sent responses.
            jdbc.sql("SELECT a.question_id, a.option_id, AVG(a.rank_value) FROM survey_answer a"
                    + " JOIN survey_response r ON r.id = a.response_id AND r.status = 'SUBMITTED'"
                    + " WHERE a.question_id IN (:ids) AND a.rank_value IS NOT NULL GROUP BY a.question_id, a.option_id")
                    .param("ids", ranking)
                    .query((ResultSet rs) -> {
                        ranks.computeIfAbsent(questionKeys.get(rs.getLong(1)), k -> new HashMap<>())
                                .put(optionKeys.get(rs.getLong(2)), rs.getDouble(3));
                    });
        }
        return new Counts(total, answered, options, ranks, numbers, texts);
    }
}
