package org.youthvoice.survey.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.DisclosureControl;
import org.youthvoice.base.ShownCount;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;

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
public final class LinkedResults {

    /** The kinds of choice a view narrows by: version, group, answer to the filter's question. */
    private static final int KINDS = 3;

    private final DisclosureControl disclosure;
    private final List<QuestionDefinition> questions;
    /** Answers per row at the finest level (version, group, about), per question key and answer key. */
    private final Map<List<Object>, Map<String, Map<String, Long>>> answers = new HashMap<>();
    /** Respondents per row at the finest level. */
    private final Map<List<Object>, Long> respondents = new LinkedHashMap<>();
    private final long sent;
    /** Per question, per set of kinds (bit mask), how its table was decided. */
    private final Map<String, Map<Integer, Decided>> patterns = new HashMap<>();
    private final Map<Integer, Map<List<Object>, Long>> respondentTables = new HashMap<>();
    private final Map<Integer, Map<List<Object>, Boolean>> opens = new HashMap<>();
    private final Map<Integer, Map<List<Object>, Map<String, long[]>>> rowsByMask = new HashMap<>();

    /**
     * @param aboutOption the answer the asked view is narrowed by, if any. Where several answers may be chosen, the
     *     young people who chose it and those who did not are the two sides, "did not" counted as "no answer": a view
     *     of those who chose another is not a side of this one (they overlap), and is decided on its own split.
     */
    public LinkedResults(DisclosureControl disclosure, List<QuestionDefinition> questions,
            List<ResultQueries.AnswerCell> answerCells, List<ResultQueries.Cell> crossTab,
            @Nullable String aboutOption) {
        this.disclosure = disclosure;
        this.questions = questions;
        boolean several = crossTab.stream().anyMatch(c -> c.about().contains(","));
        java.util.function.UnaryOperator<String> side = about -> !several ? about
                : java.util.Arrays.asList(about.split(",")).contains(aboutOption) ? aboutOption : "";
        long all = 0;
        for (var cell : crossTab) {
            respondents.merge(row(cell.versionKey(), cell.groupId(), side.apply(cell.about())), cell.responses(),
                    Long::sum);
            all += cell.responses();
        }
        this.sent = all;
        for (var cell : answerCells) {
            answers.computeIfAbsent(row(cell.versionKey(), cell.groupId(), side.apply(cell.about())),
                    k -> new HashMap<>())
                    .computeIfAbsent(cell.questionKey(), k -> new HashMap<>())
                    .merge(cell.answerKey(), cell.answers(), Long::sum);
        }
    }

    private static List<Object> row(@Nullable Object version, @Nullable Object group, @Nullable Object about) {
        return Arrays.asList(version, group, about);
    }

    /** The answer keys of a question whose answers are counted, in order (0 to 10 for a scale). */
    private static List<String> answerKeys(QuestionDefinition q) {
        if (q.kind() == QuestionKind.SCALE_0_10) {
            return java.util.stream.IntStream.rangeClosed(0, 10).mapToObj(String::valueOf).toList();
        }
        return q.options().stream().map(SurveyDefinition.OptionDefinition::key).toList();
    }

    /** Whether a question's answers add up to those who answered it (one answer each). */
    private static boolean oneAnswerEach(QuestionDefinition q) {
        return q.kind().isSingleChoice() || q.kind() == QuestionKind.SCALE_0_10;
    }

