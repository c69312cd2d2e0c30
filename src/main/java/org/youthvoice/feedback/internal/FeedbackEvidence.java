package org.youthvoice.feedback.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.actions.Evidence;
import org.youthvoice.actions.EvidenceSource;

/** Feedback as evidence for actions; the link is kept with the feedback, so triage can show it. */
@Component
class FeedbackEvidence implements EvidenceSource {

    static final String KIND = "FEEDBACK";
    private final JdbcClient jdbc;

    FeedbackEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Evidence> linkedTo(long actionId) {
        return jdbc.sql(SELECT + " JOIN feedback_item_action a ON a.item_id = i.id WHERE a.action_id = ?"
                + " ORDER BY i.received_on, i.id")
                .param(actionId).query((rs, n) -> evidence(rs)).list();
    }

    @Override
    public List<Evidence> choices(@Nullable String search, int limit) {
        String like = EvidenceSource.containing(search);
        Long id = search != null && search.strip().matches("\\d{1,18}") ? Long.valueOf(search.strip()) : null;
        return jdbc.sql(SELECT + " WHERE :like IS NULL OR i.id = :id OR i.comment LIKE :like OR c.title LIKE :like"
                + " ORDER BY i.received_on DESC, i.id DESC LIMIT :limit")
                .param("like", like).param("id", id).param("limit", limit).query((rs, n) -> evidence(rs)).list();
    }

    @Override
    public void link(long actionId, String ref) {
        jdbc.sql("INSERT IGNORE INTO feedback_item_action (item_id, action_id) VALUES (?, ?)").params(id(ref), actionId)
                .update();
    }

    @Override
    public void unlink(long actionId, String ref) {
        jdbc.sql("DELETE FROM feedback_item_action WHERE item_id = ? AND action_id = ?").params(id(ref), actionId)
                .update();
    }

    private long id(String ref) {
        return EvidenceSource.numericRef(ref, id -> jdbc.sql("SELECT COUNT(*) FROM feedback_item WHERE id = ?")
                .param(id).query(Integer.class).single() > 0);
    }

    private static final String SELECT = """
            SELECT i.id, i.received_on, c.title, i.comment, i.rating FROM feedback_item i
            JOIN feedback_channel c ON c.id = i.channel_id""";

    /** Officers only ever see this label: it may quote the original comment. */
    private static Evidence evidence(java.sql.ResultSet rs) throws java.sql.SQLException {
        String comment = rs.getString(4);
        String words = comment == null ? "" : ": " + EvidenceSource.shorten(comment);
        return new Evidence(KIND, String.valueOf(rs.getLong(1)),
                "#" + rs.getLong(1) + ", " + rs.getObject(2, LocalDate.class) + ", " + rs.getString(3) + words);
    }
}
