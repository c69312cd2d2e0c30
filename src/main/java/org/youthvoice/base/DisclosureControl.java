package org.youthvoice.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The one disclosure-control layer every number about young people passes through before it is shown, exported or
 * sent (design notes 0016, 0024): survey results and their filters, evidence pages and the plan overview, the PDF
 * pack, XLSX, CSV, the JSON API, participation counts, vote results, turnout and the projector. It holds the
 * small-number threshold; no feature module reads it from the settings or hides a count itself
 * ({@code DisclosureLayerTest} fails the build if one does). What it decides:
 *
 * <ul>
 *   <li>a count on its own: shown, or "fewer than the threshold" ({@link #count});</li>
 *   <li>a breakdown whose cells add up to a shown total, and a table with row and column totals: small cells hidden,
 *       and one more where a single hidden cell could be worked out from the total ({@link #breakdown},
 *       {@link #table});</li>
 *   <li>which hidden answers of one question may be shown together, so small cohorts keep some meaning
 *       ({@link #groupsOfHidden});</li>
 *   <li>whether a view narrowed by version, group or an answer may open at all, judged against every other view
 *       over the same choices, so no two allowed views subtract to a small group ({@link #mayNarrow});</li>
 *   <li>whether a column that splits rows into groups may go into a file ({@link #everyCellShowable}), and whether
 *       a secret ballot's count may show while it is open ({@link #tooFewToShow}).</li>
 * </ul>
 */
@Component
public class DisclosureControl {

    private final int threshold;

    @org.springframework.beans.factory.annotation.Autowired
    DisclosureControl(YouthVoiceProperties properties) {
        this(properties.smallNumberThreshold());
    }

    /** For unit tests of code that shows counts. */
    public DisclosureControl(int threshold) {
        this.threshold = threshold;
    }

    /** The smallest number of young people that may be shown; for words such as "fewer than 5". */
    public int threshold() {
        return threshold;
    }

    /** One count: shown if 0 or at least the threshold, else hidden. */
    public ShownCount count(long count) {
        return ShownCount.of(count, threshold);
    }

    /** A count that must not be shown whatever it is (for example, the only hidden cell beside its total). */
    public ShownCount hidden() {
        return new ShownCount(null, threshold);
    }

    /** Whether a count of young people is too small to show: 1 to the threshold - 1. */
    public boolean tooFewToShow(long count) {
        return count > 0 && count < threshold;
    }

    /**
     * Whether a secret ballot's count must stay hidden while it is open: until at least the threshold have voted,
     * none included, so the first votes never show one by one (design note 0022).
     */
    public boolean secretCountHidden(long voters) {
        return voters < threshold;
    }

    /** Counts that do not add up to anything shown (several answers each): each hidden on its own if small. */
    public List<ShownCount> each(List<Long> counts) {
        return counts.stream().map(this::count).toList();
    }

    /** A breakdown whose cells add up to a total that is shown elsewhere. */
    public List<ShownCount> breakdown(List<Long> counts) {
        return SmallNumbers.breakdown(counts, threshold);
    }

    /** A breakdown of a total that may itself be hidden: then every non-empty cell is hidden too. */
    public List<ShownCount> breakdown(List<Long> counts, boolean totalHidden) {
        return SmallNumbers.breakdown(counts, threshold, totalHidden);
    }

    /** {@code counts[row][column]} with row, column and grand totals that are shown as well. */
    public SmallNumberTable table(long[][] counts) {
        return SmallNumberTable.of(counts, threshold);
    }

    /** Whether every cell of a cross-tabulation is empty or at least the threshold. */
    public boolean everyCellShowable(Collection<Long> cells) {
        return cells.stream().noneMatch(this::tooFewToShow);
    }

    /**
     * The hidden cells of a breakdown (one answer each, so they add up to the total), put together in runs of
     * neighbours of at least the threshold, in the listed order; a run too small at the end joins the one before.
     * Every hidden cell goes into a run, so the runs add up to what the total minus the shown cells says already,
     * and no run is small. Empty when nothing is hidden, or all that is hidden is fewer than the threshold.
     *
     * @param raw the true counts, in order
     * @param shown the same counts as {@link #breakdown} shows them
     * @return the indexes of each run
     */
    public List<List<Integer>> groupsOfHidden(List<Long> raw, List<ShownCount> shown) {
        var groups = new ArrayList<List<Integer>>();
        var sums = new ArrayList<Long>();
        var current = new ArrayList<Integer>();
        long sum = 0;
        for (int i = 0; i < raw.size(); i++) {
            if (!shown.get(i).suppressed()) {
                continue;
            }
            current.add(i);
            sum += raw.get(i);
            if (sum >= threshold) {
                groups.add(current);
                sums.add(sum);
                current = new ArrayList<>();
                sum = 0;
            }
        }
        if (!current.isEmpty()) {
            if (groups.isEmpty()) {
                return List.of();
            }
            groups.getLast().addAll(current);
        }
        return groups.stream().map(List::copyOf).toList();
    }

    /**
     * A set of cells whose sum is shown, or can be worked out from what is shown: a total, a cell of a wider table
     * that the cells of narrower tables add up to, or hidden answers shown put together.
     *
     * @param total the index of the cell holding the sum, or -1 when the sum is always shown
     * @param members the indexes of the cells it adds up
     * @param wholeIfHidden whether every member must be hidden when the total is (a breakdown of a hidden total)
     */
    public record Line(int total, int[] members, boolean wholeIfHidden) {
    }

    /**
     * Small-number suppression over tables that share cells (design note 0024): the results of a view narrowed by
     * version, group or an answer, beside the wider views its cells add up to. Cells start as each table hides them
     * on its own; then every line whose sum is shown must hide nothing or at least the threshold in all, or the
     * wider table minus the narrower ones would give a small count. The next smallest cell of a line that breaks
     * this is hidden, until none does.
     *
     * @param values every cell's true count
     * @param fixed cells already shown elsewhere as they are (a wider table's): never hidden here
     * @param hidden the cells hidden to begin with
     * @param lines the sums that are shown
     * @return the cells to hide
     */
    public boolean[] linked(long[] values, boolean[] fixed, boolean[] hidden, List<Line> lines) {
        return LinkedSuppression.hide(values, fixed, hidden, lines, threshold);
    }

    /**
     * Whether results may be narrowed to one cell of a cross-tabulation (design note 0024). The crossTab counts the
     * sent responses by every kind of choice the view makes (version, group, the answer to a question, each with
     * all its values, "none" included), keyed by the values in that order. The view opens when every cell is empty
     * or at least the threshold: then every view over those choices, and every sum or difference of such views, is
     * a set of whole cells, never a small group. Narrowed by one kind of choice alone, and with each young person in
     * exactly one cell, small cells are hidden as a breakdown's are (with the next smallest until what is hidden adds
     * up to the threshold), and the view opens if its own cell is shown: the hidden ones can only ever be worked out
     * together.
     *
     * @param crossTab responses per cell
     * @param kinds how many kinds of choice the view makes
     * @param oneCellEach whether each young person is in exactly one cell (false when several answers may be
     *     chosen: only the strict rule holds then)
     * @param asked the view's own cell
     */
    public boolean mayNarrow(Map<List<Object>, Long> crossTab, int kinds, boolean oneCellEach, List<Object> asked) {
        if (everyCellShowable(crossTab.values())) {
            return true;
        }
        if (kinds != 1 || !oneCellEach) {
            return false;
        }
        var keys = new ArrayList<>(crossTab.keySet());
        var shown = breakdown(keys.stream().map(crossTab::get).toList());
        int at = keys.indexOf(asked);
        return at >= 0 && !shown.get(at).suppressed();
    }
}
