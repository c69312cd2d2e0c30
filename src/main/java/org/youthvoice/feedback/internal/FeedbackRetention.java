package org.youthvoice.feedback.internal;

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
 * Deletes contact details when their time is up, and raw comments after the free-text retention period (ratings and
 * triage status stay). Runs nightly on one node; each run is written to the audit log.
 */
@Component
public class FeedbackRetention {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final YouthVoiceProperties.Retention retention;
    private final Clock clock;

    FeedbackRetention(JdbcClient jdbc, AuditLog audit, YouthVoiceProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.retention = properties.retention();
        this.clock = clock;
    }

    @Scheduled(cron = "${youthvoice.retention.cron:0 30 2 * * *}")
    @SchedulerLock(name = "feedback-retention", lockAtMostFor = "PT30M")
    @Transactional
    public void run() {
        LocalDate today = LocalDate.now(clock);
        int contacts = jdbc.sql("DELETE FROM feedback_contact WHERE delete_after < ?").param(today).update();
        int comments = jdbc.sql("UPDATE feedback_item SET comment = NULL, comment_deleted = TRUE "
                + "WHERE comment IS NOT NULL AND received_on < ?")
                .param(today.minusDays(retention.freeTextDaysOrDefault()))
                .update();
        audit.recordAs("system", "RETENTION_RUN", "feedback", null,
                "contact details deleted: " + contacts + "; comments deleted: " + comments);
    }
}
