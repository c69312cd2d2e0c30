package org.youthvoice.voting;

/**
 * The minimum turnout a ballot needs for its result to stand, as a number of voters out of those eligible. Everyone
 * who took part counts towards it, including those who abstained, but never more votes than there are eligible
 * voters. A minimum above the eligible number can never be met (a forum that shrank after its quorum was set).
 */
public record Quorum(int eligibleVoters, int minimumTurnout) {

    public Quorum {
        if (eligibleVoters < 0 || minimumTurnout < 0) {
            throw new IllegalArgumentException("quorum " + minimumTurnout + " of " + eligibleVoters);
        }
    }

    /** No minimum: any turnout will do. */
    public static Quorum none(int eligibleVoters) {
        return new Quorum(eligibleVoters, 0);
    }

    public boolean isMetBy(long turnout) {
        return Math.min(turnout, eligibleVoters) >= minimumTurnout;
    }
}
