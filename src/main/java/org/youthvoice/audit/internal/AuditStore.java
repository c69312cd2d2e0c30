package org.youthvoice.audit.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.audit.AuditEntryView;

/** Reads and writes audit entries. Values come cut to their columns' lengths. */
@Component
public class AuditStore {

    private static final String MATCHING = """
            WHERE (:like IS NULL OR actor LIKE :like OR action LIKE :like OR record_type LIKE :like
                   OR record_id LIKE :like OR details LIKE :like)
            """;

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(LocalDateTime occurredAt, String actor, String action, @Nullable String recordType,
            @Nullable String recordId, @Nullable String details) {
        jdbc.sql("INSERT INTO audit_entry (occurred_at, actor, action, record_type, record_id, details) "
                + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(occurredAt, actor, action, recordType, recordId, details)
                .update();
    }

    /** Newest first; {@code like} (a LIKE pattern, or null for all) matches any of the words' columns. */
    public List<AuditEntryView> page(@Nullable String like, Pageable page) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, action, record_type, record_id, details FROM audit_entry
                """ + MATCHING + """
                ORDER BY id DESC LIMIT :limit OFFSET :offset
                """)
                .param("like", like)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new AuditEntryView(rs.getLong("id"), rs.getObject("occurred_at", LocalDateTime.class),
                        rs.getString("actor"), rs.getString("action"), rs.getString("record_type"),
                        rs.getString("record_id"), rs.getString("details")))
                .list();
    }

    public long count(@Nullable String like) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry\n" + MATCHING).param("like", like).query(Long.class).single();
    }

    /** Deletes entries from before {@code before}; how many. */
    public int deleteBefore(LocalDateTime before) {
        return jdbc.sql("DELETE FROM audit_entry WHERE occurred_at < ?").param(before).update();
    }
}
