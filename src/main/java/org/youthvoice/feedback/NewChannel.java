package org.youthvoice.feedback;

import org.jspecify.annotations.Nullable;
import org.youthvoice.people.AgeBand;

/** What an officer fills in to open a "tell us" channel. */
public record NewChannel(String title, String prompt, boolean askRating, boolean askComment, boolean allowContact,
        @Nullable AgeBand ageBand) {

    public NewChannel(String title, String prompt, boolean askRating, boolean askComment, boolean allowContact) {
        this(title, prompt, askRating, askComment, allowContact, null);
    }
}
