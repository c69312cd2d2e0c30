package org.youthvoice.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * "Tonight's deletions are due": published once a night, on one node, by the one retention job
 * ({@code audit.internal.NightlyRetention}), with the dates before which each kind of record goes. Each module that
 * keeps personal data past its time listens with an {@code @ApplicationModuleListener}, deletes its own in its own
 * transaction, and writes the run to the audit log as {@code RETENTION_RUN}. The schedule, the lock, the clock and
 * the periods live in one place; what to delete lives with the tables. A module whose deletion fails leaves its
 * publication incomplete (sent again at the next start) and does not stop the others.
 *
 * @param today the date the job ran; contact details whose deletion date is before it go
 * @param freeTextBefore raw free text that arrived before this date goes ({@code youthvoice.retention.free-text-days})
 * @param auditBefore audit entries older than this go ({@code youthvoice.retention.audit-days})
 */
public record RetentionDue(LocalDate today, LocalDate freeTextBefore, LocalDateTime auditBefore) {
}
