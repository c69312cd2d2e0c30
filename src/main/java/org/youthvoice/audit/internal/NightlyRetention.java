package org.youthvoice.audit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.RetentionDue;
import org.youthvoice.base.YouthVoiceProperties;

/**
 * The one retention job: nightly, on one node (ShedLock), it works out the dates from the configured periods and
 * publishes {@link RetentionDue}; each module deletes its own records when it hears it (design note 0039).
 */
@Component
public class NightlyRetention {

    private final ApplicationEventPublisher events;
    private final YouthVoiceProperties.Retention retention;
    private final Clock clock;

    NightlyRetention(ApplicationEventPublisher events, YouthVoiceProperties properties, Clock clock) {
        this.events = events;
        this.retention = properties.retention();
        this.clock = clock;
    }

    @Scheduled(cron = "${youthvoice.retention.cron:0 30 2 * * *}")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT30M")
    @Transactional
    public void run() {
        events.publishEvent(due());
    }

    /** What is due now. */
    public RetentionDue due() {
        var today = LocalDate.now(clock);
        return new RetentionDue(today, today.minusDays(retention.freeTextDaysOrDefault()),
                LocalDateTime.now(clock).minusDays(retention.auditDaysOrDefault()));
    }
}
