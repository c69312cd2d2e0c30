package org.youthvoice.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.YouthVoiceProperties;

/** Failed logins per network address in a sliding window. Only a hash of the address is stored. */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final YouthVoiceProperties.Login settings;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, YouthVoiceProperties properties, Clock clock) {
        this.jdbc = jdbc;
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

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "login-throttle-cleanup", lockAtMostFor = "PT10M")
    @Transactional
    void forgetOldWindows() {
        jdbc.sql("DELETE FROM login_throttle WHERE window_start < ?")
                .param(LocalDateTime.now(clock).minusDays(1))
                .update();
    }

    private static String key(String address) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
