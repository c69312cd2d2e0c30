package org.youthvoice.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.DisclosureControl;
import org.youthvoice.base.ShownCount;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.internal.ResultQueries;

/**
 * Which answers a narrowed view of survey results hides, decided with every view beside it (design note 0024).
 * Narrowed by version, group or an "about you" answer, a view's answer counts add up, with those of the other
 * versions, groups or answers, to the wider view's: "everyone" minus the young people of one version gives the
 * other version's count of each answer. So a view's answers are hidden as one table with its neighbours and with the
 * wider view as its margins ({@link DisclosureControl#linked}): where a wider view shows an answer's count, what the
 * narrower views hide of it adds up to nothing or to at least the threshold, and so does what each narrower view
 * hides of its own answers. Views that cannot be opened (too small, or "no group") count as hidden.
 *
 * <p>Every view's hidden answers are decided the same way whichever view is asked for: the views narrowed one way
 * are decided against "everyone" (as it is shown on its own, with the answers it puts together); those narrowed two
 * ways against the one-way views; three ways against the two-way ones. Each view therefore always shows the same,
 * and the sums shown across them never give a count from 1 to the threshold minus one.
 */
final class LinkedResults {

    /** The kinds of choice a view narrows by: version, group, answer to the filter's question. */
    private static final int KINDS = 3;

    private final DisclosureControl disclosure;
    private final List<QuestionDefinition> questions;
    /** Answers per row at the finest level (version, group, about), per question key and answer key. */
    private final Map<List<Object>, Map<String, Map<String, Long>>> answers = new HashMap<>();
    /** Respondents per row at the finest level. */
    private final Map<List<Object>, Long> respondents = new LinkedHashMap<>();
    private final long sent;
    /** Per question, per set of kinds (bit mask), the hidden answers of each row (the last: how many answered). */
    private final Map<String, Map<Integer, Map<List<Object>, boolean[]>>> patterns = new HashMap<>();
    /** Per question, the answers "everyone" shows put together: the run each hidden answer is in. */
    private final Map<String, Map<Integer, Integer>> levelZeroRuns = new HashMap<>();
    private final Map<Integer, Map<List<Object>, Long>> respondentTables = new HashMap<>();
    private final Map<Integer, Map<List<Object>, Boolean>> opens = new HashMap<>();
    private final Map<Integer, Map<List<Object>, Map<String, long[]>>> rowsByMask = new HashMap<>();

    LinkedResults(DisclosureControl disclosure, List<QuestionDefinition> questions,
            List<ResultQueries.AnswerCell> answerCells, List<ResultQueries.Cell> crossTab) {
        this.disclosure = disclosure;
        this.questions = questions;
        long all = 0;
        for (var cell : crossTab) {
            respondents.merge(row(cell.versionKey(), cell.groupId(), cell.about()), cell.responses(), Long::sum);
            all += cell.responses();
        }
        this.sent = all;
        for (var cell : answerCells) {
            answers.computeIfAbsent(row(cell.versionKey(), cell.groupId(), cell.about()), k -> new HashMap<>())
                    .computeIfAbsent(cell.questionKey(), k -> new HashMap<>())
                    .merge(cell.answerKey(), cell.answers(), Long::sum);
        }
    }

    private static List<Object> row(@Nullable Object version, @Nullable Object group, @Nullable Object about) {
        return Arrays.asList(version, group, about);
    }

    /** The answer keys of a question whose answers are counted, in order (0 to 10 for a scale). */
    static List<String> answerKeys(QuestionDefinition q) {
        if (q.kind() == QuestionKind.SCALE_0_10) {
            return java.util.stream.IntStream.rangeClosed(0, 10).mapToObj(String::valueOf).toList();
        }
        return q.options().stream().map(SurveyDefinition.OptionDefinition::key).toList();
    }

    /** Whether a question's answers add up to those who answered it (one answer each). */
    static boolean oneAnswerEach(QuestionDefinition q) {
        return q.kind().isSingleChoice() || q.kind() == QuestionKind.SCALE_0_10;
    }

    /**
     * The hidden answers of one view, per question key: for each answer key in order, then how many answered
     * (for a question with one answer each). Null for a view this cannot decide (narrowed by a question where several
     * answers may be chosen: the strict rule alone holds there).
     */
    @Nullable
    Map<String, boolean[]> hiddenFor(@Nullable String versionKey, @Nullable Long groupId, @Nullable String about) {
        if (respondents.keySet().stream().anyMatch(r -> String.valueOf(r.get(2)).contains(","))) {
            return null;
        }
        int mask = (versionKey != null ? 1 : 0) | (groupId != null ? 2 : 0) | (about != null ? 4 : 0);
        var asked = row(versionKey, groupId, about);
        var result = new HashMap<String, boolean[]>();
        for (var q : questions) {
            if (answerKeys(q).isEmpty()) {
                continue;
            }
            var pattern = pattern(q, mask).get(asked);
            result.put(q.key(), pattern != null ? pattern : new boolean[answerKeys(q).size() + 1]);
        }
        return result;
    }

