package org.youthvoice.voting;

import java.util.List;

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
}
