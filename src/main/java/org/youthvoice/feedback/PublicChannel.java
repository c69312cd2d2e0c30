package org.youthvoice.feedback;

/** What a young person sees of a channel: no counts, no ids. */
public record PublicChannel(String slug, String title, String prompt, boolean askRating, boolean askComment,
        boolean allowContact) {
}