    private static List<Object> marginal(List<Object> finest, int mask) {
        var row = new ArrayList<Object>(KINDS);
        for (int k = 0; k < KINDS; k++) {
            row.add((mask & (1 << k)) != 0 ? finest.get(k) : null);
        }
        return row;
    }

    private static List<Object> without(List<Object> row, int kind) {
        var less = new ArrayList<>(row);
        less.set(kind, null);
        return less;
    }

    /** The rows of a set of kinds, with their answers to a question (answer keys in order). */
    private Map<List<Object>, long[]> rows(QuestionDefinition q, int mask) {
        var byRow = rowsByMask.computeIfAbsent(mask, m -> {
            Map<List<Object>, Map<String, long[]>> all = new LinkedHashMap<>();
            for (var finest : respondents.keySet()) {
                all.computeIfAbsent(marginal(finest, m), r -> new HashMap<>());
            }
            answers.forEach((finest, byQuestion) -> {
                var row = all.computeIfAbsent(marginal(finest, m), r -> new HashMap<>());
                for (var question : questions) {
                    var given = byQuestion.get(question.key());
                    if (given == null) {
                        continue;
                    }
                    var keys = answerKeys(question);
                    var counts = row.computeIfAbsent(question.key(), k -> new long[keys.size()]);
                    given.forEach((answer, n) -> {
                        int at = keys.indexOf(answer);
                        if (at >= 0) {
                            counts[at] += n;
                        }
                    });
                }
            });
            return all;
        });
        int size = answerKeys(q).size();
        Map<List<Object>, long[]> rows = new LinkedHashMap<>();
        byRow.forEach((row, byQuestion) -> rows.put(row, byQuestion.getOrDefault(q.key(), new long[size])));
        return rows;
    }

    /** Respondents per row of a set of kinds: the cross-tabulation the results page checks a filter against. */
    private Map<List<Object>, Long> respondentTable(int mask) {
        return respondentTables.computeIfAbsent(mask, m -> {
            Map<List<Object>, Long> table = new LinkedHashMap<>();
            respondents.forEach((finest, n) -> table.merge(marginal(finest, m), n, Long::sum));
            return table;
        });
    }

    /** Whether a person can open this view at all: as the results page's own check decides it. */
    private boolean viewable(List<Object> row, int mask) {
        if (mask == 0) {
            return true;
        }
        if (Long.valueOf(0).equals(row.get(1)) || "".equals(row.get(2))) {
            return false; // "no group" and "no answer" are not a choice on the page
        }
        return opens.computeIfAbsent(mask, m -> new HashMap<>()).computeIfAbsent(row, r -> {
            var table = respondentTable(mask);
            long in = table.getOrDefault(r, 0L);
            if (disclosure.tooFewToShow(in) || disclosure.tooFewToShow(sent - in)) {
                return false;
            }
            if (Integer.bitCount(mask) > 1) {
                return disclosure.everyCellShowable(table.values());
            }
            return disclosure.mayNarrow(table, 1, true, r);
        });
    }

    private Map<List<Object>, boolean[]> pattern(QuestionDefinition q, int mask) {
        var byMask = patterns.computeIfAbsent(q.key(), k -> new HashMap<>());
        var known = byMask.get(mask);
        if (known != null) {
            return known;
        }
        var decided = mask == 0 ? everyone(q) : narrowed(q, mask);
        byMask.put(mask, decided);
        return decided;
    }

    /** "Everyone", as the results page shows it on its own; the answers it shows put together are kept as runs. */
    private Map<List<Object>, boolean[]> everyone(QuestionDefinition q) {
        var rows = rows(q, 0);
        var row = row(null, null, null);
        long[] raw = rows.getOrDefault(row, new long[answerKeys(q).size()]);
        var rawList = Arrays.stream(raw).boxed().toList();
        boolean[] hidden = new boolean[raw.length + 1];
        var runs = new LinkedHashMap<Integer, Integer>();
        if (oneAnswerEach(q)) {
            long answered = Arrays.stream(raw).sum();
            var shown = disclosure.breakdown(rawList);
            for (int i = 0; i < raw.length; i++) {
                hidden[i] = shown.get(i).suppressed();
            }
            hidden[raw.length] = disclosure.tooFewToShow(answered);
            if (!hidden[raw.length] && shown.stream().anyMatch(ShownCount::suppressed)) {
                int run = 0;
                for (var group : disclosure.groupsOfHidden(rawList, shown)) {
                    for (int i : group) {
                        runs.put(i, run);
                    }
                    run++;
                }
            }
        } else {
            var shown = disclosure.each(rawList);
            for (int i = 0; i < raw.length; i++) {
                hidden[i] = shown.get(i).suppressed();
            }
        }
        levelZeroRuns.put(q.key(), runs);
        var result = new HashMap<List<Object>, boolean[]>();
        result.put(row, hidden);
        return result;
    }

