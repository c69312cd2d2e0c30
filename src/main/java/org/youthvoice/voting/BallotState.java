package org.youthvoice.voting;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Where a ballot is in its life, worked out from its times. The same rule in SQL, for choosing open ballots, is
 * {@code voting.internal.BallotStore.openCondition}.
 */
public enum BallotState {
    /** Not open yet: no opening time, or one still to come. */
    NOT_OPEN,
    /** Opened by hand, or its opening time has come; not closed. */
    OPEN,
    /** Closed by hand, or its closing time has come. */
    CLOSED;

    /** A ballot's state at {@code now}, from the times it was opened and closed (by hand) and is set to. */
    public static BallotState at(@Nullable LocalDateTime openedAt, @Nullable LocalDateTime opensAt,
            @Nullable LocalDateTime closedAt, @Nullable LocalDateTime closesAt, LocalDateTime now) {
        if (closedAt != null || (closesAt != null && !closesAt.isAfter(now))) {
            return CLOSED;
        }
        if (openedAt != null || (opensAt != null && !opensAt.isAfter(now))) {
            return OPEN;
        }
        return NOT_OPEN;
    }
}
