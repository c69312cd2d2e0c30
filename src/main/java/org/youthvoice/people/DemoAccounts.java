package org.youthvoice.people;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.DemoMode;
import org.youthvoice.people.internal.AccountStore;
import org.youthvoice.people.internal.NewAccount;
import org.youthvoice.security.Roles;
import org.youthvoice.security.ForAdmins;

/** Demo accounts with fixed, published secrets. Refuses to work unless demo mode is on. */
@Service
public class DemoAccounts {

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final DemoMode demo;
    private final Clock clock;

    DemoAccounts(AccountStore accounts, PasswordEncoder passwords, AuditLog audit, DemoMode demo, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.demo = demo;
        this.clock = clock;
    }

    @ForAdmins
    @Transactional
    public void ensure(String username, String secret, Set<String> roles) {
        if (!demo.isEnabled()) {
            throw new IllegalStateException("demo accounts exist only in demo mode");
        }
        if (accounts.exists(username)) {
            return;
        }
        var kind = roles.contains(Roles.MEMBER) ? AccountKind.MEMBER : AccountKind.STAFF;
        var name = Character.toUpperCase(username.charAt(0)) + username.substring(1);
        var account = accounts.create(new NewAccount(kind, username, name, passwords.encode(secret), roles,
                kind == AccountKind.MEMBER ? AgeBand.AGE_11_17 : null, LocalDateTime.now(clock)));
        audit.record("ACCOUNT_CREATED", "account", String.valueOf(account.id()), "demo account " + username);
    }
}
