package org.youthvoice.audit;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One line of the audit log as an administrator reads it. */
public record AuditEntryView(long id, LocalDateTime occurredAt, String actor, String action, @Nullable String recordType,
        @Nullable String recordId, @Nullable String details) {
}
