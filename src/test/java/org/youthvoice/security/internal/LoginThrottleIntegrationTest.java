package org.youthvoice.security.internal;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.youthvoice.base.AddressKeys;
import org.youthvoice.base.TestAddressKeys;
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
    @Autowired
    LoginThrottleStore store;
    @Autowired
    AddressKeys keys;
    @Autowired
    PlatformTransactionManager transactions;

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255) + ":"
            + ThreadLocalRandom.current().nextLong(1_000_000_000L);

    private LoginThrottle throttleAt(Instant now) {
        return new LoginThrottle(store, keys, SETTINGS, Clock.fixed(now, ZoneId.systemDefault()));
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

    private String storedKey() {
        return jdbc.sql("SELECT address_key FROM login_throttle WHERE address_key = ?")
                .param(keys.of("login", address)).query(String.class).single();
    }

    private long rowsFor(String someAddress) {
        return jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE address_key = ?")
                .param(keys.of("login", someAddress)).query(Long.class).single();
    }

    @Test
    void only_a_keyed_hash_of_the_address_is_stored_never_the_address_or_its_plain_sha256() throws Exception {
        throttleAt(start).recordFailure(address);

        String stored = storedKey();
        assertThat(stored).matches("[0-9a-f]{64}").isNotEqualTo(sha256(address));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE address_key IN (?, ?)")
                .params(sha256(address), address).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE address_key LIKE '%198.51.100%' "
                + "OR address_key LIKE '%:%' OR address_key LIKE '%.%'").query(Long.class).single()).isZero();
    }

    @Test
    void the_same_address_gets_the_same_key_after_a_restart_of_the_install() {
        throttleAt(start).recordFailure(address);
        throttleAt(start).recordFailure(address);

        assertThat(jdbc.sql("SELECT failures FROM login_throttle WHERE address_key = ?").param(storedKey())
                .query(Integer.class).single()).isEqualTo(2);
        // A new node (or the app started again) reads the same secret from the database.
        var afterRestart = new LoginThrottle(store, TestAddressKeys.fresh(jdbc, transactions), SETTINGS,
                Clock.fixed(start, ZoneId.systemDefault()));
        afterRestart.recordFailure(address);
        assertThat(afterRestart.isBlocked(address)).isTrue();
    }

    @Test
    void rows_go_once_their_window_has_ended() {
        throttleAt(start.minus(WINDOW)).recordFailure(address);
        throttleAt(start.minus(WINDOW).plusSeconds(1)).recordFailure(address + "-recent");
        throttleAt(start.minus(Duration.ofDays(2))).recordFailure(address + "-old");

        throttleAt(start).forgetOldWindows();

        assertThat(rowsFor(address)).isZero();
        assertThat(rowsFor(address + "-old")).isZero();
        assertThat(rowsFor(address + "-recent")).isOne();
    }
}
