package org.youthvoice.base;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression across tables that share cells, for {@link DisclosureControl#linked} (design note 0024):
 * every line whose sum is shown (a total, a margin in a wider table, answers put together) must hide nothing, or
 * cells that add up to at least the threshold. Each line of a table passes its own check; across tables, the wider
 * table's shown cell minus the narrower tables' shown cells gives what they hide together, so that sum must not be a
 * small group either. The next smallest shown cell of a line that breaks this is hidden too, until none does.
 *
 * <p>Lines are checked from a work list: hiding a cell puts back only the lines that hold it (as a member or as
 * their total), so a table of many groups costs in proportion to what changes, not to passes over every line.
 */
final class LinkedSuppression {

    private LinkedSuppression() {
    }

    static boolean[] hide(long[] values, boolean[] fixed, boolean[] start, List<DisclosureControl.Line> lines,
            int threshold) {
        boolean[] hidden = start.clone();
        // The lines each cell is in, as a member or as the total.
        var linesOf = new ArrayList<List<Integer>>(values.length);
        for (int i = 0; i < values.length; i++) {
            linesOf.add(new ArrayList<>(2));
        }
        for (int l = 0; l < lines.size(); l++) {
            var line = lines.get(l);
            for (int m : line.members()) {
                linesOf.get(m).add(l);
            }
            if (line.total() >= 0) {
                linesOf.get(line.total()).add(l);
            }
        }
        var work = new ArrayDeque<Integer>(lines.size());
        boolean[] queued = new boolean[lines.size()];
        for (int l = 0; l < lines.size(); l++) {
            work.add(l);
            queued[l] = true;
        }
        while (!work.isEmpty()) {
            int l = work.poll();
            queued[l] = false;
            for (int cell : check(lines.get(l), values, fixed, hidden, threshold)) {
                hidden[cell] = true;
                for (int again : linesOf.get(cell)) {
                    if (!queued[again]) {
                        queued[again] = true;
                        work.add(again);
                    }
                }
            }
        }
        return hidden;
    }

    /** The cells one line must hide now (none when it is safe as it stands). */
    private static List<Integer> check(DisclosureControl.Line line, long[] values, boolean[] fixed, boolean[] hidden,
            int threshold) {
        boolean totalShown = line.total() < 0 || !hidden[line.total()];
        if (!totalShown) {
            if (!line.wholeIfHidden()) {
                return List.of();
            }
            var all = new ArrayList<Integer>();
            for (int m : line.members()) {
                if (!hidden[m] && !fixed[m] && values[m] > 0) {
                    all.add(m);
                }
            }
            return all;
        }
        long hiddenSum = 0;
        int smallest = -1;
        for (int m : line.members()) {
            if (hidden[m]) {
                hiddenSum += values[m];
            } else if (!fixed[m] && values[m] > 0 && (smallest < 0 || values[m] < values[smallest])) {
                smallest = m;
            }
        }
        if (hiddenSum > 0 && hiddenSum < threshold) {
            if (smallest >= 0) {
                return List.of(smallest);
            }
            if (line.total() >= 0 && !fixed[line.total()]) {
                return List.of(line.total()); // nothing left to hide beside it: the total goes
            }
        }
        return List.of();
    }
}
