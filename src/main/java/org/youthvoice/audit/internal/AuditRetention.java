package org.youthvoice.audit.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.YouthVoiceProperties;

/** Deletes audit entries older than {@code youthvoice.retention.audit-days}, nightly, on one node; logs each run. */
@Component
public class AuditRetention {

    private final AuditStore store;
    private final AuditLog audit;
    private final YouthVoiceProperties.Retention retention;
    private final Clock clock;

    AuditRetention(AuditStore store, AuditLog audit, YouthVoiceProperties properties, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.retention = properties.retention();
        this.clock = clock;
    }

    @Scheduled(cron = "${youthvoice.retention.cron:0 30 2 * * *}")
    @SchedulerLock(name = "audit-retention", lockAtMostFor = "PT30M")
    @Transactional
    public void run() {
        int deleted = store.deleteBefore(LocalDateTime.now(clock).minusDays(retention.auditDaysOrDefault()));
        audit.recordAs("system", "RETENTION_RUN", "audit", null, "audit entries deleted: " + deleted);
    }
}
