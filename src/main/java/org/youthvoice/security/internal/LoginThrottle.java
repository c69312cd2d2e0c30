package org.youthvoice.security.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.AddressKeys;
import org.youthvoice.base.YouthVoiceProperties;

/**
 * Failed logins per network address in a sliding window. Only a keyed hash of the address is stored
 * ({@link AddressKeys}), and only while its window lasts.
 */
@Component
class LoginThrottle {

    private final LoginThrottleStore store;
    private final AddressKeys keys;
    private final YouthVoiceProperties.Login settings;
    private final Clock clock;

    LoginThrottle(LoginThrottleStore store, AddressKeys keys, YouthVoiceProperties properties, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.settings = properties.login();
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean isBlocked(String address) {
        LocalDateTime windowStart = LocalDateTime.now(clock).minus(settings.addressWindowOrDefault());
        return store.failuresSince(key(address), windowStart)
                .map(failures -> failures >= settings.maxAttemptsPerAddressOrDefault())
                .orElse(false);
    }

    @Transactional
    void recordFailure(String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime windowStart = now.minus(settings.addressWindowOrDefault());
        store.addFailure(key(address), now, windowStart);
    }

    /** A row whose window has ended counts for nothing (the next failure starts afresh), so it goes. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "login-throttle-cleanup", lockAtMostFor = "PT50S")
    @Transactional
    void forgetOldWindows() {
        store.forgetWindowsFrom(LocalDateTime.now(clock).minus(settings.addressWindowOrDefault()));
    }

    private String key(String address) {
        return keys.of("login", address);
    }
}
