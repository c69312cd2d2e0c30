package org.youthvoice.insight.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.insight.ActionSaved;
import org.youthvoice.insight.TaggedAction;

/**
 * Insight's read model of "you said, we did" actions (design note 0038): kept from the {@link ActionSaved} events
 * actions sends, read by the evidence pages, the overview and the PDF pack. Actions sits above insight, so insight never
 * asks it. The event is handled in the transaction that changes the action (a plain listener): the pages show a change
 * from the moment it is made, and a change insight could not keep is not made either.
 */
@Component
public class ActionEvidenceStore {

    private final JdbcClient jdbc;

    ActionEvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ActionSaved action) {
        jdbc.sql("DELETE FROM insight_action WHERE action_id = ?").param(action.actionId()).update();
        jdbc.sql("""
                INSERT INTO insight_action (action_id, you_said, we_do, status, owner, due_on, published)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(action.actionId(), action.youSaid(), action.weDo(), action.status(), action.owner(),
                        action.dueOn(), action.published())
                .update();
        for (String code : action.codes()) {
            jdbc.sql("INSERT INTO insight_action_code (action_id, code) VALUES (?, ?)").params(action.actionId(), code)
                    .update();
        }
    }

    /** Kept actions linked to any of these codes, newest first, each with its codes among them. */
    public List<TaggedAction> taggedWith(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> linked = new HashMap<>();
        jdbc.sql("SELECT action_id, code FROM insight_action_code WHERE code IN (:codes)").param("codes", codes)
                .query(rs -> {
                    linked.computeIfAbsent(rs.getLong("action_id"), k -> new HashSet<>()).add(rs.getString("code"));
                });
        if (linked.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT action_id, you_said, we_do, status, owner, due_on, published FROM insight_action
                WHERE action_id IN (:ids) ORDER BY action_id DESC""")
                .param("ids", linked.keySet())
                .query((rs, n) -> new TaggedAction(rs.getLong("action_id"), rs.getString("you_said"),
                        rs.getString("we_do"), rs.getString("status"), rs.getString("owner"),
                        rs.getObject("due_on", LocalDate.class), rs.getBoolean("published"),
                        linked.get(rs.getLong("action_id"))))
                .list();
    }
}
