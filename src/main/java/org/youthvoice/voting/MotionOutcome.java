package org.youthvoice.voting;

public enum MotionOutcome {
    PASSED, FAILED, NO_QUORUM
}
