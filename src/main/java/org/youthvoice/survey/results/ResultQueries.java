package org.youthvoice.survey.results;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.base.db.AnalysisDatabase;
import org.youthvoice.survey.QuestionKind;

/**
 * The counting behind survey results, done in the database over sent responses only, narrowed by version, group, or
 * one "about you" answer. The counts are the running totals that {@link ResultTally} keeps (per version and group,
 * for everyone and per "about you" answer: a few hundred or thousand rows to sum) plus the sent responses not folded
 * into them yet. Those are counted (and so is everything, when narrowed by an answer to a question that is not an
 * "about you" one) in one grouped pass over the answers that counts
 * every option and number of every question, reading the covering index
 * {@code ix_survey_answer_counts (response_id, question_id, option_id, number_value, rank_value)} (V0052), never the
 * rows themselves. Question and option keys are put back in Java from the survey's few ids, so the pass joins nothing
 * else. A second small query adds how many chose anything in a multiple-choice question.
 */
@Component
public class ResultQueries {

    private final AnalysisDatabase analysis;
    private final JdbcClient jdbc;
    private final Released released;

    public ResultQueries(AnalysisDatabase analysis, Released released) {
        this.analysis = analysis;
        this.jdbc = analysis.jdbc();
        this.released = released;
    }

    /**
     * Counts for one survey, keyed by question key; {@code sent} is every sent response of the survey, counted at the
     * same moment, so a filter's complement ({@code sent - responses}) is exact. Both count only the responses the
     * results may count ({@link Released}); {@code waiting} is how many more of the survey's sent responses will join
     * them.
     */
    public record Counts(long responses, long sent, Map<String, Long> answered, Map<String, Map<String, Long>> options,
            Map<String, Map<String, Double>> averageRank, Map<String, Map<Integer, Long>> numbers,
            Map<String, Long> texts, long waiting) {
    }

    private record Question(String key, QuestionKind kind) {
    }

    /**
     * One cell of a survey's sent responses cross-tabulated by version, group ({@code 0}: no group) and, when asked
     * for, the answer to one question ({@code ""}: none; the option keys chosen, in order, comma-separated).
     */
    public record Cell(String versionKey, long groupId, String about, long responses) {
    }

    /**
     * The sent responses of a survey counted by version, group and the answer to one question (if given): every way
     * a result filter can narrow them. Disclosure control checks a filter against it. For an "about you" question
     * (single choice, with totals of its own) the folded responses come from the running totals: the answers per
     * version, group and option, and the rest of each version and group's responses as "none", so a survey of
     * 100,000 responses is cross-tabulated without visiting each response's answers. The responses not folded yet
     * (few) and every other question are counted from the answers.
     */
    public List<Cell> crossTab(long surveyId, @Nullable String aboutQuestion) {
        return analysis.read(status -> {
            if (aboutQuestion != null) {
                var about = aboutQuestion(surveyId, aboutQuestion);
                if (about.isPresent() && about.get().tallied()) {
                    return crossTabFromTotals(surveyId, aboutQuestion, about.get().id());
                }
            }
            return crossTabCounted(surveyId, aboutQuestion, false);
        });
    }

    /**
     * The same cross-tabulation counted from every response's answers, without the running totals: what
     * {@link #crossTab} must always equal. For tests and checks.
     */
    public List<Cell> crossTabEveryAnswer(long surveyId, @Nullable String aboutQuestion) {
        return analysis.read(status -> crossTabCounted(surveyId, aboutQuestion, false));
    }

