package org.youthvoice.base.internal;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts in sliding windows, one row per purpose and keyed address: how many (wrong codes, sends) since the window
 * started. A count whose window has ended starts afresh at its next one.
 */
@Component
public class AddressAttemptStore {

    private final JdbcClient jdbc;

    public AddressAttemptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The count of a window that started after {@code windowAfter}; empty if there is none still running. */
    public Optional<Integer> countSince(String purpose, String addressKey, LocalDateTime windowAfter) {
        return jdbc.sql("SELECT failures FROM address_attempt WHERE purpose = ? AND address_key = ? AND window_start > ?")
                .params(purpose, addressKey, windowAfter)
                .query((rs, n) -> rs.getInt("failures")).optional();
    }

    /** The count of the window, whenever it started; fails if nothing was counted. */
    public int count(String purpose, String addressKey) {
        return jdbc.sql("SELECT failures FROM address_attempt WHERE purpose = ? AND address_key = ?")
                .params(purpose, addressKey).query((rs, n) -> rs.getInt("failures")).single();
    }

    /**
     * Counts one more, in one statement that holds across nodes: in the window if it started after
     * {@code windowAfter}, else as the first of a new window starting {@code now}.
     */
    public void countOne(String purpose, String addressKey, LocalDateTime now, LocalDateTime windowAfter) {
        jdbc.sql("""
                INSERT INTO address_attempt (purpose, address_key, window_start, failures) VALUES (?, ?, ?, 1)
                ON DUPLICATE KEY UPDATE
                  failures = IF(window_start > ?, failures + 1, 1),
                  window_start = IF(window_start > ?, window_start, VALUES(window_start))""")
                .params(purpose, addressKey, now, windowAfter, windowAfter).update();
    }

    /** Deletes the windows that started at or before {@code windowUpTo}. */
    public void forgetStartedUpTo(LocalDateTime windowUpTo) {
        jdbc.sql("DELETE FROM address_attempt WHERE window_start <= ?").param(windowUpTo).update();
    }
}
