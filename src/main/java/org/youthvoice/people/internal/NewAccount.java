package org.youthvoice.people.internal;

import java.time.LocalDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.youthvoice.people.AccountKind;
import org.youthvoice.people.AgeBand;

/** An account checked and ready to be stored; the password is already hashed. */
public record NewAccount(AccountKind kind, String username, String displayName, String passwordHash,
        Set<String> roles, @Nullable AgeBand ageBand, LocalDateTime createdAt) {

    public NewAccount {
        roles = Set.copyOf(roles);
    }
}
