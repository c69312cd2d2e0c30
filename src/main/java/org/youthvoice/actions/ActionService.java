package org.youthvoice.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.people.AgeBand;

/**
 * Actions answering what young people said. Officers write and publish them; anyone can read the published ones.
 * Words are shown as text, never as HTML.
 */
@Service
public class ActionService {

    static final int MAX_TEXT = 1000;
    private static final String OFFICERS = "hasAnyRole('OFFICER', 'ADMIN')";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final FrameworkService frameworks;
    private final Clock clock;

    ActionService(JdbcClient jdbc, AuditLog audit, FrameworkService frameworks, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    @PreAuthorize(OFFICERS)
    @Transactional
    public long create(NewAction action) {
        String youSaid = youSaid(action.youSaid());
        String weDo = weDo(action.weDo());
        String owner = action.owner() == null ? "" : action.owner().strip();
        if (owner.isEmpty() || owner.length() > 120) {
            throw new UserFacingException("actions.error.owner");
        }
        if (action.status() == null) {
            throw new UserFacingException("actions.error.status");
        }
        var known = frameworks.titlesOf(action.priorities());
        for (String code : action.priorities()) {
            if (!known.containsKey(code)) {
                throw new UserFacingException("actions.error.priority", code);
            }
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO council_action (you_said, we_do, status, owner, due_on, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(youSaid, weDo, action.status().name(), owner, action.dueOn(), LocalDateTime.now(clock))
                .update(keys);
        long id = keys.getKey().longValue();
        for (String code : action.priorities()) {
            jdbc.sql("INSERT INTO council_action_priority (action_id, code) VALUES (?, ?)").params(id, code).update();
        }
        audit.record("ACTION_CREATED", "council_action", String.valueOf(id), null);
        return id;
    }

    /** The same action in simpler words for one age band; empty words remove that version. */
    @PreAuthorize(OFFICERS)
    @Transactional
    public void setWordsFor(long id, AgeBand band, @Nullable String youSaid, @Nullable String weDo) {
        exists(id);
        jdbc.sql("DELETE FROM council_action_band WHERE action_id = ? AND age_band = ?").params(id, band.name()).update();
        if ((youSaid == null || youSaid.isBlank()) && (weDo == null || weDo.isBlank())) {
            return;
        }
        jdbc.sql("INSERT INTO council_action_band (action_id, age_band, you_said, we_do) VALUES (?, ?, ?, ?)")
                .params(id, band.name(), youSaid(youSaid), weDo(weDo))
                .update();
        audit.record("ACTION_WORDS_FOR_AGE", "council_action", String.valueOf(id), band.name());
    }

    @PreAuthorize(OFFICERS)
    @Transactional
    public void setStatus(long id, ActionStatus status) {
        exists(id);
        jdbc.sql("UPDATE council_action SET status = ?, version = version + 1 WHERE id = ?").params(status.name(), id)
                .update();
        audit.record("ACTION_STATUS", "council_action", String.valueOf(id), status.name());
    }

    @PreAuthorize(OFFICERS)
    @Transactional
    public void setPublished(long id, boolean published) {
        exists(id);
        jdbc.sql("UPDATE council_action SET published_on = ? WHERE id = ?")
                .params(published ? LocalDate.now(clock) : null, id).update();
        audit.record(published ? "ACTION_PUBLISHED" : "ACTION_UNPUBLISHED", "council_action", String.valueOf(id), null);
    }

    @PreAuthorize(OFFICERS)
    @Transactional(readOnly = true)
    public List<ActionView> list() {
        var actions = jdbc.sql("SELECT id, you_said, we_do, status, owner, due_on, published_on FROM council_action "
                + "ORDER BY id DESC LIMIT 500")
                .query((rs, n) -> new ActionView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ActionStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), List.of()))
                .list();
        var priorities = prioritiesOf(actions.stream().map(ActionView::id).toList());
        return actions.stream().map(a -> new ActionView(a.id(), a.youSaid(), a.weDo(), a.status(), a.owner(), a.dueOn(),
                a.publishedOn(), priorities.getOrDefault(a.id(), List.of()))).toList();
    }

    /**
     * Public: published actions, newest first, in the words for {@code band} where the officer wrote them; only those
     * for {@code topic} (a priority code) when given.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublishedAction> published(@Nullable AgeBand band, @Nullable String topic, int limit) {
        record Row(long id, String youSaid, String weDo, ActionStatus status, LocalDate publishedOn) {
        }
        var rows = jdbc.sql("""
                SELECT a.id, COALESCE(b.you_said, a.you_said), COALESCE(b.we_do, a.we_do), a.status, a.published_on
                FROM council_action a LEFT JOIN council_action_band b ON b.action_id = a.id AND b.age_band = :band
                WHERE a.published_on IS NOT NULL
                  AND (:topic IS NULL OR EXISTS (SELECT 1 FROM council_action_priority p
                                                 WHERE p.action_id = a.id AND p.code = :topic))
                ORDER BY a.published_on DESC, a.id DESC LIMIT :limit""")
                .param("band", band == null ? "" : band.name())
                .param("topic", topic)
                .param("limit", limit)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ActionStatus.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class)))
                .list();
        // Priorities and their titles for the shown actions only: this runs on every public page and member home.
        var priorities = prioritiesOf(rows.stream().map(Row::id).toList());
        var titles = frameworks.titlesOf(priorities.values().stream().flatMap(List::stream)
                .collect(java.util.stream.Collectors.toSet()));
        return rows.stream().map(r -> new PublishedAction(r.id(), r.youSaid(), r.weDo(), r.status(), r.publishedOn(),
                priorities.getOrDefault(r.id(), List.of()).stream().map(code -> titles.getOrDefault(code, code))
                        .toList())).toList();
    }

    /** Public: the priorities that published actions serve, for the topic filter (code to title). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<String, String> publishedTopics() {
        var codes = jdbc.sql("SELECT DISTINCT p.code FROM council_action_priority p JOIN council_action a "
                + "ON a.id = p.action_id WHERE a.published_on IS NOT NULL").query(String.class).set();
        return frameworks.titlesOf(codes);
    }

    private Map<Long, List<String>> prioritiesOf(List<Long> actionIds) {
        var map = new HashMap<Long, List<String>>();
        if (actionIds.isEmpty()) {
            return map;
        }
        jdbc.sql("SELECT action_id, code FROM council_action_priority WHERE action_id IN (:ids) ORDER BY code")
                .param("ids", actionIds)
                .query(rs -> {
                    map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return map;
    }

    private void exists(long id) {
        if (jdbc.sql("SELECT COUNT(*) FROM council_action WHERE id = ?").param(id).query(Integer.class).single() == 0) {
            throw new UserFacingException("actions.error.gone");
        }
    }

    private static String youSaid(@Nullable String value) {
        String v = clean(value);
        if (v == null) {
            throw new UserFacingException("actions.error.youSaid", MAX_TEXT);
        }
        return v;
    }

    private static String weDo(@Nullable String value) {
        String v = clean(value);
        if (v == null) {
            throw new UserFacingException("actions.error.weDo", MAX_TEXT);
        }
        return v;
    }

    /** Stripped text, or null when empty, too long or holding control characters other than new lines. */
    private static @Nullable String clean(@Nullable String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > MAX_TEXT || v.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            return null;
        }
        return v;
    }

}
