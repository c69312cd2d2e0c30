package org.youthvoice.survey.internal;

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

    private final ResponseStore responses;
    private final AuditLog audit;

    SurveyRetention(ResponseStore responses, AuditLog audit) {
        this.responses = responses;
        this.audit = audit;
    }

    @ApplicationModuleListener
    public void on(RetentionDue due) {
        int texts = responses.forgetTextsSentBefore(due.freeTextBefore());
        audit.recordAs("system", "RETENTION_RUN", "survey", null, "free-text answers deleted: " + texts);
    }
}
