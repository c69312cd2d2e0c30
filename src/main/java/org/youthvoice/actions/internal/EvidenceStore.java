package org.youthvoice.actions.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each action points at as what young people said, by kind and reference ({@code council_action_evidence}):
 * actions keeps every link itself, whichever module holds the thing (design note 0038).
 */
@Component
public class EvidenceLinks {

    private final JdbcClient jdbc;

    EvidenceLinks(JdbcClient jdbc) {
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
}
