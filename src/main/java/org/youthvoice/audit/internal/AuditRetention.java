package org.youthvoice.audit.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.audit.RetentionDue;

/** Deletes audit entries older than {@code youthvoice.retention.audit-days} when retention is due. */
@Component
public class AuditRetention {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    AuditRetention(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ApplicationModuleListener
    public void on(RetentionDue due) {
        int deleted = jdbc.sql("DELETE FROM audit_entry WHERE occurred_at < ?").param(due.auditBefore()).update();
        audit.recordAs("system", "RETENTION_RUN", "audit", null, "audit entries deleted: " + deleted);
    }
}
