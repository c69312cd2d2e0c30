package org.youthvoice.feedback;

/** Where a piece of feedback is in triage. */
public enum FeedbackStatus {
    NEW, IN_REVIEW, ACTION_PLANNED, DONE, NO_ACTION;

    /** "No action" needs a reason young people could read. */
    public boolean needsReason() {
        return this == NO_ACTION;
    }
}
