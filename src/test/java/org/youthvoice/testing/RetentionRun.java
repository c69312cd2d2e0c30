package org.youthvoice.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youthvoice.audit.internal.NightlyRetention;

/** Runs the nightly retention job as the scheduler would, and waits until one module has done its part. */
public final class RetentionRun {

    private RetentionRun() {
    }

    /**
     * Runs the job once and waits (the modules delete after it commits, each on its own thread) until a new
     * {@code RETENTION_RUN} is in the audit log for {@code recordType} ("feedback", "survey", "insight_text", "audit").
     */
    public static void runAndWaitFor(NightlyRetention nightly, JdbcClient jdbc, String recordType) {
        long before = runs(jdbc, recordType);
        nightly.run();
        await().atMost(Duration.ofSeconds(30)).until(() -> runs(jdbc, recordType) > before);
    }

    private static long runs(JdbcClient jdbc, String recordType) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'RETENTION_RUN' AND record_type = ?")
                .param(recordType).query(Long.class).single();
    }
}
