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

/**
 * Locks an account after too many wrong passwords in a row, and notes each login in the audit log. The counts change
 * in single statements ({@link LoginCounterStore}), so logins to one account at the same moment never fail each other.
 */
@Component
class LoginOutcomes {

    private final LoginCounterStore counters;
    private final AuditLog audit;
    private final YouthVoiceProperties.Login settings;
    private final Clock clock;

    LoginOutcomes(LoginCounterStore counters, AuditLog audit, YouthVoiceProperties properties, Clock clock) {
        this.counters = counters;
        this.audit = audit;
        this.settings = properties.login();
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        counters.find(event.getAuthentication().getName()).ifPresent(account -> {
            counters.recordLogin(account.id(), LocalDateTime.now(clock));
            audit.recordAs(account.username(), "LOGIN", "account", String.valueOf(account.id()), null);
        });
    }

    @EventListener
    @Transactional
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        counters.find(username == null ? "" : username.strip()).ifPresentOrElse(account -> {
            boolean locked = counters.recordFailure(account.id(), settings.maxFailuresOrDefault(),
                    LocalDateTime.now(clock).plus(settings.lockForOrDefault()));
            audit.recordAs(account.username(), locked ? "LOGIN_LOCKED" : "LOGIN_FAILED", "account",
                    String.valueOf(account.id()), null);
        }, () -> audit.recordAs("anonymous", "LOGIN_FAILED", "account", null, "unknown username"));
    }
}
