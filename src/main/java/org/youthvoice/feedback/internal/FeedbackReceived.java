package org.youthvoice.feedback.internal;

import org.jspecify.annotations.Nullable;

/**
 * Published when feedback has been stored. Safeguarding screens the comment; insight counts it. Carries no contact
 * details.
 */
public record FeedbackReceived(long itemId, long channelId, String channelTitle, @Nullable Integer rating,
        @Nullable String comment, boolean wantsContact) {

    /** Names no item and no words: an event can end up in a log line, with a time. */
    @Override
    public String toString() {
        return "FeedbackReceived[]";
    }
}
