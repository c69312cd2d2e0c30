package org.youthvoice.people;

import org.jspecify.annotations.Nullable;

/** What an officer types to add a young member. The secret code is made by Youth Voice, not typed. */
public record NewMember(String username, String displayName, @Nullable AgeBand ageBand, SecretKind secretKind) {
}
