package org.youthvoice.voting.internal;

/** Identical ballot papers from one source, as the database groups them. */
public record TallyRow(boolean onPaper, String marks, long votes) {
}
