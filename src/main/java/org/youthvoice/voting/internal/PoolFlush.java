package org.youthvoice.voting.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ballot that closes at its set time is not closed by anyone's click, so its waiting papers move to the count here,
 * once a minute across nodes. Until then every count of a closed ballot opens the waiting papers itself, so no result
 * ever misses them.
 */
@Component
class PoolFlush {

    private final JdbcClient jdbc;
    private final PaperPool pool;
    private final Clock clock;

    PoolFlush(JdbcClient jdbc, PaperPool pool, Clock clock) {
        this.jdbc = jdbc;
        this.pool = pool;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "ballot-pool-flush", lockAtMostFor = "PT10M")
    @Transactional
    public void flushClosed() {
        for (long ballotId : pool.closedWithWaitingPapers(LocalDateTime.now(clock))) {
            jdbc.sql("SELECT id FROM ballot WHERE id = ? FOR UPDATE").param(ballotId).query(Long.class).optional();
            pool.flush(ballotId);
        }
    }
}
