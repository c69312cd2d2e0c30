package org.youthvoice.base;

import java.util.List;

/**
 * Small-number suppression across tables that share cells, for {@link DisclosureControl#linked} (design note 0024):
 * every line whose sum is shown (a total, a margin in a wider table, answers put together) must hide nothing, or
 * cells that add up to at least the threshold. Each line of a table passes its own check; across tables, the wider
 * table's shown cell minus the narrower tables' shown cells gives what they hide together, so that sum must not be a
 * small group either. The next smallest shown cell of a line that breaks this is hidden too, until none does.
 */
final class LinkedSuppression {

    private LinkedSuppression() {
    }

    static boolean[] hide(long[] values, boolean[] fixed, boolean[] start, List<DisclosureControl.Line> lines,
            int threshold) {
        boolean[] hidden = start.clone();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var line : lines) {
                boolean totalShown = line.total() < 0 || !hidden[line.total()];
                if (!totalShown) {
                    if (line.wholeIfHidden()) {
                        for (int m : line.members()) {
                            if (!hidden[m] && !fixed[m] && values[m] > 0) {
                                hidden[m] = true;
                                changed = true;
                            }
                        }
                    }
                    continue;
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
                        hidden[smallest] = true;
                        changed = true;
                    } else if (line.total() >= 0 && !fixed[line.total()]) {
                        hidden[line.total()] = true; // nothing left to hide beside it: the total goes
                        changed = true;
                    }
                }
            }
        }
        return hidden;
    }
}
