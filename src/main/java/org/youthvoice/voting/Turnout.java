package org.youthvoice.voting;

/** "9 of 12 have voted". */
public record Turnout(long voted, long eligible) {
}
