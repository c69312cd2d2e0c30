package org.youthvoice.voting;

import java.util.List;

/**
 * A tie the count had to settle, stated on the results page.
 *
 * @param tied the options that were equal
 * @param chosen the one excluded (or, in STV, whose surplus went first)
 * @param decidingRound the earlier round or stage that decided it; 0 when decided by lot
 */
public record TieBreak(List<String> tied, String chosen, TieBreakMethod method, int decidingRound) {

    public TieBreak {
        tied = List.copyOf(tied);
    }
}
