package org.youthvoice.people.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.security.Public;

/** Loads staff and members alike for the login form. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountStore accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    /** Spring Security asks before anyone is signed in: that is what signing in is. */
    @Public
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByUsername(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .accountLocked(account.isLocked(LocalDateTime.now(clock)))
                .authorities(account.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList())
                .build();
    }
}
