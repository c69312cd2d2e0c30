package org.youthvoice.insight;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A quote as officers see it. Only {@link #text()} (de-identified) is ever shown in public, and only once approved.
 *
 * @param sourceType where the words came from, e.g. {@code FEEDBACK}
 * @param sourceId the comment's id there
 */
public record Quote(long id, String sourceType, long sourceId, String text, String writtenBy,
        @Nullable String approvedBy, @Nullable LocalDate approvedOn) {

    public boolean approved() {
        return approvedBy != null;
    }
}
