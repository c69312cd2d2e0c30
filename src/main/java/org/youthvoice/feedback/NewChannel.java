package org.youthvoice.feedback;

/** What an officer fills in to open a "tell us" channel. */
public record NewChannel(String title, String prompt, boolean askRating, boolean askComment, boolean allowContact) {
}
