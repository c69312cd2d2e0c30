package org.youthvoice.participation.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.actions.Evidence;
import org.youthvoice.actions.EvidenceSource;

/** Participation events as evidence for actions: the link is the event's own "actions that came out of it". */
@Component
class ParticipationEvidence implements EvidenceSource {

    static final String KIND = "PARTICIPATION";
    private final JdbcClient jdbc;

    ParticipationEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Evidence> linkedTo(long actionId) {
        return jdbc.sql("""
                SELECT e.id, e.held_on, e.group_name, e.asked FROM participation_event e
                JOIN participation_event_action a ON a.event_id = e.id WHERE a.action_id = ? ORDER BY e.held_on, e.id""")
                .param(actionId).query((rs, n) -> evidence(rs)).list();
    }

    @Override
    public List<Evidence> choices(@Nullable String search, int limit) {
        String like = EvidenceSource.containing(search);
        return jdbc.sql("""
                SELECT id, held_on, group_name, asked FROM participation_event
                WHERE :like IS NULL OR group_name LIKE :like OR asked LIKE :like
                ORDER BY held_on DESC, id DESC LIMIT :limit""")
                .param("like", like).param("limit", limit).query((rs, n) -> evidence(rs)).list();
    }

    @Override
    public void link(long actionId, String ref) {
        long id = id(ref);
        jdbc.sql("INSERT IGNORE INTO participation_event_action (event_id, action_id) VALUES (?, ?)")
                .params(id, actionId).update();
    }

    @Override
    public void unlink(long actionId, String ref) {
        jdbc.sql("DELETE FROM participation_event_action WHERE event_id = ? AND action_id = ?")
                .params(id(ref), actionId).update();
    }

    private long id(String ref) {
        return EvidenceSource.numericRef(ref, id -> jdbc.sql("SELECT COUNT(*) FROM participation_event WHERE id = ?")
                .param(id).query(Integer.class).single() > 0);
    }

    private static Evidence evidence(java.sql.ResultSet rs) throws java.sql.SQLException {
        String asked = rs.getString(4);
        String label = rs.getObject(2, LocalDate.class) + ", " + rs.getString(3)
                + (asked == null ? "" : ": " + EvidenceSource.shorten(asked));
        return new Evidence(KIND, String.valueOf(rs.getLong(1)), label);
    }
}
