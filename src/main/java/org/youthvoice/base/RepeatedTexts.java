package org.youthvoice.base;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.internal.RepeatedTextStore;

/**
 * The same words sent again to the same channel within a few minutes, so that a flood of one text is queued once,
 * not a hundred times over a real one (design note 0026). Only a keyed hash of channel and words is kept, for as long
 * as the window lasts; in the database, so it holds across nodes. Short texts ("no", "it was fun": fewer than four words) are
 * never counted as repeats: many young people write them, and each one counts.
 */
@Component
public class RepeatedTexts {

    public static final Duration WINDOW = Duration.ofMinutes(10);
    /** Texts of fewer words than this are never repeats. */
    static final int FEWEST_WORDS = 4;

    private final RepeatedTextStore store;
    private final AddressKeys keys;
    private final Clock clock;

    RepeatedTexts(RepeatedTextStore store, AddressKeys keys, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * Notes {@code text} as sent to {@code channel} (in the caller's transaction) and says whether the same words were
     * already sent there within the window. Letter case, spacing and punctuation at either end do not make words
     * different. Two nodes asking at once for the same new words: one waits for the other and learns it is a repeat.
     */
    public boolean isRepeat(String channel, String text) {
        String words = normalise(text);
        if (words.split(" ").length < FEWEST_WORDS) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String key = keys.of("text", channel + "\n" + words);
        // The row is locked for writing before anything else: reading it with the shared lock an INSERT IGNORE takes
        // on a duplicate and then updating it deadlocked when many young people sent the same words at once (the
        // survey load bench: 7 of 1,000 sendings refused), and a deadlock rolls back the whole sending.
        var seen = store.seenAtForUpdate(key);
        if (seen.isPresent()) {
            if (seen.get().isAfter(now.minus(WINDOW))) {
                return true;
            }
            // Known, but its window is over: the words start a new one.
            store.seenAgain(key, now);
            return false;
        }
        // New words; a sending with the same words a moment ahead inserts first, and this one learns it is a repeat.
        return !store.seenFirst(key, now);
    }

    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
                .replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "repeated-texts", lockAtMostFor = "PT50S")
    @Transactional
    public void forgetOld() {
        store.forgetSeenUpTo(LocalDateTime.now(clock).minus(WINDOW));
    }
}
