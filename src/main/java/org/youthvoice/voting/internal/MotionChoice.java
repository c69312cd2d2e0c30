package org.youthvoice.voting.internal;

/** What a member can vote on a motion. */
public enum MotionChoice {
    YES, NO, ABSTAIN
}
