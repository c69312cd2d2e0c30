package org.youthvoice.voting;

/** Where a ballot is in its life, worked out from its times. */
public enum BallotState {
    /** Not open yet: no opening time, or one still to come. */
    NOT_OPEN,
    OPEN,
    CLOSED
}
