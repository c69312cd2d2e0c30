package org.youthvoice.voting;

/** How a ballot is marked and counted. */
public enum BallotKind {
    /** Yes, no, or "I don't want to say" (abstain). */
    MOTION,
    /** Pick one option. */
    SINGLE_CHOICE,
    /** Pick up to N options. */
    APPROVAL,
    /** Put options in order; one winner by instant runoff. */
    INSTANT_RUNOFF,
    /** Put options in order; N winners by single transferable vote (Scottish rules). */
    STV;

    public boolean ranked() {
        return this == INSTANT_RUNOFF || this == STV;
    }
}
