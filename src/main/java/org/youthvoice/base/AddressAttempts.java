package org.youthvoice.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wrong codes per network address in a sliding window (20 in 10 minutes), so codes cannot be found by trying many.
 * One mechanism for every place that takes a code; each says what for, so a wrong survey code does not count against
 * feedback. Only a hash of the address is kept, apart from anything a young person sent, and forgotten after a day.
 * The table lives in the database, so the limit holds across nodes.
 */
@Component
public class AddressAttempts {

    public static final int MOST_WRONG = 20;
    public static final Duration WINDOW = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;

    AddressAttempts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
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

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    @SchedulerLock(name = "address-attempts", lockAtMostFor = "PT10M")
    @Transactional
    public void forgetOld() {
        jdbc.sql("DELETE FROM address_attempt WHERE window_start < ?").param(LocalDateTime.now(clock).minusDays(1))
                .update();
    }

    private static String key(String address) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("address:" + address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
