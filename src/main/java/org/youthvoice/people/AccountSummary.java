package org.youthvoice.people;

import java.time.LocalDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a list of accounts shows. Never carries a password hash. */
public record AccountSummary(long id, AccountKind kind, String username, String displayName, Set<String> roles,
        boolean enabled, boolean locked, @Nullable AgeBand ageBand, LocalDateTime createdAt,
        @Nullable LocalDateTime lastLoginAt) {
}
