package org.youthvoice.feedback.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final AuditLog audit;

    FeedbackRetention(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ApplicationModuleListener
    public void on(RetentionDue due) {
        int contacts = jdbc.sql("DELETE FROM feedback_contact WHERE delete_after < ?").param(due.today()).update();
        int comments = jdbc.sql("UPDATE feedback_item SET comment = NULL, comment_deleted = TRUE "
                + "WHERE comment IS NOT NULL AND received_on < ?").param(due.freeTextBefore()).update();
        audit.recordAs("system", "RETENTION_RUN", "feedback", null,
                "contact details deleted: " + contacts + "; comments deleted: " + comments);
    }
}
