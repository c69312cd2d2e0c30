package org.youthvoice.feedback;

import org.jspecify.annotations.Nullable;

/** Triage filters; null means "any". */
public record FeedbackFilter(@Nullable Long channelId, @Nullable FeedbackStatus status, @Nullable Integer rating,
        @Nullable Long groupId) {

    public FeedbackFilter(@Nullable Long channelId, @Nullable FeedbackStatus status, @Nullable Integer rating) {
        this(channelId, status, rating, null);
    }

    public static FeedbackFilter any() {
        return new FeedbackFilter(null, null, null, null);
    }
}
