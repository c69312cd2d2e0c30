package org.youthvoice.insight.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.YouthVoiceProperties;

/**
 * Deletes the words in the tagging stream on the same schedule as the originals (feedback comments, survey answers),
 * keeping their tags, so counts per priority stay right. Runs nightly on one node; each run is audit-logged.
 */
@Component
public class TextRetention {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final YouthVoiceProperties.Retention retention;
    private final Clock clock;

    TextRetention(JdbcClient jdbc, AuditLog audit, YouthVoiceProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.retention = properties.retention();
        this.clock = clock;
    }

    @Scheduled(cron = "${youthvoice.retention.cron:0 50 2 * * *}")
    @SchedulerLock(name = "insight-text-retention", lockAtMostFor = "PT30M")
    @Transactional
    public void run() {
        LocalDate cutoff = LocalDate.now(clock).minusDays(retention.freeTextDaysOrDefault());
        int texts = jdbc.sql("UPDATE insight_text SET text = NULL, text_deleted = TRUE "
                + "WHERE text IS NOT NULL AND written_on < ?").param(cutoff).update();
        audit.recordAs("system", "RETENTION_RUN", "insight_text", null, "tagging stream texts deleted: " + texts);
    }
}
