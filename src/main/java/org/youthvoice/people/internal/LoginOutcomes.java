package org.youthvoice.people.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.YouthVoiceProperties;

/** Locks an account after too many wrong passwords in a row, and notes each login in the audit log. */
@Component
class LoginOutcomes {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final YouthVoiceProperties.Login settings;
    private final Clock clock;

    LoginOutcomes(AccountRepository accounts, AuditLog audit, YouthVoiceProperties properties, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.settings = properties.login();
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.findByUsernameIgnoreCase(username).ifPresent(account -> {
            account.recordLogin(LocalDateTime.now(clock));
            audit.recordAs(account.username(), "LOGIN", "account", String.valueOf(account.id()), null);
        });
    }

    @EventListener
    @Transactional
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        accounts.findByUsernameIgnoreCase(username == null ? "" : username.strip()).ifPresentOrElse(account -> {
            LocalDateTime now = LocalDateTime.now(clock);
            boolean locked = account.recordFailedLogin(settings.maxFailuresOrDefault(),
                    now.plus(settings.lockForOrDefault()));
            audit.recordAs(account.username(), locked ? "LOGIN_LOCKED" : "LOGIN_FAILED", "account",
                    String.valueOf(account.id()), null);
        }, () -> audit.recordAs("anonymous", "LOGIN_FAILED", "account", null, "unknown username"));
    }
}
