package org.youthvoice.feedback;

import org.jspecify.annotations.Nullable;
import org.youthvoice.people.AgeBand;

/**
 * What a young person sees of a channel: no counts, no ids. {@code ageBand} null means "anyone"; {@code hasGroups}
 * says whether a group code box is shown.
 */
public record PublicChannel(String slug, String title, String prompt, boolean askRating, boolean askComment,
        boolean allowContact, @Nullable AgeBand ageBand, boolean hasGroups) {
}
