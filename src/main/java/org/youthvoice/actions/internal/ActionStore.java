package org.youthvoice.actions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.youthvoice.actions.ActionStatus;
import org.youthvoice.actions.ActionView;
import org.youthvoice.insight.ActionSaved;
import org.youthvoice.people.AgeBand;

/** Reads and writes actions, their words for an age band, their priority codes and the quotes they show. */
@Component
public class ActionStore {

    /** An action as young people see it, before its topics and quotes are added. */
    public record Shown(long id, String youSaid, String weDo, ActionStatus status, @Nullable LocalDate publishedOn) {
    }

    /** Past its due day and not done: the start page's count and the list's filter say the same. */
    private static final String OVERDUE = "due_on < :today AND status <> :done";

    private final JdbcClient jdbc;

    ActionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new action, not published, with its priority codes; its id. */
    public long create(String youSaid, String weDo, ActionStatus status, String owner, @Nullable LocalDate dueOn,
            LocalDateTime createdAt, Collection<String> priorities) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO council_action (you_said, we_do, status, owner, due_on, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(youSaid, weDo, status.name(), owner, dueOn, createdAt)
                .update(keys);
        long id = keys.getKey().longValue();
        for (String code : priorities) {
            jdbc.sql("INSERT INTO council_action_priority (action_id, code) VALUES (?, ?)").params(id, code).update();
        }
        return id;
    }

