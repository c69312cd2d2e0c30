package org.youthvoice.voting;

import java.util.List;

/**
 * The result of a single-choice or approval ballot. {@code winners} holds every option with the most votes: more
 * than one means a tie, which the count reports and never breaks by itself.
 *
 * @param totals every option, most votes first (ties in the ballot's option order)
 * @param validBallots ballots counted
 * @param invalidBallots ballots set aside (blank, or more marks than allowed)
 */
public record ChoiceResult(List<OptionTotal> totals, List<String> winners, long validBallots, long invalidBallots,
        List<Reason> reasons) {

    public ChoiceResult {
        totals = List.copyOf(totals);
        winners = List.copyOf(winners);
        reasons = List.copyOf(reasons);
    }

    public boolean tied() {
        return winners.size() > 1;
    }
}
