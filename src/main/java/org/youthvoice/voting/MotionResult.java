package org.youthvoice.voting;

import java.util.List;

/** The outcome of a motion and the reasons for it, in the order the results page states them. */
public record MotionResult(MotionOutcome outcome, MotionVotes votes, Quorum quorum, PassThreshold threshold,
        long votesNeeded, List<Reason> reasons) {

    public MotionResult {
        reasons = List.copyOf(reasons);
    }
}
