package org.youthvoice.insight.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.audit.RetentionDue;

/**
 * When retention is due, deletes the words in the tagging stream on the same schedule as the originals (feedback
 * comments, survey answers), keeping their tags, so counts per priority stay right.
 */
@Component
public class TextRetention {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    TextRetention(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ApplicationModuleListener
    public void on(RetentionDue due) {
        int texts = jdbc.sql("UPDATE insight_text SET text = NULL, text_deleted = TRUE "
                + "WHERE text IS NOT NULL AND written_on < ?").param(due.freeTextBefore()).update();
        audit.recordAs("system", "RETENTION_RUN", "insight_text", null, "tagging stream texts deleted: " + texts);
    }
}
