package org.youthvoice.voting;

import java.math.BigDecimal;
import java.util.List;
import org.youthvoice.voting.internal.Count;

/**
 * The result of a single-transferable-vote count under the Scottish local-government rules (see
 * {@link Count#singleTransferableVote}).
 *
 * @param validBallots ballots with a clear first preference; the quota is worked out from these
 * @param invalidBallots blank ballots and ballots whose first preference is an overvote
 * @param quota votes that guarantee election: valid ballots / (seats + 1), fraction dropped, plus one
 * @param elected in the order they were elected
 * @param lotOrder the order drawn by lot for this count (first is excluded first, or has its surplus transferred
 *     first); used only if a tie persists through every earlier stage
 */
public record SingleTransferableVoteResult(List<String> options, int seats, long validBallots, long invalidBallots,
        long quota, List<Stage> stages, List<String> elected, List<String> lotOrder, long lotSeed,
        List<Reason> reasons) {

    public SingleTransferableVoteResult {
        options = List.copyOf(options);
        stages = List.copyOf(stages);
        elected = List.copyOf(elected);
        lotOrder = List.copyOf(lotOrder);
        reasons = List.copyOf(reasons);
    }

    /**
     * What {@code option} gained (or, for the candidate whose votes were passed on, lost) in the stage at
     * {@code index}: its votes then less its votes the stage before. The first stage's change is its first choices.
     */
    public BigDecimal changeAt(int index, String option) {
        var now = stages.get(index).votesFor(option);
        return index == 0 ? now : now.subtract(stages.get(index - 1).votesFor(option));
    }

    /** Value of papers not passed on, in every stage up to and including {@code index}. */
    public BigDecimal nonTransferableUpTo(int index) {
        return stages.subList(0, index + 1).stream().map(Stage::nonTransferable).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    /** Value lost by cutting transfer values to five decimal places, in every stage up to and including {@code index}. */
    public BigDecimal lostToRoundingUpTo(int index) {
        return stages.subList(0, index + 1).stream().map(Stage::lostToRounding).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    /**
     * Everything after the stage at {@code index}: the candidates' votes, plus the papers not passed on so far, plus what
     * rounding lost so far. Always the valid papers: nothing appears or disappears in a count.
     */
    public BigDecimal totalAt(int index) {
        var held = stages.get(index).votes().stream().map(OptionValue::votes).reduce(BigDecimal.ZERO, BigDecimal::add);
        return held.add(nonTransferableUpTo(index)).add(lostToRoundingUpTo(index));
    }
}
