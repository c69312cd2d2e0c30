package org.youthvoice.voting;

/** What happened in a stage of a single-transferable-vote count. */
public enum StageKind {
    FIRST_PREFERENCES, SURPLUS, EXCLUSION
}
