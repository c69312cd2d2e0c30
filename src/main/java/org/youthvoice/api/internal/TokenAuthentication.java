package org.youthvoice.api.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Turns a bearer token into its owner, with the owner's roles as they are now: an unknown, expired or revoked token, or
 * one whose owner is switched off, locked out or gone, gives nobody.
 */
@Component
class TokenAuthentication {

    private final ApiTokenStore store;
    private final UserDetailsService users;
    private final Clock clock;

    TokenAuthentication(ApiTokenStore store, UserDetailsService users, Clock clock) {
        this.store = store;
        this.users = users;
        this.clock = clock;
    }

    Optional<UserDetails> owner(String secret) {
        var row = store.byHash(ApiTokenService.hash(secret));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        var now = LocalDateTime.now(clock).withNano(0);
        if (row.get().expiresOn() != null && !row.get().expiresOn().isAfter(now.toLocalDate())) {
            return Optional.empty();
        }
        UserDetails user;
        try {
            user = users.loadUserByUsername(row.get().username());
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
        if (!user.isEnabled() || !user.isAccountNonLocked() || !user.isAccountNonExpired()) {
            return Optional.empty();
        }
        // "Last used" to the minute is enough, and saves a write on every call of a busy dashboard.
        if (row.get().lastUsedAt() == null || row.get().lastUsedAt().isBefore(now.minusMinutes(1))) {
            store.markUsed(row.get().id(), now);
        }
        return Optional.of(user);
    }
}
