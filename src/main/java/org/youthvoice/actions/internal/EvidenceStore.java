package org.youthvoice.actions.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each action points at as what young people said, by kind and reference ({@code council_action_evidence}):
 * actions keeps every link itself, whichever module holds the thing (design note 0038). And what actions keeps of
 * each participation event ({@code council_action_participation_event}), from participation's events.
 */
@Component
public class EvidenceStore {

    /** A participation event as actions keeps it. */
    public record KeptParticipationEvent(long eventId, LocalDate heldOn, String group, @Nullable String asked) {
    }

    private static final String SELECT_EVENT =
            "SELECT event_id, held_on, group_name, asked FROM council_action_participation_event";

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The references the action points at, by kind. */
    public Map<String, List<String>> of(long actionId) {
        var refs = new HashMap<String, List<String>>();
        jdbc.sql("SELECT kind, ref FROM council_action_evidence WHERE action_id = ?").param(actionId)
                .query(rs -> {
                    refs.computeIfAbsent(rs.getString("kind"), k -> new ArrayList<>()).add(rs.getString("ref"));
                });
        return refs;
    }

    public void link(long actionId, String kind, String ref) {
        jdbc.sql("INSERT IGNORE INTO council_action_evidence (action_id, kind, ref) VALUES (?, ?, ?)")
                .params(actionId, kind, ref).update();
    }

    public void unlink(long actionId, String kind, String ref) {
        jdbc.sql("DELETE FROM council_action_evidence WHERE action_id = ? AND kind = ? AND ref = ?")
                .params(actionId, kind, ref).update();
    }

    /** For each of these references of a kind, the actions that point at it. */
    public Map<String, Set<Long>> actionsPointingAt(String kind, Collection<String> refs) {
        var actions = new HashMap<String, Set<Long>>();
        if (refs.isEmpty()) {
            return actions;
        }
        jdbc.sql("SELECT ref, action_id FROM council_action_evidence WHERE kind = :kind AND ref IN (:refs)")
                .param("kind", kind).param("refs", refs)
                .query(rs -> {
                    actions.computeIfAbsent(rs.getString("ref"), k -> new HashSet<>()).add(rs.getLong("action_id"));
                });
        return actions;
    }

    /** Makes exactly these actions point at the thing. */
    public void setActionsPointingAt(String kind, String ref, Set<Long> actionIds) {
        jdbc.sql("DELETE FROM council_action_evidence WHERE kind = ? AND ref = ?").params(kind, ref).update();
        actionIds.forEach(actionId -> link(actionId, kind, ref));
    }

    /** Keeps the participation event as it now is, in place of what was kept before. */
    public void keepParticipationEvent(long eventId, LocalDate heldOn, String group, @Nullable String asked) {
        jdbc.sql("DELETE FROM council_action_participation_event WHERE event_id = ?").param(eventId).update();
        jdbc.sql("INSERT INTO council_action_participation_event (event_id, held_on, group_name, asked) "
                + "VALUES (?, ?, ?, ?)").params(eventId, heldOn, group, asked).update();
    }

    /** The kept participation events with these ids, oldest first. */
    public List<KeptParticipationEvent> participationEvents(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT_EVENT + " WHERE event_id IN (:ids) ORDER BY held_on, event_id").param("ids", eventIds)
                .query((rs, n) -> keptEvent(rs)).list();
    }

    /** The newest kept participation events whose group or question holds the pattern (all when it is null). */
    public List<KeptParticipationEvent> participationEventsLike(@Nullable String likePattern, int limit) {
        return jdbc.sql(SELECT_EVENT + """
                 WHERE :like IS NULL OR group_name LIKE :like OR asked LIKE :like
                ORDER BY held_on DESC, event_id DESC LIMIT :limit""")
                .param("like", likePattern).param("limit", limit)
                .query((rs, n) -> keptEvent(rs)).list();
    }

    private static KeptParticipationEvent keptEvent(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new KeptParticipationEvent(rs.getLong("event_id"), rs.getObject("held_on", LocalDate.class),
                rs.getString("group_name"), rs.getString("asked"));
    }
}
