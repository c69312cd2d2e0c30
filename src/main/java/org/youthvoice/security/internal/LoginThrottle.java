package org.youthvoice.security.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final AddressKeys keys;
    private final YouthVoiceProperties.Login settings;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, AddressKeys keys, YouthVoiceProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.settings = properties.login();
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean isBlocked(String address) {
        LocalDateTime windowStart = LocalDateTime.now(clock).minus(settings.addressWindowOrDefault());
        return jdbc.sql("SELECT failures FROM login_throttle WHERE address_key = ? AND window_start > ?")
                .params(key(address), windowStart)
                .query(Integer.class)
                .optional()
                .map(failures -> failures >= settings.maxAttemptsPerAddressOrDefault())
                .orElse(false);
    }

    @Transactional
    void recordFailure(String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime windowStart = now.minus(settings.addressWindowOrDefault());
        jdbc.sql("""
                INSERT INTO login_throttle (address_key, window_start, failures) VALUES (?, ?, 1)
                ON DUPLICATE KEY UPDATE
                  failures = IF(window_start > ?, failures + 1, 1),
                  window_start = IF(window_start > ?, window_start, VALUES(window_start))
                """)
                .params(key(address), now, windowStart, windowStart)
                .update();
    }

    /** A row whose window has ended counts for nothing (the next failure starts afresh), so it goes. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "login-throttle-cleanup", lockAtMostFor = "PT50S")
    @Transactional
    void forgetOldWindows() {
        jdbc.sql("DELETE FROM login_throttle WHERE window_start <= ?")
                .param(LocalDateTime.now(clock).minus(settings.addressWindowOrDefault()))
                .update();
    }

    private String key(String address) {
        return keys.of("login", address);
    }
}