    private List<Cell> crossTabFromTotals(long surveyId, String aboutQuestion, long questionId) {
        Map<List<Object>, Long> cells = new java.util.LinkedHashMap<>();
        // Every folded response, per version and group: those not under an option of the question answered "none".
        jdbc.sql("SELECT v.version_key, COALESCE(r.group_id, 0), COUNT(*) FROM survey_response r"
                + " JOIN survey_version v ON v.id = r.version_id"
                + " WHERE r.status = 'SUBMITTED' AND r.tallied = TRUE AND r.survey_id = ? GROUP BY 1, 2")
                .param(surveyId).query((ResultSet rs) -> {
                    cells.merge(List.of(rs.getString(1), rs.getLong(2), ""), rs.getLong(3), Long::sum);
                });
        jdbc.sql("SELECT v.version_key, t.group_key, o.option_key, SUM(t.answers) FROM survey_tally t"
                + " JOIN survey_version v ON v.id = t.version_id JOIN survey_option o ON o.id = t.option_key"
                + " WHERE t.survey_id = ? AND t.about_key = 0 AND t.question_id = ? GROUP BY 1, 2, 3")
                .params(surveyId, questionId).query((ResultSet rs) -> {
                    long answers = rs.getLong(4);
                    cells.merge(List.of(rs.getString(1), rs.getLong(2), rs.getString(3)), answers, Long::sum);
                    cells.merge(List.of(rs.getString(1), rs.getLong(2), ""), -answers, Long::sum);
                });
        if (!released.inGroups()) {
            for (var cell : crossTabCounted(surveyId, aboutQuestion, true)) {
                cells.merge(List.of(cell.versionKey(), cell.groupId(), cell.about()), cell.responses(), Long::sum);
            }
        }
        var list = new ArrayList<Cell>();
        cells.forEach((key, n) -> {
            if (n != 0) {
                list.add(new Cell((String) key.get(0), (Long) key.get(1), (String) key.get(2), n));
            }
        });
        return list;
    }

    /** A question a view is narrowed by; "about you" single-choice ones have running totals of their own. */
    private record AboutQuestion(long id, boolean tallied) {
    }

    private java.util.Optional<AboutQuestion> aboutQuestion(long surveyId, String key) {
        return jdbc.sql("SELECT q.id, q.kind, q.demographic IS NOT NULL FROM survey_question q"
                + " WHERE q.survey_id = ? AND q.question_key = ?").params(surveyId, key)
                .query((rs, n) -> new AboutQuestion(rs.getLong(1), rs.getBoolean(3)
                        && QuestionKind.valueOf(rs.getString(2)).isSingleChoice()))
                .optional();
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

    private List<Cell> crossTabCounted(long surveyId, @Nullable String aboutQuestion, boolean onlyNotFolded) {
        String about = aboutAnswer(aboutQuestion);
        List<Object> params = new ArrayList<>();
        if (aboutQuestion != null) {
            params.add(aboutQuestion);
        }
        params.add(surveyId);
        return jdbc.sql("SELECT v.version_key, COALESCE(r.group_id, 0), " + about
                + ", COUNT(*) FROM survey_response r JOIN survey_version v ON v.id = r.version_id"
                + " WHERE r.survey_id = ? AND " + released.counted("r")
                + (onlyNotFolded ? " AND r.tallied = FALSE" : "") + " GROUP BY 1, 2, 3")
                .params(params)
                .query((rs, n) -> new Cell(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4))).list();
    }

    /**
     * One cell of a survey's answers cross-tabulated by version, group ({@code 0}: no group), the answer to one
     * question ({@code ""}: none, or no question asked for) and the answer given (an option key, or a number on a
     * scale as text, or {@code ""} for how many answered the question at all): how many gave it.
     */
    public record AnswerCell(String versionKey, long groupId, String about, String questionKey, String answerKey,
            long answers) {
    }

    /**
     * The answers of a survey's counted responses, per version, group, answer to one question (if given) and answer
     * given: every view a result filter can reach adds up from these cells, so disclosure control can check a view's
     * answers against the views beside it (design note 0024). For an "about you" question (single choice, with totals
     * of its own), and with none, the folded responses come from the running totals; the rest from the answers.
     */
    public List<AnswerCell> answerCells(long surveyId, @Nullable String aboutQuestion) {
        return analysis.read(status -> answerCellsNow(surveyId, aboutQuestion, true));
    }

    /** The same cells counted from every answer, without the running totals: what {@link #answerCells} must equal. */
    public List<AnswerCell> answerCellsEveryAnswer(long surveyId, @Nullable String aboutQuestion) {
        return analysis.read(status -> answerCellsNow(surveyId, aboutQuestion, false));
    }

