package org.youthvoice.base;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.internal.AddressAttemptStore;

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

    private final AddressAttemptStore store;
    private final AddressKeys keys;
    private final Clock clock;

    AddressAttempts(AddressAttemptStore store, AddressKeys keys, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.clock = clock;
    }

    public boolean isBlocked(String purpose, String address) {
        return store.countSince(purpose, key(address), LocalDateTime.now(clock).minus(WINDOW))
                .map(f -> f >= MOST_WRONG).orElse(false);
    }

    /**
     * Counts a wrong code in the caller's transaction, which must not roll back on the refusal that follows
     * ({@code noRollbackFor = UserFacingException.class}). A transaction of its own would need a second connection
     * per attempt and can starve the pool under a burst of tries.
     */
    public void recordWrong(String purpose, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        store.countOne(purpose, key(address), now, now.minus(WINDOW));
    }

    /**
     * Counts one anonymous send from {@code address} to {@code scope} (a channel, a survey), in the caller's
     * transaction, and says whether it is within {@code most} for the window. Anyone who passes {@code "*"} as the
     * address counts every send to the scope, whoever it is from. A refused send is counted too: a flood from one
     * address keeps its own window full. Same table and window as wrong codes, so it holds across nodes (design note 0026).
     */
    public boolean allowSend(String purpose, String scope, String address, int most) {
        LocalDateTime now = LocalDateTime.now(clock);
        String key = keys.of("send", scope + "\n" + address);
        store.countOne(purpose, key, now, now.minus(WINDOW));
        return store.count(purpose, key) <= most;
    }

    /** A row whose window has ended counts for nothing (the next wrong code starts afresh), so it goes. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "address-attempts", lockAtMostFor = "PT50S")
    @Transactional
    public void forgetOld() {
        store.forgetStartedUpTo(LocalDateTime.now(clock).minus(WINDOW));
    }

    private String key(String address) {
        return keys.of("code", address);
    }
}
