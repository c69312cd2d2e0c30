package org.youthvoice.safeguarding;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A possible disclosure as a safeguarding lead sees it.
 *
 * @param highlights offsets of the matched words in {@code text}
 * @param overdue still open after the time the council allows
 */
public record DisclosureView(long id, String sourceType, String sourceLabel, @Nullable String groupCode,
        boolean contactGiven, String text, Severity severity, List<Category> categories, List<Highlight> highlights,
        LocalDateTime flaggedAt, @Nullable String firstOpenedBy, @Nullable LocalDateTime firstOpenedAt,
        @Nullable Outcome outcome, @Nullable String reference, @Nullable String note, @Nullable String closedBy,
        @Nullable LocalDateTime closedAt, boolean overdue) {

    public boolean open() {
        return outcome == null;
    }
}
