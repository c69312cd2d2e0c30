package org.youthvoice.voting.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.youthvoice.voting.ChoiceResult;
import org.youthvoice.voting.InstantRunoffResult;
import org.youthvoice.voting.MotionResult;
import org.youthvoice.voting.MotionVotes;
import org.youthvoice.voting.PassThreshold;
import org.youthvoice.voting.Quorum;
import org.youthvoice.voting.SingleTransferableVoteResult;
import org.youthvoice.voting.counting.InstantRunoff;
import org.youthvoice.voting.counting.PluralityCounts;
import org.youthvoice.voting.counting.ScottishStv;

/**
 * Counts a closed ballot. Pure functions of the votes: no database, no clock, no randomness beyond the seed given,
 * so a recount of the same votes with the same seed always gives the same result. How each kind is counted, and how
 * ties are settled, is in {@code docs/design-decisions/0006-vote-counting.md}.
 */
public final class Count {

    private Count() {
    }

    /** A yes / no / abstain motion: first the quorum, then the pass threshold over the votes for and against. */
    public static MotionResult motion(MotionVotes votes, Quorum quorum, PassThreshold threshold) {
        return PluralityCounts.motion(votes, quorum, threshold);
    }

    /** One choice per ballot; the most votes wins. A tie for the most is reported as a tie, never broken here. */
    public static ChoiceResult singleChoice(List<String> options, Map<String, Long> votes, long invalidBallots) {
        return PluralityCounts.singleChoice(options, votes, invalidBallots);
    }

    /**
     * Choose up to {@code maxMarks}: each option gets one vote per ballot marking it. A ballot with more marks than
     * allowed is invalid. A tie for the most is reported as a tie.
     */
    public static ChoiceResult approval(List<String> options, int maxMarks, Collection<MarkedBallots> ballots) {
        return PluralityCounts.approval(options, maxMarks, ballots);
    }

    /**
     * Instant runoff, one winner: a majority of continuing ballots wins; otherwise the option with the fewest votes
     * is excluded, one per round. A tie for fewest goes against the option with fewer votes at the most recent earlier
     * round where they differed, and failing that against the option drawn first by the lot seeded with
     * {@code lotSeed}.
     */
    public static InstantRunoffResult instantRunoff(RankedBallots ballots, long lotSeed) {
        return InstantRunoff.count(ballots, lotSeed);
    }

    /**
     * Single transferable vote for {@code seats} winners, by the Scottish Local Government Elections Order 2007
     * (SSI 2007/42, schedule 1, rules 45-52): Droop quota (valid / (seats + 1), fraction dropped, + 1); surpluses
     * transferred largest first from all the candidate's papers at surplus x value-when-received / votes, cut to
     * five decimal places; exclusion of the lowest with all papers at their current value in one stage; ties by the
     * most recent earlier stage where they differed, then by the lot seeded with {@code lotSeed}. See
     * {@link ScottishStv} for the rule by rule account.
     */
    public static SingleTransferableVoteResult singleTransferableVote(RankedBallots ballots, int seats, long lotSeed) {
        return ScottishStv.count(ballots, seats, lotSeed);
    }
}
