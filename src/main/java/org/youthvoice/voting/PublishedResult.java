package org.youthvoice.voting;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A result as published to members: the frozen count of one version.
 *
 * @param summary the officer's plain words, for the reader's age band where written
 * @param correction why this version replaced an earlier one, if it did
 */
public record PublishedResult(long ballotId, String question, int version, LocalDateTime publishedAt,
        @Nullable String summary, @Nullable String correction, BallotResult result) {
}
