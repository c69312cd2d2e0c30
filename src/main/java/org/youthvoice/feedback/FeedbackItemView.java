package org.youthvoice.feedback;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One piece of feedback in the triage list. Contact details are not in it: reading them is a separate, logged step. */
public record FeedbackItemView(long id, long channelId, String channelTitle, LocalDate receivedOn,
        @Nullable Integer rating, @Nullable String comment, boolean commentDeleted, boolean hasContact,
        FeedbackStatus status, @Nullable String assignee, @Nullable String statusNote,
        @Nullable String redactedComment, @Nullable String groupName) {
}
