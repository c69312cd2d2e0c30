package org.youthvoice.security.internal;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Failed logins per keyed address and the start of their window ({@code login_throttle}). */
@Component
class LoginThrottleStore {

    private final JdbcClient jdbc;

    LoginThrottleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The address's failures in a window that started after {@code windowStart}; empty if none. */
    Optional<Integer> failuresSince(String addressKey, LocalDateTime windowStart) {
        return jdbc.sql("SELECT failures FROM login_throttle WHERE address_key = ? AND window_start > ?")
                .params(addressKey, windowStart)
                .query(Integer.class)
                .optional();
    }

    /**
     * One more failure in the address's window if that started after {@code windowStart}; else a new window from
     * {@code now} with this one failure. One statement, so failures at the same moment all count.
     */
    void addFailure(String addressKey, LocalDateTime now, LocalDateTime windowStart) {
        jdbc.sql("""
                INSERT INTO login_throttle (address_key, window_start, failures) VALUES (?, ?, 1)
                ON DUPLICATE KEY UPDATE
                  failures = IF(window_start > ?, failures + 1, 1),
                  window_start = IF(window_start > ?, window_start, VALUES(window_start))
                """)
                .params(addressKey, now, windowStart, windowStart)
                .update();
    }

    /** Removes the windows that started at or before {@code windowStart}. */
    void forgetWindowsFrom(LocalDateTime windowStart) {
        jdbc.sql("DELETE FROM login_throttle WHERE window_start <= ?").param(windowStart).update();
    }
}
