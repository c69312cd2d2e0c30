package org.youthvoice.feedback.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.audit.RetentionDue;

/**
 * When retention is due: deletes contact details whose time is up, and raw comments after the free-text retention
 * period (ratings and triage status stay).
 */
@Component
public class FeedbackRetention {

    private final FeedbackItemStore items;
    private final AuditLog audit;

    FeedbackRetention(FeedbackItemStore items, AuditLog audit) {
        this.items = items;
        this.audit = audit;
    }

    @ApplicationModuleListener
    public void on(RetentionDue due) {
        int contacts = items.deleteContactsDue(due.today());
        int comments = items.deleteCommentsReceivedBefore(due.freeTextBefore());
        audit.recordAs("system", "RETENTION_RUN", "feedback", null,
                "contact details deleted: " + contacts + "; comments deleted: " + comments);
    }
}
