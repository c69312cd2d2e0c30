package org.youthvoice.voting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ballot's count. Exactly one of {@code motion}, {@code choice}, {@code instantRunoff} and {@code stv} is set,
 * by the ballot's kind.
 *
 * @param onlinePapers ballot papers cast online
 * @param paperPapers paper ballots entered or imported
 * @param eligible members who could vote
 * @param quorumMet whether at least {@code quorum} ballots were cast (always true with no quorum)
 * @param bySource each option's votes online and on paper
 * @param reasons plain-words statements (quorum and turnout) on top of the count's own
 */
public record BallotResult(BallotKind kind, long onlinePapers, long paperPapers, long eligible, int quorum,
        boolean quorumMet, @Nullable MotionResult motion, @Nullable ChoiceResult choice,
        @Nullable InstantRunoffResult instantRunoff, @Nullable SingleTransferableVoteResult stv,
        List<SourceCount> bySource, long lotSeed, List<Reason> reasons) {

    public BallotResult {
        bySource = List.copyOf(bySource);
        reasons = List.copyOf(reasons);
    }

    public long papers() {
        return onlinePapers + paperPapers;
    }
}
