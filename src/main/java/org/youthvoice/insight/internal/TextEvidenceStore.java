package org.youthvoice.insight.internal;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.insight.PriorityEvidence.ApprovedQuote;

/**
 * The evidence pages' counts of tagged text and their approved quotes, read from the stream, its tags and the quotes.
 * Raw counts: the caller applies the small-number rules.
 */
@Component
public class TextEvidenceStore {

    /** Tagged pieces of text, and approved quotes from them. */
    public record TextAmounts(long texts, long approvedQuotes) {
    }

    /** Tagged texts from one kind of source with one face (null for none). */
    public record CommentCount(String sourceType, @Nullable Integer rating, long texts) {
    }

    private final JdbcClient jdbc;

    TextEvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counted once however many of the codes a text carries. */
    public TextAmounts amounts(Collection<String> codes) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(DISTINCT g.text_id) FROM insight_text_tag g WHERE g.tag_code IN (:codes)) AS texts,
                       (SELECT COUNT(DISTINCT q.id) FROM insight_text_tag g JOIN insight_text t ON t.id = g.text_id
                        JOIN insight_quote q ON q.source_type = t.source_type AND q.source_id = t.source_id
                        WHERE g.tag_code IN (:codes) AND q.approved_by IS NOT NULL) AS approved_quotes""")
                .param("codes", codes).query(TextAmounts.class).single();
    }

    /** Texts tagged with any of the codes, by source type and face. */
    public List<CommentCount> comments(Collection<String> codes) {
        return jdbc.sql("""
                SELECT t.source_type, t.rating, COUNT(*) AS texts FROM insight_text t
                WHERE t.id IN (SELECT g.text_id FROM insight_text_tag g WHERE g.tag_code IN (:codes))
                GROUP BY t.source_type, t.rating""")
                .param("codes", codes).query(CommentCount.class).list();
    }

    /** Up to 50 approved quotes from texts tagged with any of the codes, newest approval first. */
    public List<ApprovedQuote> approvedQuotes(Collection<String> codes) {
        return jdbc.sql("""
                SELECT q.text, q.source_type FROM insight_quote q
                WHERE q.approved_by IS NOT NULL AND EXISTS (
                    SELECT 1 FROM insight_text t JOIN insight_text_tag g ON g.text_id = t.id
                    WHERE t.source_type = q.source_type AND t.source_id = q.source_id AND g.tag_code IN (:codes))
                ORDER BY q.approved_on DESC, q.id DESC LIMIT 50""")
                .param("codes", codes).query(ApprovedQuote.class).list();
    }
}
