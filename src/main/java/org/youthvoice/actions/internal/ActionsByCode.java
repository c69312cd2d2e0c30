package org.youthvoice.actions.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.insight.TaggedAction;
import org.youthvoice.insight.TaggedActions;

/** Actions linked to priorities and outcomes, for insight's evidence pages. */
@Component
class ActionsByCode implements TaggedActions {

    private final JdbcClient jdbc;

    ActionsByCode(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TaggedAction> linkedTo(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> linked = new HashMap<>();
        jdbc.sql("SELECT action_id, code FROM council_action_priority WHERE code IN (:codes)").param("codes", codes)
                .query(rs -> {
                    linked.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        if (linked.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, you_said, we_do, status, owner, due_on, published_on FROM council_action "
                + "WHERE id IN (:ids) ORDER BY id DESC")
                .param("ids", linked.keySet())
                .query((rs, n) -> new TaggedAction(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7) != null,
                        linked.get(rs.getLong(1))))
                .list();
    }
}
