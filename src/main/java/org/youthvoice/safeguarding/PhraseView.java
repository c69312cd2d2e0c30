package org.youthvoice.safeguarding;

import java.time.LocalDateTime;

/** A phrase in the screening list as officers see it. */
public record PhraseView(long id, Category category, Severity severity, String pattern, boolean starter,
        boolean active, String addedBy, LocalDateTime addedAt) {
}
