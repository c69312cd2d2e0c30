package org.youthvoice.actions.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.actions.Evidence;
import org.youthvoice.actions.ParticipationEventSaved;
import org.youthvoice.base.LikePattern;

/**
 * Participation events as evidence. Participation sits above actions, so actions keeps what it needs of each event in
 * its own table ({@code council_action_participation_event}), from the {@link ParticipationEventSaved} events sent in
 * the transaction that records or changes one, with the actions that came out of it as the event's form says (design
 * note 0038). An event's "actions that came out of it" and an action's evidence are one and the same link.
 */
@Component
public class ParticipationEvidence implements EvidenceSource {

    static final String KIND = "PARTICIPATION";

    private final JdbcClient jdbc;
    private final EvidenceLinks links;

    ParticipationEvidence(JdbcClient jdbc, EvidenceLinks links) {
        this.jdbc = jdbc;
        this.links = links;
    }

    @EventListener
    void on(ParticipationEventSaved event) {
        jdbc.sql("DELETE FROM council_action_participation_event WHERE event_id = ?").param(event.eventId()).update();
        jdbc.sql("INSERT INTO council_action_participation_event (event_id, held_on, group_name, asked) "
                + "VALUES (?, ?, ?, ?)").params(event.eventId(), event.heldOn(), event.group(), event.asked()).update();
        links.setActionsPointingAt(KIND, String.valueOf(event.eventId()), event.actions());
    }

    /** For participation's log: the actions that came out of each of these events. */
    public Map<Long, Set<Long>> actionsFrom(Collection<Long> eventIds) {
        var byEvent = new HashMap<Long, Set<Long>>();
        links.actionsPointingAt(KIND, eventIds.stream().map(String::valueOf).toList())
                .forEach((ref, actions) -> byEvent.put(Long.valueOf(ref), Set.copyOf(actions)));
        return byEvent;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Evidence> shown(Collection<String> refs) {
        var ids = EvidenceSource.ids(refs);
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE event_id IN (:ids) ORDER BY held_on, event_id").param("ids", ids)
                .query((rs, n) -> evidence(rs)).list();
    }

    @Override
    public List<Evidence> choices(@Nullable String search, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE :like IS NULL OR group_name LIKE :like OR asked LIKE :like
                ORDER BY held_on DESC, event_id DESC LIMIT :limit""")
                .param("like", LikePattern.containing(search)).param("limit", limit)
                .query((rs, n) -> evidence(rs)).list();
    }

    private static final String SELECT =
            "SELECT event_id, held_on, group_name, asked FROM council_action_participation_event";

    private static Evidence evidence(java.sql.ResultSet rs) throws java.sql.SQLException {
        String asked = rs.getString("asked");
        String label = rs.getObject("held_on", LocalDate.class) + ", " + rs.getString("group_name")
                + (asked == null ? "" : ": " + EvidenceSource.shorten(asked));
        return new Evidence(KIND, String.valueOf(rs.getLong("event_id")), label);
    }
}
