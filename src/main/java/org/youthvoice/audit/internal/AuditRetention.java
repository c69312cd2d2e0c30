package org.youthvoice.audit.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.audit.RetentionDue;

/** Deletes audit entries older than {@code youthvoice.retention.audit-days} when retention is due. */
@Component
public class AuditRetention {

    private final AuditStore store;
    private final AuditLog audit;

    AuditRetention(AuditStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @ApplicationModuleListener
    public void on(RetentionDue due) {
        int deleted = store.deleteBefore(due.auditBefore());
        audit.recordAs("system", "RETENTION_RUN", "audit", null, "audit entries deleted: " + deleted);
    }
}