    /**
     * The hidden answers of one view, per question key: for each answer key in order, then how many answered
     * (for a question with one answer each).
     */
    public Map<String, boolean[]> hiddenFor(@Nullable String versionKey, @Nullable Long groupId, @Nullable String about) {
        int mask = (versionKey != null ? 1 : 0) | (groupId != null ? 2 : 0) | (about != null ? 4 : 0);
        var asked = row(versionKey, groupId, about);
        var result = new HashMap<String, boolean[]>();
        for (var q : questions) {
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

    /**
     * The rows of a set of kinds, with their answers to a question: the answer keys in order, then how many answered
     * it (answer key "").
     */
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
                    var counts = row.computeIfAbsent(question.key(), k -> new long[keys.size() + 1]);
                    given.forEach((answer, n) -> {
                        int at = answer.isEmpty() ? keys.size() : keys.indexOf(answer);
                        if (at >= 0) {
                            counts[at] += n;
                        }
                    });
                }
            });
            return all;
        });
        int size = answerKeys(q).size() + 1;
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

    /** One cell of a set of kinds' table: a row, and an answer's index (the last: how many answered). */
    private record CellRef(List<Object> row, int index) {
    }

    /** How a set of kinds' table was decided: the hidden cells of each row, and the sums a reader knows. */
    private record Decided(Map<List<Object>, boolean[]> hidden, List<List<CellRef>> knownSums) {
    }

    private Map<List<Object>, boolean[]> pattern(QuestionDefinition q, int mask) {
        return decided(q, mask).hidden();
    }

    private Decided decided(QuestionDefinition q, int mask) {
        var byMask = patterns.computeIfAbsent(q.key(), k -> new HashMap<>());
        var known = byMask.get(mask);
        if (known != null) {
            return known;
        }
        var decided = mask == 0 ? everyone(q) : narrowed(q, mask);
        byMask.put(mask, decided);
        return decided;
    }

    /**
     * "Everyone", as the results page shows it on its own. What a reader knows beyond its shown cells: its answers
     * add up to how many answered (for a question with one answer each), and the answers it shows put together.
     */
    private Decided everyone(QuestionDefinition q) {
        int k = answerKeys(q).size();
        var row = row(null, null, null);
        long[] raw = rows(q, 0).getOrDefault(row, new long[k + 1]);
        var rawList = Arrays.stream(raw, 0, k).boxed().toList();
        boolean[] hidden = new boolean[k + 1];
        var known = new ArrayList<List<CellRef>>();
        hidden[k] = disclosure.tooFewToShow(raw[k]);
        if (oneAnswerEach(q)) {
            var shown = disclosure.breakdown(rawList);
            for (int i = 0; i < k; i++) {
                hidden[i] = shown.get(i).suppressed();
            }
            if (!hidden[k]) {
                known.add(java.util.stream.IntStream.range(0, k).mapToObj(i -> new CellRef(row, i)).toList());
                if (shown.stream().anyMatch(ShownCount::suppressed)) {
                    for (var group : disclosure.groupsOfHidden(rawList, shown)) {
                        known.add(group.stream().map(i -> new CellRef(row, i)).toList());
                    }
                }
            }
        } else {
            var shown = disclosure.each(rawList);
            for (int i = 0; i < k; i++) {
                hidden[i] = shown.get(i).suppressed();
            }
        }
        return new Decided(Map.of(row, hidden), known);
    }

    /**
     * A set of kinds' table, decided against the wider tables (one kind fewer) as they were decided. The sums a
     * reader knows: each shown cell of a wider table is the sum of its cells here; each row's answers add up to how
     * many answered it, where that shows; and every sum known in a wider table, with its hidden cells spread into
     * their cells here (everyone's hidden answers put together are those answers in every group).
     */
    private Decided narrowed(QuestionDefinition q, int mask) {
        int k = answerKeys(q).size();
        boolean single = oneAnswerEach(q);
        var rows = rows(q, mask);
        var rowList = new ArrayList<>(rows.keySet());
        var values = new ArrayList<Long>();
        var fixed = new ArrayList<Boolean>();
        var hidden = new ArrayList<Boolean>();
        Map<List<Object>, Integer> at = new HashMap<>();
        for (var row : rowList) {
            long[] raw = rows.get(row);
            at.put(row, values.size());
            boolean open = viewable(row, mask);
            boolean[] start = new boolean[k + 1];
            if (open) {
                var rawList = Arrays.stream(raw, 0, k).boxed().toList();
                boolean answeredHidden = disclosure.tooFewToShow(raw[k]);
                var shown = single ? disclosure.breakdown(rawList, answeredHidden) : disclosure.each(rawList);
                for (int i = 0; i < k; i++) {
                    start[i] = shown.get(i).suppressed();
                }
                start[k] = answeredHidden;
            } else {
                Arrays.fill(start, true); // a view nobody can open is hidden whole
            }
            for (int i = 0; i <= k; i++) {
                values.add(raw[i]);
                fixed.add(!open);
                hidden.add(start[i]);
            }
        }
        var lines = new ArrayList<DisclosureControl.Line>();
        var knownLines = new ArrayList<List<CellRef>>();
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
            var widerDecided = decided(q, wider);
            Map<List<Object>, List<List<Object>>> children = new LinkedHashMap<>();
            for (var row : rowList) {
                children.computeIfAbsent(without(row, kind), p -> new ArrayList<>()).add(row);
            }
            for (var entry : children.entrySet()) {
                var parent = entry.getKey();
                long[] raw = widerRows.getOrDefault(parent, new long[k + 1]);
                boolean[] parentHidden = widerDecided.hidden().getOrDefault(parent, allHidden(k));
                int base = values.size();
                for (int i = 0; i <= k; i++) {
                    values.add(raw[i]);
                    fixed.add(true);
                    hidden.add(parentHidden[i]);
                    int column = i;
                    lines.add(new DisclosureControl.Line(base + i,
                            entry.getValue().stream().mapToInt(r -> at.get(r) + column).toArray(), false));
                    if (!parentHidden[i]) {
                        knownLines.add(entry.getValue().stream().map(r -> new CellRef(r, column)).toList());
                    }
                }
            }
            // Sums known in the wider table: their hidden cells are the sums of these cells.
            for (var sum : widerDecided.knownSums()) {
                var spread = new ArrayList<CellRef>();
                for (var cell : sum) {
                    boolean[] parentHidden = widerDecided.hidden().getOrDefault(cell.row(), allHidden(k));
                    if (parentHidden[cell.index()]) {
                        for (var child : children.getOrDefault(cell.row(), List.of())) {
                            spread.add(new CellRef(child, cell.index()));
                        }
                    }
                }
                if (!spread.isEmpty()) {
                    lines.add(new DisclosureControl.Line(-1, spread.stream()
                            .mapToInt(c -> at.get(c.row()) + c.index()).toArray(), false));
                    knownLines.add(spread);
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
        if (single) {
            for (var row : rowList) {
                if (!decided[at.get(row) + k]) {
                    knownLines.add(java.util.stream.IntStream.range(0, k).mapToObj(i -> new CellRef(row, i)).toList());
                }
            }
        }
        return new Decided(result, knownLines);
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
