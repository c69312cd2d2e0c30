package org.youthvoice.voting.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves waiting papers on where no vote does it: a city-wide ballot's batches (its votes hold the ballot's row lock
 * only shared, so that many can vote at once), and every waiting paper of a ballot that closed at its set time (not
 * by anyone's click). Every ten seconds ({@code youthvoice.ballots.pool-flush}), once across nodes. Counts of a closed ballot read the waiting papers
 * themselves, so no result ever misses them.
 */
@Component
public class PoolFlush {

    private final BallotStore ballots;
    private final PaperPool pool;
    private final Clock clock;

    PoolFlush(BallotStore ballots, PaperPool pool, Clock clock) {
        this.ballots = ballots;
        this.pool = pool;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${youthvoice.ballots.pool-flush:PT10S}",
            initialDelayString = "${youthvoice.ballots.pool-flush:PT10S}")
    @SchedulerLock(name = "ballot-pool-flush", lockAtMostFor = "PT5M")
    @Transactional
    public void run() {
        for (long ballotId : pool.closedWithWaitingPapers(LocalDateTime.now(clock))) {
            ballots.lock(ballotId);
            pool.flush(ballotId);
        }
        for (long ballotId : pool.full()) {
            // The row lock for update waits for the votes in flight, so every waiting paper it sees is committed.
            ballots.lock(ballotId);
            pool.moveIfFull(ballotId);
        }
    }
}
