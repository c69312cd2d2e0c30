package org.youthvoice.safeguarding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A possible disclosure as a safeguarding lead sees it.
 *
 * @param highlights offsets of the matched words in {@code text}
 * @param flaggedOn the day screening flagged it: the day only, as for everything keyed to an anonymous answer
 *     (design note 0023)
 * @param overdue still open after the working days the council allows (for a named message: after {@code dueBy})
 * @param alertRecipients how many leads an urgent e-mail went to, if one was sent
 * @param namedAccount for a member's "tell someone now" message, their username; null for anonymous text
 * @param namedPerson the name their officer gave them
 * @param dueBy when a named message should have been answered: the end of the working day it arrived
 * @param releasedForQuotingBy the lead who released the text for quoting, if one did
 * @param meaningExample for an item screening found by meaning: the example statement the text was closest to
 * @param meaningSimilarity how alike the text and that example were, 0 to 1
 */
public record DisclosureView(long id, String sourceType, String sourceLabel, @Nullable String groupCode,
        boolean contactGiven, String text, Severity severity, List<Category> categories, List<Highlight> highlights,
        LocalDate flaggedOn, @Nullable String firstOpenedBy, @Nullable LocalDateTime firstOpenedAt,
        @Nullable Outcome outcome, @Nullable String reference, @Nullable String note, @Nullable String closedBy,
        @Nullable LocalDateTime closedAt, boolean overdue, @Nullable Integer alertRecipients,
        @Nullable String namedAccount, @Nullable String namedPerson, @Nullable LocalDateTime dueBy,
        @Nullable String releasedForQuotingBy, @Nullable LocalDateTime releasedForQuotingAt,
        @Nullable String meaningExample, @Nullable Double meaningSimilarity) {

    /** How alike the text and the example were, as a whole percentage, or 0 when not found by meaning. */
    public int meaningPercent() {
        return meaningSimilarity == null ? 0 : (int) Math.round(meaningSimilarity * 100);
    }

    public boolean open() {
        return outcome == null;
    }

    /** A member's own "tell someone now" message: it says who they are, and is never quoted. */
    public boolean named() {
        return namedAccount != null;
    }

    public boolean releasedForQuoting() {
        return releasedForQuotingBy != null;
    }
}