    private Map<List<Object>, boolean[]> narrowed(QuestionDefinition q, int mask) {
        int k = answerKeys(q).size();
        boolean single = oneAnswerEach(q);
        var rows = rows(q, mask);
        var rowList = new ArrayList<>(rows.keySet());
        // Cells: each row's answers and how many answered, then the wider views' the same way.
        var values = new ArrayList<Long>();
        var fixed = new ArrayList<Boolean>();
        var hidden = new ArrayList<Boolean>();
        Map<List<Object>, Integer> at = new HashMap<>();
        for (var row : rowList) {
            long[] raw = rows.get(row);
            at.put(row, values.size());
            boolean open = viewable(row, mask);
            long answered = Arrays.stream(raw).sum();
            boolean[] start = new boolean[k + 1];
            if (open) {
                var rawList = Arrays.stream(raw).boxed().toList();
                boolean answeredHidden = single && disclosure.tooFewToShow(answered);
                var shown = single ? disclosure.breakdown(rawList, answeredHidden) : disclosure.each(rawList);
                for (int i = 0; i < k; i++) {
                    start[i] = shown.get(i).suppressed();
                }
                start[k] = answeredHidden;
            } else {
                Arrays.fill(start, true);
            }
            for (int i = 0; i <= k; i++) {
                values.add(i < k ? raw[i] : single ? answered : 0);
                // A view nobody can open is hidden whole; how many answered a question with several answers each
                // is not part of these sums.
                fixed.add(!open || (i == k && !single));
                hidden.add(start[i]);
            }
        }
        var lines = new ArrayList<DisclosureControl.Line>();
        if (single) {
            for (var row : rowList) {
                int base = at.get(row);
                lines.add(new DisclosureControl.Line(base + k, range(base, k), true));
            }
        }
        for (int kind = 0; kind < KINDS; kind++) {
            if ((mask & (1 << kind)) == 0) {
                continue;
            }
            int wider = mask & ~(1 << kind);
            var widerRows = rows(q, wider);
            var widerPattern = pattern(q, wider);
            Map<List<Object>, List<List<Object>>> children = new LinkedHashMap<>();
            for (var row : rowList) {
                children.computeIfAbsent(without(row, kind), p -> new ArrayList<>()).add(row);
            }
            for (var entry : children.entrySet()) {
                var parent = entry.getKey();
                long[] raw = widerRows.getOrDefault(parent, new long[k]);
                boolean[] parentHidden = widerPattern.getOrDefault(parent, allHidden(k));
                int base = values.size();
                for (int i = 0; i <= k; i++) {
                    values.add(i < k ? raw[i] : Arrays.stream(raw).sum());
                    fixed.add(true);
                    hidden.add(parentHidden[i] || (i == k && !single));
                }
                for (int i = 0; i <= k; i++) {
                    if (i == k && !single) {
                        continue;
                    }
                    int column = i;
                    int[] members = entry.getValue().stream().mapToInt(r -> at.get(r) + column).toArray();
                    lines.add(new DisclosureControl.Line(base + i, members, false));
                }
                if (wider == 0) {
                    // "Everyone" shows its hidden answers put together: each run is a sum shown too.
                    var runs = levelZeroRuns.getOrDefault(q.key(), Map.of());
                    var byRun = new LinkedHashMap<Integer, List<Integer>>();
                    runs.forEach((column, run) -> byRun.computeIfAbsent(run, r -> new ArrayList<>())
                            .add(column));
                    for (var columns : byRun.values()) {
                        int[] members = entry.getValue().stream().flatMapToInt(r -> columns.stream()
                                .mapToInt(c -> at.get(r) + c)).toArray();
                        lines.add(new DisclosureControl.Line(-1, members, false));
                    }
                }
            }
        }
        long[] v = values.stream().mapToLong(Long::longValue).toArray();
        boolean[] f = new boolean[fixed.size()];
        boolean[] h = new boolean[hidden.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = fixed.get(i);
            h[i] = hidden.get(i);
        }
        boolean[] decided = disclosure.linked(v, f, h, lines);
        var result = new HashMap<List<Object>, boolean[]>();
        for (var row : rowList) {
            result.put(row, Arrays.copyOfRange(decided, at.get(row), at.get(row) + k + 1));
        }
        return result;
    }

    private static int[] range(int from, int length) {
        int[] members = new int[length];
        for (int i = 0; i < length; i++) {
            members[i] = from + i;
        }
        return members;
    }

    private static boolean[] allHidden(int k) {
        boolean[] hidden = new boolean[k + 1];
        Arrays.fill(hidden, true);
        return hidden;
    }
}
