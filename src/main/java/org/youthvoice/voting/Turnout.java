package org.youthvoice.voting;

/**
 * "9 of 12 have voted": people who voted (members online plus paper ballots; city-wide: votes cast) out of those
 * eligible (members plus the people the officer said vote on paper; city-wide: the groups' numbers). The officer's
 * page, the projector and the result all show this one pair, read by {@code BallotStore}.
 */
public record Turnout(long voted, long eligible) {

    /** Votes that count towards a quorum: never more than there are eligible voters. */
    public long eligibleVotes() {
        return Math.min(voted, eligible);
    }
}
