package org.youthvoice.people.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.DemoMode;
import org.youthvoice.base.YouthVoiceProperties;
import org.youthvoice.people.AccountKind;
import org.youthvoice.security.Roles;

/**
 * A production install has no default password: the first administrator comes from configuration, and the app refuses
 * to start without one while no administrator exists.
 */
@Component
@Order(10)
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final DemoMode demo;
    private final YouthVoiceProperties properties;
    private final Clock clock;

    AccountBootstrap(AccountStore accounts, PasswordEncoder passwords, AuditLog audit, DemoMode demo,
            YouthVoiceProperties properties, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.demo = demo;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var initial = properties.initialAdmin();
        if (accounts.countEnabledWithRole(Roles.ADMIN) > 0 || demo.isEnabled() && initial.username() == null) {
            return;
        }
        if (initial.username() == null || initial.password() == null) {
            throw new IllegalStateException("No administrator exists. Set YOUTHVOICE_INITIAL_ADMIN_USERNAME and "
                    + "YOUTHVOICE_INITIAL_ADMIN_PASSWORD (at least 12 characters) for the first start.");
        }
        String username = initial.username().strip().toLowerCase(Locale.ROOT);
        if (accounts.exists(username)) {
            throw new IllegalStateException("The initial administrator '" + username
                    + "' exists but is disabled or not an administrator; fix it in the database.");
        }
        try {
            PasswordRules.checkStaffPassword(initial.password(), username);
        } catch (RuntimeException e) {
            throw new IllegalStateException("youthvoice.initial-admin.password is too weak: use at least 12 "
                    + "characters that are not the username or a common password.");
        }
        String displayName = initial.displayName() == null ? "Administrator" : initial.displayName();
        var admin = accounts.create(new NewAccount(AccountKind.STAFF, username, displayName,
                passwords.encode(initial.password()), Set.of(Roles.ADMIN), null, LocalDateTime.now(clock)));
        audit.recordAs("system", "ACCOUNT_CREATED", "account", String.valueOf(admin.id()), "initial administrator");
        log.info("Created the initial administrator '{}' from configuration", username);
    }
}
