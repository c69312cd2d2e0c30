package org.youthvoice.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youthvoice.base.YouthVoiceProperties;
import org.youthvoice.testing.IntegrationTest;

/** The per-address limit with a small limit of its own: the test profile sets a huge one for the browser tests. */
@IntegrationTest
class LoginThrottleIntegrationTest {

    private static final int LIMIT = 3;
    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final YouthVoiceProperties SETTINGS = new YouthVoiceProperties(false, null, null, null,
            new YouthVoiceProperties.Login(5, Duration.ofMinutes(15), LIMIT, WINDOW), null);

    @Autowired
    JdbcClient jdbc;

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255) + ":"
            + ThreadLocalRandom.current().nextLong(1_000_000_000L);

    private LoginThrottle throttleAt(Instant now) {
        return new LoginThrottle(jdbc, SETTINGS, Clock.fixed(now, ZoneId.systemDefault()));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void an_address_is_blocked_once_it_reaches_the_limit() {
        var throttle = throttleAt(start);

        throttle.recordFailure(address);
        throttle.recordFailure(address);
        assertThat(throttle.isBlocked(address)).isFalse();
        throttle.recordFailure(address);

        assertThat(throttle.isBlocked(address)).isTrue();
        assertThat(throttleAt(start.plus(WINDOW).minusSeconds(1)).isBlocked(address)).isTrue();
    }

    @Test
    void other_addresses_are_not_blocked_by_one_that_is() {
        var throttle = throttleAt(start);
        for (int i = 0; i < LIMIT; i++) {
            throttle.recordFailure(address);
        }

        assertThat(throttle.isBlocked(address + "0")).isFalse();
        assertThat(throttle.isBlocked("2001:db8::" + ThreadLocalRandom.current().nextInt(0xffff))).isFalse();
    }

    @Test
    void the_block_ends_when_the_window_has_passed_and_counting_starts_again() {
        for (int i = 0; i < LIMIT; i++) {
            throttleAt(start).recordFailure(address);
        }
        var later = throttleAt(start.plus(WINDOW).plusSeconds(1));

        assertThat(later.isBlocked(address)).isFalse();
        later.recordFailure(address);
        later.recordFailure(address);
        assertThat(later.isBlocked(address)).as("two failures in the new window").isFalse();
        later.recordFailure(address);
        assertThat(later.isBlocked(address)).isTrue();
    }

    @Test
    void failures_spread_over_the_window_still_count_together() {
        throttleAt(start).recordFailure(address);
        throttleAt(start.plus(Duration.ofMinutes(4))).recordFailure(address);
        throttleAt(start.plus(Duration.ofMinutes(9))).recordFailure(address);

        assertThat(throttleAt(start.plus(Duration.ofMinutes(9))).isBlocked(address)).isTrue();
    }

    @Test
    void only_a_hash_of_the_address_is_stored() throws Exception {
        throttleAt(start).recordFailure(address);

        var rows = jdbc.sql("SELECT address_key, failures FROM login_throttle WHERE address_key = ?")
                .param(sha256(address)).query((rs, n) -> rs.getString(1) + "/" + rs.getInt(2)).list();
        assertThat(rows).containsExactly(sha256(address) + "/1");
        assertThat(sha256(address)).matches("[0-9a-f]{64}");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE address_key LIKE '%198.51.100%' "
                + "OR address_key LIKE '%:%' OR address_key LIKE '%.%'").query(Long.class).single()).isZero();
    }

    @Test
    void old_windows_are_forgotten() throws Exception {
        var longAgo = start.minus(Duration.ofDays(2));
        throttleAt(longAgo).recordFailure(address);
        throttleAt(start).recordFailure(address + "-recent");

        throttleAt(start).forgetOldWindows();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE address_key = ?").param(sha256(address))
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE address_key = ?").param(sha256(address + "-recent"))
                .query(Long.class).single()).isOne();
    }
}
