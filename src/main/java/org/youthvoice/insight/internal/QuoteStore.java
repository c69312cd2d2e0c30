package org.youthvoice.insight.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.insight.Quote;

/**
 * Quotes ({@code insight_quote}): an officer's de-identified words for one comment, and who approved them. The caller
 * decides what may be written, approved and shown.
 */
@Component
public class QuoteStore {

    /** An approved quote's words and the comment they come from. */
    public record Approved(long id, String text, String sourceType, long sourceId) {
    }

    private static final String SELECT =
            "SELECT id, source_type, source_id, text, written_by, approved_by, approved_on FROM insight_quote";

    private final JdbcClient jdbc;

    QuoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Quote> find(String sourceType, long sourceId) {
        return jdbc.sql(SELECT + " WHERE source_type = ? AND source_id = ?").params(sourceType, sourceId)
                .query(Quote.class).optional();
    }

    /** Newest first, the words matching the LIKE pattern when one is given. */
    public List<Quote> list(@Nullable String like, int limit) {
        return jdbc.sql(SELECT + " WHERE :like IS NULL OR text LIKE :like ORDER BY id DESC LIMIT :limit")
                .param("like", like).param("limit", limit).query(Quote.class).list();
    }

    /** These quotes, in no particular order; unknown ids are left out. */
    public List<Quote> find(Collection<Long> ids) {
        return jdbc.sql(SELECT + " WHERE id IN (:ids)").param("ids", ids).query(Quote.class).list();
    }

    /** Writes the comment's quote, or changes its words: a change takes the approval back. */
    public void save(String sourceType, long sourceId, String words, String by, LocalDateTime at) {
        jdbc.sql("""
                INSERT INTO insight_quote (source_type, source_id, text, written_by, created_at) VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE text = VALUES(text), written_by = VALUES(written_by), approved_by = NULL,
                    approved_on = NULL, version = version + 1""")
                .params(sourceType, sourceId, words, by, at).update();
    }

    public void approve(long id, String by, LocalDate on) {
        jdbc.sql("UPDATE insight_quote SET approved_by = ?, approved_on = ?, version = version + 1 WHERE id = ?")
                .params(by, on, id).update();
    }

    /** Those of these quotes that are approved. */
    public List<Approved> approved(Collection<Long> ids) {
        return jdbc.sql("SELECT id, text, source_type, source_id FROM insight_quote WHERE id IN (:ids) "
                + "AND approved_by IS NOT NULL").param("ids", ids).query(Approved.class).list();
    }
}
