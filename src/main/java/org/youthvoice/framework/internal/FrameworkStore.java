package org.youthvoice.framework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.youthvoice.framework.FrameworkSummary;
import org.youthvoice.framework.NodeKind;

/**
 * Reads and writes plans and their nodes, with their statements and measures in order. A plan's edit is refused if
 * someone else changed the plan since it was read.
 */
@Component
public class FrameworkStore {

    private static final String NODE = """
            SELECT n.id, n.framework_id, f.code AS framework_code, n.parent_id, n.kind, n.code, n.title, n.position,
                   n.removed
            FROM framework_node n JOIN framework f ON f.id = n.framework_id
            """;

    private final JdbcClient jdbc;

    FrameworkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM framework)").query(Boolean.class).single();
    }

    public Optional<Framework> find(String code) {
        return jdbc.sql("""
                SELECT id, code, title, source, vision, note, retired, revision, updated_at, version
                FROM framework WHERE code = ?""")
                .param(code)
                .query((rs, n) -> new Framework(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                        rs.getString("source"), rs.getString("vision"), rs.getString("note"),
                        rs.getBoolean("retired"), rs.getInt("revision"),
                        rs.getObject("updated_at", LocalDateTime.class), rs.getLong("version"),
                        texts("SELECT text FROM framework_statement WHERE framework_id = ? ORDER BY position",
                                rs.getLong("id"))))
                .optional();
    }

    /** Active plans first, then by code, with how many priorities and outcomes each has that are not removed. */
    public List<FrameworkSummary> summaries() {
        return jdbc.sql("""
                SELECT f.code, f.title, f.retired, f.revision,
                       COUNT(CASE WHEN n.kind = 'PRIORITY' AND NOT n.removed THEN 1 END) AS priorities,
                       COUNT(CASE WHEN n.kind = 'OUTCOME' AND NOT n.removed THEN 1 END) AS outcomes,
                       f.updated_at
                FROM framework f LEFT JOIN framework_node n ON n.framework_id = f.id
                GROUP BY f.id, f.code, f.title, f.retired, f.revision, f.updated_at
                ORDER BY f.retired, f.code""")
                .query(FrameworkSummary.class).list();
    }

    public Framework create(String code, String title, LocalDateTime now) {
        jdbc.sql("INSERT INTO framework (code, title, updated_at) VALUES (?, ?, ?)").params(code, title, now).update();
        return find(code).orElseThrow();
    }

    /** Writes {@code changed} over {@code read}, the same plan as it was read. */
    public void update(Framework read, Framework changed) {
        if (read.id() != changed.id()) {
            throw new IllegalArgumentException("not the same framework");
        }
        int updated = jdbc.sql("""
                UPDATE framework SET title = :title, source = :source, vision = :vision, note = :note,
                  retired = :retired, revision = :revision, updated_at = :updatedAt, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("title", changed.title())
                .param("source", changed.source())
                .param("vision", changed.vision())
                .param("note", changed.note())
                .param("retired", changed.retired())
                .param("revision", changed.revision())
                .param("updatedAt", changed.updatedAt())
                .param("id", read.id())
                .param("version", read.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException(
                    "Framework " + read.code() + " was changed by someone else since it was read");
        }
        if (!changed.statements().equals(read.statements())) {
            jdbc.sql("DELETE FROM framework_statement WHERE framework_id = ?").param(read.id()).update();
            insertTexts("framework_statement", "framework_id", read.id(), changed.statements());
        }
    }

    /** The plan's nodes in their order. */
    public List<FrameworkNode> nodes(Framework framework) {
        return nodesWhere("n.framework_id = :id ORDER BY n.position, n.id", Map.of("id", framework.id()));
    }

    public int nodeCount(Framework framework) {
        return jdbc.sql("SELECT COUNT(*) FROM framework_node WHERE framework_id = ?").param(framework.id())
                .query(Integer.class).single();
    }

    /** Node codes are unique across all plans. */
    public Optional<FrameworkNode> node(String code) {
        return nodesWhere("n.code = :code", Map.of("code", code)).stream().findFirst();
    }

    public List<FrameworkNode> nodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return nodesWhere("n.code IN (:codes)", Map.of("codes", codes));
    }

    /** Code to title, for the codes that name a node. */
    public Map<String, String> titles(Collection<String> codes) {
        var titles = new TreeMap<String, String>();
        if (!codes.isEmpty()) {
            jdbc.sql("SELECT code, title FROM framework_node WHERE code IN (:codes)").param("codes", codes)
                    .query((ResultSet rs) -> {
                        titles.put(rs.getString("code"), rs.getString("title"));
                    });
        }
        return titles;
    }

    public FrameworkNode addNode(Framework framework, @Nullable Long parentId, NodeKind kind, String code,
            String title, int position, List<String> measures) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO framework_node (framework_id, parent_id, kind, code, title, position)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(framework.id(), parentId, kind.name(), code, title, position)
                .update(keys);
        long id = keys.getKeyAs(Number.class).longValue();
        insertTexts("framework_measure", "node_id", id, measures);
        return new FrameworkNode(id, framework.id(), framework.code(), parentId, kind, code, title, position, false,
                measures);
    }

    /** Writes {@code changed} over {@code read}, the same node as it was read. */
    public void updateNode(FrameworkNode read, FrameworkNode changed) {
        if (read.id() != changed.id()) {
            throw new IllegalArgumentException("not the same node");
        }
        jdbc.sql("UPDATE framework_node SET parent_id = ?, kind = ?, title = ?, position = ?, removed = ? WHERE id = ?")
                .params(changed.parentId(), changed.kind().name(), changed.title(), changed.position(),
                        changed.removed(), read.id())
                .update();
        if (!changed.measures().equals(read.measures())) {
            jdbc.sql("DELETE FROM framework_measure WHERE node_id = ?").param(read.id()).update();
            insertTexts("framework_measure", "node_id", read.id(), changed.measures());
        }
    }

    private List<FrameworkNode> nodesWhere(String condition, Map<String, ?> params) {
        record Row(long id, long frameworkId, String frameworkCode, @Nullable Long parentId, NodeKind kind,
                String code, String title, int position, boolean removed) {
        }
        var rows = jdbc.sql(NODE + "WHERE " + condition).params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("framework_id"),
                        rs.getString("framework_code"), rs.getObject("parent_id", Long.class),
                        NodeKind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getString("title"),
                        rs.getInt("position"), rs.getBoolean("removed")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var measures = new HashMap<Long, List<String>>();
        jdbc.sql("SELECT node_id, text FROM framework_measure WHERE node_id IN (:ids) ORDER BY node_id, position")
                .param("ids", rows.stream().map(Row::id).toList())
                .query((ResultSet rs) -> {
                    measures.computeIfAbsent(rs.getLong("node_id"), k -> new ArrayList<>()).add(rs.getString("text"));
                });
        return rows.stream().map(r -> new FrameworkNode(r.id(), r.frameworkId(), r.frameworkCode(), r.parentId(),
                r.kind(), r.code(), r.title(), r.position(), r.removed(), measures.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private List<String> texts(String sql, long ownerId) {
        return jdbc.sql(sql).param(ownerId).query(String.class).list();
    }

    /** Statements and measures: ordered texts of one owner, counted from 0. */
    private void insertTexts(String table, String ownerColumn, long ownerId, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            jdbc.sql("INSERT INTO " + table + " (" + ownerColumn + ", position, text) VALUES (?, ?, ?)")
                    .params(ownerId, i, texts.get(i))
                    .update();
        }
    }
}
