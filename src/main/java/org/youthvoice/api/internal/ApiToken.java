package org.youthvoice.api.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One of a staff member's API tokens, as the tokens page lists it: never the token itself. */
public record ApiToken(long id, String name, LocalDateTime createdAt, @Nullable LocalDate expiresOn,
        @Nullable LocalDateTime lastUsedAt) {
}
