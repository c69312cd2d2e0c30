package org.youthvoice.base;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wrong codes per network address in a sliding window (20 in 10 minutes), so codes cannot be found by trying many.
 * One mechanism for every place that takes a code; each says what for, so a wrong survey code does not count against
 * feedback. Only a keyed hash of the address is kept ({@link AddressKeys}), apart from anything a young person sent,
 * and only while its window lasts (a cleanup every minute). The table lives in the database, so the limit holds across
 * nodes.
 */
@Component
public class AddressAttempts {

    public static final int MOST_WRONG = 20;
    public static final Duration WINDOW = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final AddressKeys keys;
    private final Clock clock;

    AddressAttempts(JdbcClient jdbc, AddressKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    public boolean isBlocked(String purpose, String address) {
        return jdbc.sql("SELECT failures FROM address_attempt WHERE purpose = ? AND address_key = ? AND window_start > ?")
                .params(purpose, key(address), LocalDateTime.now(clock).minus(WINDOW))
                .query(Integer.class).optional().map(f -> f >= MOST_WRONG).orElse(false);
    }

    /**
     * Counts a wrong code in the caller's transaction, which must not roll back on the refusal that follows
     * ({@code noRollbackFor = UserFacingException.class}). A transaction of its own would need a second connection
     * per attempt and can starve the pool under a burst of tries.
     */
    public void recordWrong(String purpose, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime windowStart = now.minus(WINDOW);
        jdbc.sql("""
                INSERT INTO address_attempt (purpose, address_key, window_start, failures) VALUES (?, ?, ?, 1)
                ON DUPLICATE KEY UPDATE
                  failures = IF(window_start > ?, failures + 1, 1),
                  window_start = IF(window_start > ?, window_start, VALUES(window_start))""")
                .params(purpose, key(address), now, windowStart, windowStart).update();
    }

    /**
     * Counts one anonymous send from {@code address} to {@code scope} (a channel, a survey), in the caller's
     * transaction, and says whether it is within {@code most} for the window. Anyone who passes {@code "*"} as the
     * address counts every send to the scope, whoever it is from. A refused send is counted too: a flood from one
     * address keeps its own window full. Same table and window as wrong codes, so it holds across nodes (design note 0026).
     */
    public boolean allowSend(String purpose, String scope, String address, int most) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime windowStart = now.minus(WINDOW);
        String key = keys.of("send", scope + "\n" + address);
        jdbc.sql("""
                INSERT INTO address_attempt (purpose, address_key, window_start, failures) VALUES (?, ?, ?, 1)
                ON DUPLICATE KEY UPDATE
                  failures = IF(window_start > ?, failures + 1, 1),
                  window_start = IF(window_start > ?, window_start, VALUES(window_start))""")
                .params(purpose, key, now, windowStart, windowStart).update();
        int sent = jdbc.sql("SELECT failures FROM address_attempt WHERE purpose = ? AND address_key = ?")
                .params(purpose, key).query(Integer.class).single();
        return sent <= most;
    }

    /** A row whose window has ended counts for nothing (the next wrong code starts afresh), so it goes. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "address-attempts", lockAtMostFor = "PT50S")
    @Transactional
    public void forgetOld() {
        jdbc.sql("DELETE FROM address_attempt WHERE window_start <= ?").param(LocalDateTime.now(clock).minus(WINDOW))
                .update();
    }

    private String key(String address) {
        return keys.of("code", address);
    }
}
