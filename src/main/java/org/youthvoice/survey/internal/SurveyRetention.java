package org.youthvoice.survey.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.audit.RetentionDue;

/**
 * When retention is due, deletes the raw text of free-text answers sent before the free-text retention period
 * (choices, numbers and the fact that a text was given stay, so results still add up). Unfinished responses are sent
 * as they are when a survey closes (see {@code Submissions}), so none are left to forget.
 */
@Component
public class SurveyRetention {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SurveyRetention(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ApplicationModuleListener
    public void on(RetentionDue due) {
        int texts = jdbc.sql("""
                UPDATE survey_answer a JOIN survey_response r ON r.id = a.response_id
                SET a.text_value = NULL, a.text_deleted = TRUE
                WHERE a.text_value IS NOT NULL AND r.submitted_on < ?""").param(due.freeTextBefore()).update();
        audit.recordAs("system", "RETENTION_RUN", "survey", null, "free-text answers deleted: " + texts);
    }
}