    private List<AnswerCell> answerCellsNow(long surveyId, @Nullable String aboutQuestion, boolean useTotals) {
        Map<Long, String> questionKeys = new HashMap<>();
        jdbc.sql("SELECT id, question_key FROM survey_question WHERE survey_id = ?").param(surveyId)
                .query((ResultSet rs) -> {
                    questionKeys.put(rs.getLong(1), rs.getString(2));
                });
        Map<Long, String> optionKeys = new HashMap<>();
        jdbc.sql("SELECT o.id, o.option_key FROM survey_option o JOIN survey_question q ON q.id = o.question_id "
                + "WHERE q.survey_id = ?").param(surveyId)
                .query((ResultSet rs) -> {
                    optionKeys.put(rs.getLong(1), rs.getString(2));
                });
        boolean fromTotals = useTotals;
        List<Long> aboutOptions = new ArrayList<>();
        if (aboutQuestion != null) {
            var about = aboutQuestion(surveyId, aboutQuestion);
            fromTotals = useTotals && about.isPresent() && about.get().tallied();
            if (about.isPresent()) {
                aboutOptions = jdbc.sql("SELECT id FROM survey_option WHERE question_id = ?")
                        .param(about.get().id()).query(Long.class).list();
            }
        }
        Map<List<Object>, Long> cells = new java.util.LinkedHashMap<>();
        if (fromTotals) {
            // Everyone's answers per version and group; with a question, those under each of its options, and the
            // rest ("none") as everyone minus them.
            List<Long> aboutKeys = new ArrayList<>();
            aboutKeys.add(0L);
            if (aboutQuestion != null) {
                aboutKeys.addAll(aboutOptions);
            }
            jdbc.sql("SELECT v.version_key, t.group_key, t.about_key, t.question_id, t.option_key, t.number_key,"
                    + " SUM(t.answers) FROM survey_tally t JOIN survey_version v ON v.id = t.version_id"
                    + " WHERE t.survey_id = :survey AND t.about_key IN (:about) GROUP BY 1, 2, 3, 4, 5, 6")
                    .param("survey", surveyId).param("about", aboutKeys).query((ResultSet rs) -> {
                        String answer = answerKey(optionKeys, rs.getLong(5), rs.getLong(6));
                        String question = questionKeys.get(rs.getLong(4));
                        if (answer == null || question == null) {
                            return;
                        }
                        long about = rs.getLong(3);
                        long n = rs.getLong(7);
                        cells.merge(List.of(rs.getString(1), rs.getLong(2), "", question, answer), about == 0 ? n : -n,
                                Long::sum);
                        if (about != 0) {
                            cells.merge(List.of(rs.getString(1), rs.getLong(2), optionKeys.getOrDefault(about, ""),
                                    question, answer), n, Long::sum);
                        }
                    });
            // How many answered each question (answer key ""), the same way.
            jdbc.sql("SELECT v.version_key, t.group_key, t.about_key, t.question_id, SUM(t.responses)"
                    + " FROM survey_tally_question t JOIN survey_version v ON v.id = t.version_id"
                    + " WHERE t.survey_id = :survey AND t.about_key IN (:about) GROUP BY 1, 2, 3, 4")
                    .param("survey", surveyId).param("about", aboutKeys).query((ResultSet rs) -> {
                        String question = questionKeys.get(rs.getLong(4));
                        if (question == null) {
                            return;
                        }
                        long about = rs.getLong(3);
                        long n = rs.getLong(5);
                        cells.merge(List.of(rs.getString(1), rs.getLong(2), "", question, ""), about == 0 ? n : -n,
                                Long::sum);
                        if (about != 0) {
                            cells.merge(List.of(rs.getString(1), rs.getLong(2), optionKeys.getOrDefault(about, ""),
                                    question, ""), n, Long::sum);
                        }
                    });
        }
        if (!fromTotals || !released.inGroups()) {
            String about = aboutAnswer(aboutQuestion);
            List<Object> params = new ArrayList<>();
            if (aboutQuestion != null) {
                params.add(aboutQuestion);
            }
            params.add(surveyId);
            jdbc.sql("SELECT v.version_key, COALESCE(r.group_id, 0), " + about + ", a.question_id,"
                    + " COALESCE(a.option_id, 0), COALESCE(a.number_value, " + ResultTally.NO_NUMBER + "), COUNT(*)"
                    + " FROM survey_response r JOIN survey_version v ON v.id = r.version_id"
                    + " JOIN survey_answer a ON a.response_id = r.id"
                    + " WHERE r.survey_id = ? AND " + released.counted("r")
                    + (fromTotals ? " AND r.tallied = FALSE" : "") + " GROUP BY 1, 2, 3, 4, 5, 6")
                    .params(params).query((ResultSet rs) -> {
                        String answer = answerKey(optionKeys, rs.getLong(5), rs.getLong(6));
                        String question = questionKeys.get(rs.getLong(4));
                        if (answer != null && question != null) {
                            cells.merge(List.of(rs.getString(1), rs.getLong(2), rs.getString(3), question, answer),
                                    rs.getLong(7), Long::sum);
                        }
                    });
            jdbc.sql("SELECT v.version_key, COALESCE(r.group_id, 0), " + about + ", a.question_id,"
                    + " COUNT(DISTINCT r.id) FROM survey_response r JOIN survey_version v ON v.id = r.version_id"
                    + " JOIN survey_answer a ON a.response_id = r.id"
                    + " WHERE r.survey_id = ? AND " + released.counted("r")
                    + (fromTotals ? " AND r.tallied = FALSE" : "") + " GROUP BY 1, 2, 3, 4")
                    .params(params).query((ResultSet rs) -> {
                        String question = questionKeys.get(rs.getLong(4));
                        if (question != null) {
                            cells.merge(List.of(rs.getString(1), rs.getLong(2), rs.getString(3), question, ""),
                                    rs.getLong(5), Long::sum);
                        }
                    });
        }
        var list = new ArrayList<AnswerCell>();
        cells.forEach((key, n) -> {
            if (n != 0) {
                list.add(new AnswerCell((String) key.get(0), (Long) key.get(1), (String) key.get(2),
                        (String) key.get(3), (String) key.get(4), n));
            }
        });
        return list;
    }

