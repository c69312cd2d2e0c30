package org.youthvoice.voting;

/** What settled a tie in a ranked count. */
public enum TieBreakMethod {
    /** The options had different votes at an earlier round or stage; the most recent such one decided. */
    EARLIER_ROUND,
    /** They were equal at every round or stage, so the lot drawn for this count decided. */
    LOT
}