    public boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM council_action WHERE id = ?").param(id).query(Integer.class).single() > 0;
    }

    /** Which of these ids are actions. */
    public Set<Long> existing(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT id FROM council_action WHERE id IN (:ids)").param("ids", ids)
                .query(Long.class).list());
    }

    public void removeWordsFor(long id, AgeBand band) {
        jdbc.sql("DELETE FROM council_action_band WHERE action_id = ? AND age_band = ?").params(id, band.name()).update();
    }

    /** After {@link #removeWordsFor}: one version of the words per age band. */
    public void addWordsFor(long id, AgeBand band, String youSaid, String weDo) {
        jdbc.sql("INSERT INTO council_action_band (action_id, age_band, you_said, we_do) VALUES (?, ?, ?, ?)")
                .params(id, band.name(), youSaid, weDo)
                .update();
    }

    public void changeStatus(long id, ActionStatus status) {
        jdbc.sql("UPDATE council_action SET status = ?, version = version + 1 WHERE id = ?").params(status.name(), id)
                .update();
    }

    /** Shown to young people from {@code day} on. */
    public void publish(long id, LocalDate day) {
        jdbc.sql("UPDATE council_action SET published_on = ? WHERE id = ?").params(day, id).update();
    }

    /** No longer shown to young people. */
    public void takeDown(long id) {
        jdbc.sql("UPDATE council_action SET published_on = NULL WHERE id = ?").param(id).update();
    }

    /** What the action now says, as insight's evidence pages keep it. */
    public ActionSaved saved(long id) {
        var codes = jdbc.sql("SELECT code FROM council_action_priority WHERE action_id = ?").param(id)
                .query(String.class).set();
        return jdbc.sql("""
                SELECT id, you_said, we_do, status, owner, due_on, published_on FROM council_action WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new ActionSaved(rs.getLong("id"), rs.getString("you_said"), rs.getString("we_do"),
                        rs.getString("status"), rs.getString("owner"), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("published_on") != null, codes))
                .single();
    }

    /** The action's quotes in the order they were linked. */
    public List<Long> quoteIds(long id) {
        return jdbc.sql("SELECT quote_id FROM council_action_quote WHERE action_id = ? ORDER BY position, quote_id")
                .param(id).query(Long.class).list();
    }

    /** The quotes of these actions, each in the order they were linked. */
    public Map<Long, List<Long>> quoteIds(Collection<Long> ids) {
        var quoteIds = new HashMap<Long, List<Long>>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT action_id, quote_id FROM council_action_quote WHERE action_id IN (:ids) "
                    + "ORDER BY position, quote_id").param("ids", ids)
                    .query(rs -> {
                        quoteIds.computeIfAbsent(rs.getLong("action_id"), k -> new ArrayList<>())
                                .add(rs.getLong("quote_id"));
                    });
        }
        return quoteIds;
    }

    /** Last in the action's order; a quote already linked stays where it is. */
    public void linkQuote(long id, long quoteId) {
        jdbc.sql("INSERT IGNORE INTO council_action_quote (action_id, quote_id, position) "
                + "SELECT ?, ?, COALESCE(MAX(position), 0) + 1 FROM council_action_quote WHERE action_id = ?")
                .params(id, quoteId, id).update();
    }

    public void unlinkQuote(long id, long quoteId) {
        jdbc.sql("DELETE FROM council_action_quote WHERE action_id = ? AND quote_id = ?").params(id, quoteId).update();
    }

    /** How many actions are past their due day on {@code today} and not done. */
    public long countOverdue(LocalDate today) {
        return jdbc.sql("SELECT COUNT(*) FROM council_action WHERE " + OVERDUE)
                .param("today", today).param("done", ActionStatus.DONE.name()).query(Long.class).single();
    }

    /** The newest 500 actions, without their priorities; only the overdue ones on {@code today} when asked. */
    public List<ActionView> newest(boolean overdueOnly, LocalDate today) {
        return jdbc.sql("SELECT id, you_said, we_do, status, owner, due_on, published_on FROM council_action "
                        + (overdueOnly ? "WHERE " + OVERDUE + " " : "") + "ORDER BY id DESC LIMIT 500")
                .paramSource(overdueOnly ? Map.of("today", today, "done", ActionStatus.DONE.name()) : Map.of())
                .query((rs, n) -> new ActionView(rs.getLong("id"), rs.getString("you_said"), rs.getString("we_do"),
                        ActionStatus.valueOf(rs.getString("status")), rs.getString("owner"),
                        rs.getObject("due_on", LocalDate.class), rs.getObject("published_on", LocalDate.class),
                        List.of()))
                .list();
    }

    /**
     * Actions as young people see them, newest published first, in the words for {@code band} where written: only
     * published ones when {@code publishedOnly}, only {@code only} when given, only those for the priority code
     * {@code topic} when given.
     */
    public List<Shown> shown(@Nullable AgeBand band, @Nullable String topic, @Nullable Long only, boolean publishedOnly,
            int limit) {
        return jdbc.sql("""
                SELECT a.id, COALESCE(b.you_said, a.you_said) AS you_said, COALESCE(b.we_do, a.we_do) AS we_do,
                       a.status, a.published_on
                FROM council_action a LEFT JOIN council_action_band b ON b.action_id = a.id AND b.age_band = :band
                WHERE (a.published_on IS NOT NULL OR :publishedOnly = FALSE)
                  AND (:only IS NULL OR a.id = :only)
                  AND (:topic IS NULL OR EXISTS (SELECT 1 FROM council_action_priority p
                                                 WHERE p.action_id = a.id AND p.code = :topic))
                ORDER BY a.published_on DESC, a.id DESC LIMIT :limit""")
                .param("band", band == null ? "" : band.name())
                .param("publishedOnly", publishedOnly)
                .param("only", only)
                .param("topic", topic)
                .param("limit", limit)
                .query(ActionStore::shown)
                .list();
    }

    /** The priority codes that published actions serve. */
    public Set<String> publishedCodes() {
        return jdbc.sql("SELECT DISTINCT p.code FROM council_action_priority p JOIN council_action a "
                + "ON a.id = p.action_id WHERE a.published_on IS NOT NULL").query(String.class).set();
    }

    /** The priority codes of these actions, each's in code order. */
    public Map<Long, List<String>> prioritiesOf(Collection<Long> actionIds) {
        var map = new HashMap<Long, List<String>>();
        if (actionIds.isEmpty()) {
            return map;
        }
        jdbc.sql("SELECT action_id, code FROM council_action_priority WHERE action_id IN (:ids) ORDER BY code")
                .param("ids", actionIds)
                .query(rs -> {
                    map.computeIfAbsent(rs.getLong("action_id"), k -> new ArrayList<>()).add(rs.getString("code"));
                });
        return map;
    }

    private static Shown shown(ResultSet rs, int row) throws SQLException {
        return new Shown(rs.getLong("id"), rs.getString("you_said"), rs.getString("we_do"),
                ActionStatus.valueOf(rs.getString("status")), rs.getObject("published_on", LocalDate.class));
    }
}