    private static @Nullable String answerKey(Map<Long, String> optionKeys, long option, long number) {
        if (option != 0) {
            return optionKeys.get(option);
        }
        return number == ResultTally.NO_NUMBER ? null : String.valueOf(number);
    }

    /**
     * @param versionKey narrow to one version
     * @param groupId narrow to one group
     * @param aboutQuestion with aboutOption: narrow to those who gave this answer
     */
    public Counts count(long surveyId, @Nullable String versionKey, @Nullable Long groupId,
            @Nullable String aboutQuestion, @Nullable String aboutOption) {
        return count(surveyId, versionKey, groupId, aboutQuestion, aboutOption, null, true);
    }

    /** As above, counting the answers to these questions only (by key) when {@code onlyKeys} is given. */
    public Counts count(long surveyId, @Nullable String versionKey, @Nullable Long groupId,
            @Nullable String aboutQuestion, @Nullable String aboutOption,
            java.util.@Nullable Collection<String> onlyKeys) {
        return count(surveyId, versionKey, groupId, aboutQuestion, aboutOption, onlyKeys, true);
    }

    /**
     * Counts every answer of every matching sent response, without the running totals: what the totals plus the
     * responses not yet folded must always add up to. For tests and checks; the results page uses {@link #count}.
     */
    public Counts countEveryAnswer(long surveyId, @Nullable String versionKey, @Nullable Long groupId,
            @Nullable String aboutQuestion, @Nullable String aboutOption) {
        return count(surveyId, versionKey, groupId, aboutQuestion, aboutOption, null, false);
    }

    private Counts count(long surveyId, @Nullable String versionKey, @Nullable Long groupId,
            @Nullable String aboutQuestion, @Nullable String aboutOption,
            java.util.@Nullable Collection<String> onlyKeys, boolean useTotals) {
        // One read-only transaction: the totals and the responses not folded yet come from one moment.
        return analysis.read(status -> countNow(surveyId, versionKey, groupId, aboutQuestion, aboutOption, onlyKeys,
                useTotals));
    }

