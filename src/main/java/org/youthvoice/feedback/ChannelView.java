package org.youthvoice.feedback;

import java.time.LocalDateTime;

/** A channel as officers see it, with how much has come in. */
public record ChannelView(long id, String slug, String title, String prompt, boolean askRating, boolean askComment,
        boolean allowContact, boolean open, LocalDateTime createdAt, long items, long newItems) {
}
