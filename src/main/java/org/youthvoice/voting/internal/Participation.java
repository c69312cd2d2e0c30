package org.youthvoice.voting.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One ballot in a member's history: when it was held and whether they voted (and how), never what they voted. */
public record Participation(long ballotId, String question, @Nullable LocalDate heldOn, boolean voted,
        boolean onPaper) {
}
