package org.youthvoice.base;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place counts about groups are made safe to show. Primary suppression hides every count from 1 to the
 * threshold minus one; secondary suppression then hides the next smallest count of a breakdown when only one cell
 * would be hidden, because the total minus the shown cells would give the hidden one away.
 */
public final class SmallNumbers {

    private SmallNumbers() {
    }

    /** A breakdown whose cells add up to a total that is shown elsewhere. */
    public static List<ShownCount> breakdown(List<Long> counts, int threshold) {
        var shown = new ArrayList<ShownCount>(counts.size());
        counts.forEach(c -> shown.add(ShownCount.of(c, threshold)));
        long hidden = shown.stream().filter(ShownCount::suppressed).count();
        if (hidden == 1) {
            int smallest = -1;
            for (int i = 0; i < counts.size(); i++) {
                boolean candidate = !shown.get(i).suppressed() && counts.get(i) > 0;
                if (candidate && (smallest < 0 || counts.get(i) < counts.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                shown.set(smallest, new ShownCount(null, threshold));
            }
        }
        return shown;
    }

    /**
     * A breakdown of a total that is itself hidden: every cell but the empty ones is hidden too, or the shown cells
     * would add up to the hidden total (and the total shown beside it, minus that, to another hidden count).
     */
    public static List<ShownCount> breakdown(List<Long> counts, int threshold, boolean totalHidden) {
        if (!totalHidden) {
            return breakdown(counts, threshold);
        }
        return counts.stream().map(c -> c == 0 ? ShownCount.of(0, threshold) : new ShownCount(null, threshold))
                .toList();
    }
}
