package org.youthvoice.voting.counting;

import java.util.ArrayList;
import java.util.List;
import org.youthvoice.voting.TieBreak;
import org.youthvoice.voting.TieBreakMethod;

/**
 * Settles ties the way the Scottish rules (49 and 51) do, for instant runoff too: look back to the most recent earlier
 * round where the tied options had unequal votes and take the lowest (for exclusion) or highest (for surplus order)
 * there; if several still share that value, keep only those and look further back; if equal all the way back, the lot
 * decides.
 */
final class Ties {

    private Ties() {
    }

    /**
     * @param tied option indexes with equal votes now (two or more)
     * @param earlier votes per option at the end of each earlier round, oldest first
     * @param lowest true to pick the fewest votes, false the most
     */
    static TieBreak settle(List<Integer> tied, List<long[]> earlier, boolean lowest, Lot lot, List<String> names) {
        var remaining = new ArrayList<>(tied);
        for (int round = earlier.size() - 1; round >= 0 && remaining.size() > 1; round--) {
            long[] votes = earlier.get(round);
            long best = lowest ? Long.MAX_VALUE : Long.MIN_VALUE;
            for (int option : remaining) {
                best = lowest ? Math.min(best, votes[option]) : Math.max(best, votes[option]);
            }
            long target = best;
            var narrowed = remaining.stream().filter(o -> votes[o] == target).toList();
            if (narrowed.size() == 1) {
                return new TieBreak(names(tied, names), names.get(narrowed.getFirst()), TieBreakMethod.EARLIER_ROUND,
                        round + 1);
            }
            remaining = new ArrayList<>(narrowed);
        }
        int chosen = remaining.stream().min((a, b) -> Integer.compare(lot.position(a), lot.position(b))).orElseThrow();
        return new TieBreak(names(tied, names), names.get(chosen), TieBreakMethod.LOT, 0);
    }

    private static List<String> names(List<Integer> options, List<String> names) {
        return options.stream().map(names::get).toList();
    }
}
