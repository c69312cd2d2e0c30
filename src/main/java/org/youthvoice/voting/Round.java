package org.youthvoice.voting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One round of an instant-runoff count: a row of the round-by-round table.
 *
 * @param votes each continuing option's votes at the start of the round, in the ballot's option order
 * @param continuingBallots ballots counting for a continuing option
 * @param exhaustedBallots ballots no longer counting (no further preference, or an overvote reached), so far
 * @param winner the option with a majority of continuing ballots in this round, if any
 * @param excluded the option excluded at the end of this round, if any
 * @param tieBreak how a tie for exclusion was settled, if there was one
 * @param transfers where the excluded option's ballots went
 * @param transferredToExhausted how many of the excluded option's ballots had no next preference
 */
public record Round(int number, List<OptionVotes> votes, long continuingBallots, long exhaustedBallots,
        @Nullable String winner, @Nullable String excluded, @Nullable TieBreak tieBreak, List<OptionVotes> transfers,
        long transferredToExhausted) {

    public Round {
        votes = List.copyOf(votes);
        transfers = List.copyOf(transfers);
    }

    public long votesFor(String option) {
        return votes.stream().filter(v -> v.option().equals(option)).mapToLong(OptionVotes::votes).findFirst()
                .orElse(0);
    }
}
