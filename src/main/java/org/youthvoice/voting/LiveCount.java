package org.youthvoice.voting;

import org.jspecify.annotations.Nullable;

/**
 * A ballot's count as it may be shown now. Closed: the whole count. Open: for an open (not secret) ballot, every
 * vote; for a secret ballot, nothing until at least {@code threshold} people have voted, and then only the papers
 * that have left the waiting pool, in batches (see docs/design-decisions/0022-secret-ballots-and-small-votes.md).
 *
 * @param result the count, or null when it may not be shown yet
 * @param hidden why there is no count
 * @param threshold the small-number threshold: fewer voters than this and a secret ballot's count waits for the close
 * @param waiting papers cast but not yet in the count (secret ballots while open)
 */
public record LiveCount(@Nullable BallotResult result, Hidden hidden, int threshold, long waiting) {

    public enum Hidden {
        /** The count is shown. */
        NO,
        /** The ballot has not closed and the officer did not choose live results. */
        UNTIL_CLOSE,
        /** A secret ballot with fewer voters so far than the threshold: one vote could be told from the count. */
        FEW_VOTERS
    }
}
