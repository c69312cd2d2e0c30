package org.youthvoice.insight.internal;

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

    private final TextStore texts;
    private final AuditLog audit;

    TextRetention(TextStore texts, AuditLog audit) {
        this.texts = texts;
        this.audit = audit;
    }

    @ApplicationModuleListener
    public void on(RetentionDue due) {
        int deleted = texts.deleteWordsBefore(due.freeTextBefore());
        audit.recordAs("system", "RETENTION_RUN", "insight_text", null, "tagging stream texts deleted: " + deleted);
    }
}
