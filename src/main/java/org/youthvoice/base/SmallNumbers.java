package org.youthvoice.base;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression of one breakdown, for {@link DisclosureControl}. Primary suppression hides every count
 * from 1 to the threshold minus one. Secondary suppression then hides the next smallest shown count, and the next,
 * until what is hidden adds up to nothing or to at least the threshold: the total minus the shown cells gives the sum
 * of the hidden ones, which must never be a small group either (a children's home split over two codes of 1 and 2
 * young people is a group of 3).
 */
final class SmallNumbers {

    private SmallNumbers() {
    }

    /** A breakdown whose cells add up to a total that is shown elsewhere. */
    static List<ShownCount> breakdown(List<Long> counts, int threshold) {
        var shown = new ArrayList<ShownCount>(counts.size());
        counts.forEach(c -> shown.add(ShownCount.of(c, threshold)));
        long hiddenSum = 0;
        for (int i = 0; i < counts.size(); i++) {
            if (shown.get(i).suppressed()) {
                hiddenSum += counts.get(i);
            }
        }
        while (hiddenSum > 0 && hiddenSum < threshold) {
            int smallest = -1;
            for (int i = 0; i < counts.size(); i++) {
                boolean candidate = !shown.get(i).suppressed() && counts.get(i) > 0;
                if (candidate && (smallest < 0 || counts.get(i) < counts.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest < 0) {
                break; // everything is hidden: the total is small itself, and hidden where it is shown
            }
            shown.set(smallest, new ShownCount(null, threshold));
            hiddenSum += counts.get(smallest);
        }
        return shown;
    }

    /**
     * A breakdown of a total that is itself hidden: every cell but the empty ones is hidden too, or the shown cells
     * would add up to the hidden total (and the total shown beside it, minus that, to another hidden count).
     */
    static List<ShownCount> breakdown(List<Long> counts, int threshold, boolean totalHidden) {
        if (!totalHidden) {
            return breakdown(counts, threshold);
        }
        return counts.stream().map(c -> c == 0 ? ShownCount.of(0, threshold) : new ShownCount(null, threshold))
                .toList();
    }
}
