package org.youthvoice.survey.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
 * else. A second small query adds how many chose anything in a multiple-choice question. The queries themselves are
 * in {@link SurveyResultStore}; this class puts their rows together.
 */
@Component
public class ResultQueries {

    private final AnalysisDatabase analysis;
    private final SurveyResultStore store;
    private final Released released;

    ResultQueries(AnalysisDatabase analysis, SurveyResultStore store, Released released) {
        this.analysis = analysis;
        this.store = store;
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
                var about = store.aboutQuestion(surveyId, aboutQuestion);
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
        for (var folded : store.foldedPerVersionAndGroup(surveyId)) {
            cells.merge(List.of(folded.versionKey(), folded.groupId(), ""), folded.responses(), Long::sum);
        }
        for (var tally : store.tallyPerOption(surveyId, questionId)) {
            long answers = tally.answers();
            cells.merge(List.of(tally.versionKey(), tally.groupId(), tally.optionKey()), answers, Long::sum);
            cells.merge(List.of(tally.versionKey(), tally.groupId(), ""), -answers, Long::sum);
        }
        if (!released.inGroups()) {
            for (var cell : store.crossTab(surveyId, aboutQuestion, true)) {
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

    private List<Cell> crossTabCounted(long surveyId, @Nullable String aboutQuestion, boolean onlyNotFolded) {
        return store.crossTab(surveyId, aboutQuestion, onlyNotFolded);
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
        store.questions(surveyId).forEach(q -> questionKeys.put(q.id(), q.key()));
        Map<Long, String> optionKeys = store.optionKeys(surveyId);
        boolean fromTotals = useTotals;
        List<Long> aboutOptions = new ArrayList<>();
        if (aboutQuestion != null) {
            var about = store.aboutQuestion(surveyId, aboutQuestion);
            fromTotals = useTotals && about.isPresent() && about.get().tallied();
            if (about.isPresent()) {
                aboutOptions = store.optionIds(about.get().id());
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
            for (var row : store.tallyAnswers(surveyId, aboutKeys)) {
                String answer = answerKey(optionKeys, row.optionId(), row.number());
                String question = questionKeys.get(row.questionId());
                if (answer == null || question == null) {
                    continue;
                }
                long about = row.aboutKey();
                long n = row.answers();
                cells.merge(List.of(row.versionKey(), row.groupId(), "", question, answer), about == 0 ? n : -n,
                        Long::sum);
                if (about != 0) {
                    cells.merge(List.of(row.versionKey(), row.groupId(), optionKeys.getOrDefault(about, ""),
                            question, answer), n, Long::sum);
                }
            }
            // How many answered each question (answer key ""), the same way.
            for (var row : store.tallyResponses(surveyId, aboutKeys)) {
                String question = questionKeys.get(row.questionId());
                if (question == null) {
                    continue;
                }
                long about = row.aboutKey();
                long n = row.responses();
                cells.merge(List.of(row.versionKey(), row.groupId(), "", question, ""), about == 0 ? n : -n,
                        Long::sum);
                if (about != 0) {
                    cells.merge(List.of(row.versionKey(), row.groupId(), optionKeys.getOrDefault(about, ""),
                            question, ""), n, Long::sum);
                }
            }
        }
        if (!fromTotals || !released.inGroups()) {
            for (var row : store.countedAnswers(surveyId, aboutQuestion, fromTotals)) {
                String answer = answerKey(optionKeys, row.optionId(), row.number());
                String question = questionKeys.get(row.questionId());
                if (answer != null && question != null) {
                    cells.merge(List.of(row.versionKey(), row.groupId(), row.about(), question, answer),
                            row.answers(), Long::sum);
                }
            }
            for (var row : store.countedResponses(surveyId, aboutQuestion, fromTotals)) {
                String question = questionKeys.get(row.questionId());
                if (question != null) {
                    cells.merge(List.of(row.versionKey(), row.groupId(), row.about(), question, ""),
                            row.responses(), Long::sum);
                }
            }
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
        store.questions(surveyId).forEach(q -> questions.put(q.id(), new Question(q.key(), q.kind())));
        Map<Long, String> optionKeys = store.optionKeys(surveyId);

        if (onlyKeys != null) {
            questions.values().removeIf(q -> !onlyKeys.contains(q.key()));
        }
        long aboutKey = 0;
        boolean aboutTallied = true;
        SurveyResultStore.AboutOption about = null;
        if (aboutQuestion != null && aboutOption != null) {
            about = store.aboutOption(surveyId, aboutQuestion, aboutOption).orElse(SurveyResultStore.AboutOption.NONE);
            aboutKey = about.optionId();
            // Only "about you" (demographic) questions have totals of their own; others are counted in full.
            aboutTallied = about.tallied();
        }
        var narrowed = new SurveyResultStore.Narrowed(surveyId, versionKey, groupId, about);
        long total = store.responses(narrowed);
        long sent = versionKey == null && groupId == null && aboutQuestion == null ? total : store.counted(surveyId);
        long waiting = waiting(surveyId);

        // The running totals (kept per version and group, for everyone and per "about you" answer) hold every folded
        // response; only the few sent since the last fold are counted from their answers.
        boolean fromTotals = useTotals && aboutTallied;
        // Counted in groups, the results are the totals alone: no response outside them is counted.
        boolean onlyTotals = fromTotals && released.inGroups();
        Map<List<Long>, long[]> rows = new HashMap<>();
        Map<Long, Long> responsesPerQuestion = new HashMap<>();
        if (fromTotals) {
            store.tallySums(narrowed, aboutKey).forEach(sums -> add(rows, sums));
            for (var row : store.tallyResponsesPerQuestion(narrowed, aboutKey)) {
                responsesPerQuestion.merge(row.questionId(), row.count(), Long::sum);
            }
        }
        java.util.Collection<Long> onlyQuestions = onlyKeys == null ? null : questions.keySet();
        if (!onlyTotals) {
            store.answerSums(narrowed, fromTotals, onlyQuestions).forEach(sums -> add(rows, sums));
        }
        var several = questions.entrySet().stream().filter(e -> e.getValue().kind() == QuestionKind.MULTIPLE_CHOICE)
                .map(Map.Entry::getKey).toList();
        if (!several.isEmpty() && !onlyTotals) {
            for (var row : store.responsesPerQuestion(narrowed, fromTotals, onlyQuestions, several)) {
                responsesPerQuestion.merge(row.questionId(), row.count(), Long::sum);
            }
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
        return store.notFolded(surveyId);
    }

    /**
     * Adds one grouped row (question, option or 0, number or {@link ResultTally#NO_NUMBER}, then answers, sum of
     * places, answers with a place, first places and texts) to the sums for its key.
     */
    private static void add(Map<List<Long>, long[]> rows, SurveyResultStore.Sums row) {
        var sums = rows.computeIfAbsent(List.of(row.questionId(), row.optionId(), row.number()), k -> new long[5]);
        sums[0] += row.answers();
        sums[1] += row.rankSum();
        sums[2] += row.ranked();
        sums[3] += row.firstPlaces();
        sums[4] += row.texts();
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
        long total = store.counted(surveyId);
        long waiting = waiting(surveyId);
        Map<Long, String> questionKeys = new HashMap<>();
        List<Long> ranking = new ArrayList<>();
        List<Long> freeText = new ArrayList<>();
        // One answer row per response: those who answered are the sum of the answers, no distinct count needed.
        List<Long> several = new ArrayList<>();
        if (!keys.isEmpty()) {
            for (var q : store.questions(surveyId, keys)) {
                questionKeys.put(q.id(), q.key());
                if (!q.kind().isSingleChoice() && q.kind() != QuestionKind.SCALE_0_10) {
                    several.add(q.id());
                }
                if (q.kind() == QuestionKind.RANKING) {
                    ranking.add(q.id());
                } else if (q.kind() == QuestionKind.FREE_TEXT) {
                    freeText.add(q.id());
                }
            }
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
        Map<Long, String> optionKeys = store.optionKeysOf(ids);
        for (long sign : new long[] {1, -1}) {
            boolean notCounted = sign < 0;
            if (!several.isEmpty()) {
                for (var row : store.respondents(surveyId, several, notCounted)) {
                    answered.merge(questionKeys.get(row.questionId()), sign * row.count(), Long::sum);
                }
            }
            for (var row : store.optionAnswers(surveyId, ids, notCounted)) {
                options.computeIfAbsent(questionKeys.get(row.questionId()), k -> new HashMap<>())
                        .merge(optionKeys.get(row.optionId()), sign * row.count(), Long::sum);
            }
            for (var row : store.numberAnswers(surveyId, ids, notCounted)) {
                numbers.computeIfAbsent(questionKeys.get(row.questionId()), k -> new HashMap<>())
                        .merge(row.number(), sign * row.count(), Long::sum);
            }
            if (!freeText.isEmpty()) {
                for (var row : store.textAnswers(surveyId, freeText, notCounted)) {
                    texts.merge(questionKeys.get(row.questionId()), sign * row.count(), Long::sum);
                }
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
            for (var row : store.averageRanks(ranking)) {
                ranks.computeIfAbsent(questionKeys.get(row.questionId()), k -> new HashMap<>())
                        .put(optionKeys.get(row.optionId()), row.average());
            }
        }
        return new Counts(total, total, answered, options, ranks, numbers, texts, waiting);
    }
}
