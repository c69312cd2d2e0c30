package org.youthvoice.base.db;

import java.time.Clock;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.internal.EventLogStore;

/**
 * Spring Modulith's event log (EVENT_PUBLICATION) keeps each event, with the time it was published to the
 * microsecond, until its listener is done; then the row is deleted ({@code spring.modulith.events.completion-mode=
 * delete}). An event about free text names the answer or comment and carries the words. A publication whose listener
 * failed waits to be sent again (at the next start), and so keeps its time: this job cuts the dates of any that have
 * waited more than an hour to the day, and deletes any completed one left behind, every 10 minutes on one node
 * (design note 0023).
 */
@Component
public class EventLogTimes {

    private final EventLogStore store;
    private final Clock clock;

    EventLogTimes(EventLogStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
    @SchedulerLock(name = "event-log-times", lockAtMostFor = "PT10M")
    @Transactional
    public void run() {
        coarsenWaitingSince(LocalDateTime.now(clock).minusHours(1));
    }

    /** Cuts to the day the dates of publications still waiting that were published before {@code before}. */
    @Transactional
    public int coarsenWaitingSince(LocalDateTime before) {
        store.deleteCompleted();
        return store.coarsenWaitingSince(before);
    }
}
