package org.youthvoice.feedback;

import org.jspecify.annotations.Nullable;

/**
 * What a young person sends. Contact details are only read when {@code wantsContact} is true.
 *
 * @param rating 1 (really bad) to 5 (really good), or null when not given
 */
public record FeedbackForm(@Nullable Integer rating, @Nullable String comment, boolean wantsContact,
        @Nullable String contactName, @Nullable String contactHow) {
}