    private Counts countNow(long surveyId, @Nullable String versionKey, @Nullable Long groupId,
            @Nullable String aboutQuestion, @Nullable String aboutOption,
            java.util.@Nullable Collection<String> onlyKeys, boolean useTotals) {
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
        var filter = new StringBuilder(" WHERE r.survey_id = ? AND " + released.counted("r"));
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
        long aboutKey = 0;
        boolean aboutTallied = true;
        if (aboutQuestion != null && aboutOption != null) {
            long[] about = jdbc.sql("""
                    SELECT q.id, o.id, q.demographic IS NOT NULL FROM survey_question q
                    JOIN survey_option o ON o.question_id = q.id
                    WHERE q.survey_id = ? AND q.question_key = ? AND o.option_key = ?""")
                    .params(surveyId, aboutQuestion, aboutOption)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                    .optional().orElse(new long[] {-1, -1, 0});
            aboutKey = about[1];
            // Only "about you" (demographic) questions have totals of their own; others are counted in full.
            aboutTallied = about[2] == 1;
            filter.append(" AND EXISTS (SELECT 1 FROM survey_answer d WHERE d.response_id = r.id AND d.question_id = ?"
                    + " AND d.option_id = ?)");
            params.add(about[0]);
            params.add(about[1]);
        }
        String responses = " FROM survey_response r" + filter;
        long total = jdbc.sql("SELECT COUNT(*)" + responses).params(params).query(Long.class).single();
        long sent = versionKey == null && groupId == null && aboutQuestion == null ? total
                : jdbc.sql("SELECT COUNT(*) FROM survey_response r WHERE r.survey_id = ? AND " + released.counted("r"))
                        .param(surveyId).query(Long.class).single();
        long waiting = waiting(surveyId);

        // The running totals (kept per version and group, for everyone and per "about you" answer) hold every folded
        // response; only the few sent since the last fold are counted from their answers.
        boolean fromTotals = useTotals && aboutTallied;
        // Counted in groups, the results are the totals alone: no response outside them is counted.
        boolean onlyTotals = fromTotals && released.inGroups();
        Map<List<Long>, long[]> rows = new HashMap<>();
        Map<Long, Long> responsesPerQuestion = new HashMap<>();
        if (fromTotals) {
            var totalsFilter = new StringBuilder(" WHERE t.survey_id = ? AND t.about_key = ?");
            List<Object> totalsParams = new ArrayList<>();
            totalsParams.add(surveyId);
            totalsParams.add(aboutKey);
            if (versionKey != null) {
                totalsFilter.append(" AND t.version_id = (SELECT v.id FROM survey_version v WHERE v.survey_id = ?"
                        + " AND v.version_key = ?)");
                totalsParams.add(surveyId);
                totalsParams.add(versionKey);
            }
            if (groupId != null) {
                totalsFilter.append(" AND t.group_key = ?");
                totalsParams.add(groupId);
            }
            jdbc.sql("SELECT t.question_id, t.option_key, t.number_key, SUM(t.answers), SUM(t.rank_sum), SUM(t.ranked),"
                    + " SUM(t.first_places), SUM(t.texts) FROM survey_tally t" + totalsFilter
                    + " GROUP BY t.question_id, t.option_key, t.number_key")
                    .params(totalsParams).query((ResultSet rs) -> {
                        add(rows, rs);
                    });
            jdbc.sql("SELECT t.question_id, SUM(t.responses) FROM survey_tally_question t" + totalsFilter
                    + " GROUP BY t.question_id")
                    .params(totalsParams).query((ResultSet rs) -> {
                        responsesPerQuestion.merge(rs.getLong(1), rs.getLong(2), Long::sum);
                    });
            filter.append(" AND r.tallied = FALSE");
        }
        String answers = " FROM survey_response r JOIN survey_answer a ON a.response_id = r.id" + filter
                + (onlyKeys == null ? "" : " AND a.question_id IN (" + (questions.isEmpty() ? "-1"
                        : questions.keySet().stream().map(String::valueOf).collect(Collectors.joining(","))) + ")");
        if (!onlyTotals) {
            jdbc.sql("SELECT a.question_id, COALESCE(a.option_id, 0), COALESCE(a.number_value, " + ResultTally.NO_NUMBER
                    + "), COUNT(*), COALESCE(SUM(a.rank_value), 0), COUNT(a.rank_value), COALESCE(SUM(a.rank_value = 1), 0),"
                    + " COALESCE(SUM(a.text_value IS NOT NULL OR a.text_deleted), 0)" + answers
                    + " GROUP BY a.question_id, a.option_id, a.number_value")
                    .params(params).query((ResultSet rs) -> {
                        add(rows, rs);
                    });
        }
        var several = questions.entrySet().stream().filter(e -> e.getValue().kind() == QuestionKind.MULTIPLE_CHOICE)
                .map(e -> String.valueOf(e.getKey())).collect(Collectors.joining(","));
        if (!several.isEmpty() && !onlyTotals) {
            jdbc.sql("SELECT a.question_id, COUNT(DISTINCT a.response_id)" + answers + " AND a.question_id IN ("
                    + several + ") GROUP BY a.question_id").params(params).query((ResultSet rs) -> {
                        responsesPerQuestion.merge(rs.getLong(1), rs.getLong(2), Long::sum);
                    });
        }

        Map<String, Long> answered = new HashMap<>();
        Map<String, Map<String, Long>> options = new HashMap<>();
        Map<String, Map<String, Double>> ranks = new HashMap<>();
        Map<String, Map<Integer, Long>> numbers = new HashMap<>();
        Map<String, Long> texts = new HashMap<>();
        rows.forEach((key, sums) -> {
            var question = questions.get(key.get(0));
            if (question == null) {
                return;
            }
            long option = key.get(1);
            long number = key.get(2);
            long count = sums[0];
            String questionKey = question.key();
            if (option != 0 && optionKeys.containsKey(option)) {
                String optionKey = optionKeys.get(option);
                options.computeIfAbsent(questionKey, k -> new HashMap<>()).merge(optionKey, count, Long::sum);
                if (sums[2] > 0) {
                    ranks.computeIfAbsent(questionKey, k -> new HashMap<>()).put(optionKey, (double) sums[1] / sums[2]);
                }
            }
            if (number != ResultTally.NO_NUMBER) {
                numbers.computeIfAbsent(questionKey, k -> new HashMap<>()).merge((int) number, count, Long::sum);
            }
            // Who answered: one row per answer for most kinds; one first place per ranking.
            if (question.kind() == QuestionKind.RANKING) {
                answered.merge(questionKey, sums[3], Long::sum);
            } else if (question.kind() != QuestionKind.MULTIPLE_CHOICE) {
                answered.merge(questionKey, count, Long::sum);
            }
            if (question.kind() == QuestionKind.FREE_TEXT && sums[4] > 0) {
                texts.merge(questionKey, sums[4], Long::sum);
            }
        });
        responsesPerQuestion.forEach((id, n) -> {
            var question = questions.get(id);
            if (question != null && question.kind() == QuestionKind.MULTIPLE_CHOICE) {
                answered.put(question.key(), n);
            }
        });
        return new Counts(total, sent, answered, options, ranks, numbers, texts, waiting);
    }

