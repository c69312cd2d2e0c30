package org.youthvoice.people.internal;

import java.time.LocalDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.youthvoice.people.AccountKind;
import org.youthvoice.people.AccountSummary;
import org.youthvoice.people.AgeBand;

/**
 * A staff or member account as {@link AccountStore} read it. {@code version} is the row's version when read: a change
 * made through the store is refused if someone else changed the account since. Logins change their own columns with
 * single statements ({@code LoginCounterStore}) and leave the version alone.
 */
public record Account(long id, AccountKind kind, String username, String displayName, String passwordHash,
        boolean enabled, int failedLogins, @Nullable LocalDateTime lockedUntil, boolean mustChangeSecret,
        @Nullable AgeBand ageBand, LocalDateTime createdAt, @Nullable LocalDateTime lastLoginAt, long version,
        Set<String> roles) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public AccountSummary summary(LocalDateTime now) {
        return new AccountSummary(id, kind, username, displayName, roles, enabled, isLocked(now), ageBand, createdAt,
                lastLoginAt);
    }
}
