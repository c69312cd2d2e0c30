package org.youthvoice.survey.internal;

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
 * Deletes the raw text of free-text answers after the free-text retention period (choices, numbers and the fact that
 * a text was given stay, so results still add up). Unfinished responses are sent as they are when a survey closes
 * (see {@code Submissions}), so none are left to forget.
 * Runs nightly on one node; each run is written to the audit log.
 */
@Component
public class SurveyRetention {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final YouthVoiceProperties.Retention retention;
    private final Clock clock;

    SurveyRetention(JdbcClient jdbc, AuditLog audit, YouthVoiceProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.retention = properties.retention();
        this.clock = clock;
    }

    @Scheduled(cron = "${youthvoice.retention.cron:0 40 2 * * *}")
    @SchedulerLock(name = "survey-retention", lockAtMostFor = "PT30M")
    @Transactional
    public void run() {
        LocalDate cutoff = LocalDate.now(clock).minusDays(retention.freeTextDaysOrDefault());
        int texts = jdbc.sql("""
                UPDATE survey_answer a JOIN survey_response r ON r.id = a.response_id
                SET a.text_value = NULL, a.text_deleted = TRUE
                WHERE a.text_value IS NOT NULL AND r.submitted_on < ?""").param(cutoff).update();
        audit.recordAs("system", "RETENTION_RUN", "survey", null, "free-text answers deleted: " + texts);
    }
}