    /** How many of a survey's sent responses are not counted in its results yet (none, unless counted in groups). */
    private long waiting(long surveyId) {
        if (!released.inGroups()) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ? AND status = 'SUBMITTED'"
                + " AND tallied = FALSE").param(surveyId).query(Long.class).single();
    }

    /**
     * Adds one grouped row (question, option or 0, number or {@link ResultTally#NO_NUMBER}, then answers, sum of
     * places, answers with a place, first places and texts) to the sums for its key.
     */
    private static void add(Map<List<Long>, long[]> rows, ResultSet rs) throws java.sql.SQLException {
        var sums = rows.computeIfAbsent(List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)), k -> new long[5]);
        for (int i = 0; i < 5; i++) {
            sums[i] += rs.getLong(4 + i);
        }
    }

    /**
     * Counts for a few questions of one survey over all its sent responses, for pages that show only some questions
     * (evidence per priority). Each count is read from an index led by the question, over every answer, and the
     * answers of responses not yet sent (few: unfinished or being resumed) are counted apart and taken away, so a
     * survey with 100,000 responses is counted without visiting each response.
     */
    public Counts countQuestions(long surveyId, java.util.Collection<String> keys) {
        return analysis.read(status -> countQuestionsNow(surveyId, keys));
    }

    private Counts countQuestionsNow(long surveyId, java.util.Collection<String> keys) {
        long total = jdbc.sql("SELECT COUNT(*) FROM survey_response r WHERE r.survey_id = ? AND " + released.counted("r"))
                .param(surveyId).query(Long.class).single();
        long waiting = waiting(surveyId);
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
            return new Counts(total, total, answered, options, ranks, numbers, texts, waiting);
        }
        var ids = questionKeys.keySet();
        Map<Long, String> optionKeys = new HashMap<>();
        jdbc.sql("SELECT id, option_key FROM survey_option WHERE question_id IN (:ids)").param("ids", ids)
                .query((ResultSet rs) -> {
                    optionKeys.put(rs.getLong(1), rs.getString(2));
                });
        for (long sign : new long[] {1, -1}) {
            String only = sign > 0 ? "" : " AND a.response_id IN (SELECT r.id FROM survey_response r"
                    + " WHERE r.survey_id = :survey AND NOT (" + released.counted("r") + "))";
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
                    + " JOIN survey_response r ON r.id = a.response_id AND " + released.counted("r")
                    + " WHERE a.question_id IN (:ids) AND a.rank_value IS NOT NULL GROUP BY a.question_id, a.option_id")
                    .param("ids", ranking)
                    .query((ResultSet rs) -> {
                        ranks.computeIfAbsent(questionKeys.get(rs.getLong(1)), k -> new HashMap<>())
                                .put(optionKeys.get(rs.getLong(2)), rs.getDouble(3));
                    });
        }
        return new Counts(total, total, answered, options, ranks, numbers, texts, waiting);
    }
}
