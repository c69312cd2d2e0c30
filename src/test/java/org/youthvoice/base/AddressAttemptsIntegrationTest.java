package org.youthvoice.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.youthvoice.base.internal.AddressAttemptStore;
import org.youthvoice.testing.IntegrationTest;

/** Wrong codes per address: kept as a keyed hash, and only while the window lasts. */
@IntegrationTest
class AddressAttemptsIntegrationTest {

    private static final String PURPOSE = "test-code";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AddressKeys keys;
    @Autowired
    PlatformTransactionManager transactions;

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255) + ":"
            + ThreadLocalRandom.current().nextLong(1_000_000_000L);

    private AddressAttempts at(Instant now) {
        return new AddressAttempts(new AddressAttemptStore(jdbc), keys, Clock.fixed(now, ZoneId.systemDefault()));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private long rows(String someAddress) {
        return jdbc.sql("SELECT COUNT(*) FROM address_attempt WHERE purpose = ? AND address_key = ?")
                .params(PURPOSE, keys.of("code", someAddress)).query(Long.class).single();
    }

    @Test
    void the_stored_key_is_neither_the_address_nor_its_plain_sha256() throws Exception {
        at(start).recordWrong(PURPOSE, address);

        var stored = jdbc.sql("SELECT address_key FROM address_attempt WHERE purpose = ?").param(PURPOSE)
                .query(String.class).list();
        assertThat(stored).contains(keys.of("code", address)).allMatch(k -> k.matches("[0-9a-f]{64}"))
                .doesNotContain(sha256(address), sha256("address:" + address), address);
    }

    @Test
    void the_same_address_gets_the_same_key_within_an_install_and_another_address_another_key() {
        var restarted = TestAddressKeys.fresh(jdbc, transactions);

        assertThat(restarted.of("code", address)).isEqualTo(keys.of("code", address));
        assertThat(keys.of("code", address + "1")).isNotEqualTo(keys.of("code", address));
        assertThat(keys.of("login", address)).as("each use keys apart").isNotEqualTo(keys.of("code", address));

        for (int i = 0; i < AddressAttempts.MOST_WRONG - 1; i++) {
            at(start).recordWrong(PURPOSE, address);
        }
        assertThat(at(start).isBlocked(PURPOSE, address)).isFalse();
        new AddressAttempts(new AddressAttemptStore(jdbc), restarted, Clock.fixed(start, ZoneId.systemDefault()))
                .recordWrong(PURPOSE, address);
        assertThat(at(start).isBlocked(PURPOSE, address)).isTrue();
    }

    @Test
    void rows_older_than_the_window_are_gone_after_the_cleanup_and_newer_ones_stay() {
        at(start.minus(AddressAttempts.WINDOW)).recordWrong(PURPOSE, address);
        at(start.minus(AddressAttempts.WINDOW).plusSeconds(1)).recordWrong(PURPOSE, address + "-recent");
        at(start.minus(AddressAttempts.WINDOW.multipliedBy(30))).recordWrong(PURPOSE, address + "-old");

        at(start).forgetOld();

        assertThat(rows(address)).isZero();
        assertThat(rows(address + "-old")).isZero();
        assertThat(rows(address + "-recent")).isOne();
    }
}
