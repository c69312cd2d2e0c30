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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.actions.internal.EvidenceLinks;
import org.youthvoice.actions.internal.EvidenceSource;
import org.youthvoice.actions.internal.ParticipationEvidence;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.insight.ActionSaved;
import org.youthvoice.insight.Quote;
import org.youthvoice.insight.QuoteService;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.ForOfficers;
import org.youthvoice.security.Public;

/**
 * Actions answering what young people said. Officers write and publish them; anyone can read the published ones.
 * Words are shown as text, never as HTML.
 */
@Service
public class ActionService {

    static final int MAX_TEXT = 1000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final FrameworkService frameworks;
    private final QuoteService quotes;
    private final Map<String, EvidenceSource> sources = new java.util.LinkedHashMap<>();
    private final EvidenceLinks links;
    private final ParticipationEvidence participationEvents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionService(JdbcClient jdbc, AuditLog audit, FrameworkService frameworks, QuoteService quotes,
            List<EvidenceSource> sources, EvidenceLinks links, ParticipationEvidence participationEvents,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.links = links;
        this.participationEvents = participationEvents;
        this.events = events;
        this.audit = audit;
        this.frameworks = frameworks;
        this.quotes = quotes;
        sources.stream().sorted(java.util.Comparator.comparing(EvidenceSource::kind))
                .forEach(source -> this.sources.put(source.kind(), source));
        this.clock = clock;
    }

    @ForOfficers
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
        sendToEvidence(id);
        return id;
    }

    /** The same action in simpler words for one age band; empty words remove that version. */
    @ForOfficers
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

    @ForOfficers
    @Transactional
    public void setStatus(long id, ActionStatus status) {
        exists(id);
        jdbc.sql("UPDATE council_action SET status = ?, version = version + 1 WHERE id = ?").params(status.name(), id)
                .update();
        audit.record("ACTION_STATUS", "council_action", String.valueOf(id), status.name());
        sendToEvidence(id);
    }

    /**
     * Publishing shows the action on the public page and every young member's home. Refused while a linked quote
     * waits for approval: nothing a young person wrote goes public before an officer has de-identified and approved it.
     */
    @ForOfficers
    @Transactional
    public void setPublished(long id, boolean published) {
        exists(id);
        if (published) {
            long waiting = quotes.quotes(quoteIds(id)).stream().filter(q -> !q.approved()).count();
            if (waiting > 0) {
                throw new UserFacingException("actions.error.quoteNotApproved", waiting);
            }
        }
        jdbc.sql("UPDATE council_action SET published_on = ? WHERE id = ?")
                .params(published ? LocalDate.now(clock) : null, id).update();
        audit.record(published ? "ACTION_PUBLISHED" : "ACTION_UNPUBLISHED", "council_action", String.valueOf(id), null);
        sendToEvidence(id);
    }

    /**
     * Tells insight's evidence pages what the action now says (design note 0038), in the transaction that changed it:
     * insight sits below actions and never asks. Called after every change to what those pages show (the words, status,
     * owner, due day, publishing, codes); the words for an age band are not shown there.
     */
    private void sendToEvidence(long id) {
        var codes = jdbc.sql("SELECT code FROM council_action_priority WHERE action_id = ?").param(id)
                .query(String.class).set();
        events.publishEvent(jdbc.sql("""
                SELECT id, you_said, we_do, status, owner, due_on, published_on FROM council_action WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new ActionSaved(rs.getLong("id"), rs.getString("you_said"), rs.getString("we_do"),
                        rs.getString("status"), rs.getString("owner"), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("published_on") != null, codes))
                .single());
    }

    /** Which of these ids are actions. */
    @ForOfficers
    @Transactional(readOnly = true)
    public Set<Long> existing(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT id FROM council_action WHERE id IN (:ids)").param("ids", ids)
                .query(Long.class).list());
    }

    /** The kinds of evidence an action can point at, e.g. FEEDBACK. */
    @ForOfficers
    public List<String> evidenceKinds() {
        return List.copyOf(sources.keySet());
    }

    /** Everything the action points at as what young people said, by kind. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<Evidence> evidence(long id) {
        exists(id);
        var refs = links.of(id);
        var all = new ArrayList<Evidence>();
        sources.values().stream().filter(source -> refs.containsKey(source.kind()))
                .forEach(source -> all.addAll(source.shown(refs.get(source.kind()))));
        return all;
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public List<Evidence> evidenceChoices(String kind, @Nullable String search) {
        return source(kind).choices(search, 50);
    }

    @ForOfficers
    @Transactional
    public void linkEvidence(long id, String kind, String ref) {
        exists(id);
        var thing = source(kind).find(ref).orElseThrow(() -> new UserFacingException("actions.error.evidenceGone"));
        links.link(id, kind, thing.ref());
        audit.record("ACTION_EVIDENCE_LINKED", "council_action", String.valueOf(id), kind + " " + ref);
    }

    @ForOfficers
    @Transactional
    public void unlinkEvidence(long id, String kind, String ref) {
        exists(id);
        source(kind); // an unknown kind is refused, as when linking
        links.unlink(id, kind, ref);
        audit.record("ACTION_EVIDENCE_UNLINKED", "council_action", String.valueOf(id), kind + " " + ref);
    }

    /**
     * For participation's log: the actions that came out of each of these events, whether linked from the event or
     * from the action (one and the same link, kept here: design note 0038).
     */
    @ForOfficers
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> cameOutOf(java.util.Collection<Long> eventIds) {
        return participationEvents.actionsFrom(eventIds);
    }

    /** The quotes the action shows once approved, in the order they were linked. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<Quote> quotes(long id) {
        exists(id);
        return quotes.quotes(quoteIds(id));
    }

    @ForOfficers
    @Transactional
    public void linkQuote(long id, long quoteId) {
        exists(id);
        if (quotes.quotes(List.of(quoteId)).isEmpty()) {
            throw new UserFacingException("quotes.error.gone");
        }
        jdbc.sql("INSERT IGNORE INTO council_action_quote (action_id, quote_id, position) "
                + "SELECT ?, ?, COALESCE(MAX(position), 0) + 1 FROM council_action_quote WHERE action_id = ?")
                .params(id, quoteId, id).update();
        audit.record("ACTION_QUOTE_LINKED", "council_action", String.valueOf(id), String.valueOf(quoteId));
    }

    @ForOfficers
    @Transactional
    public void unlinkQuote(long id, long quoteId) {
        exists(id);
        jdbc.sql("DELETE FROM council_action_quote WHERE action_id = ? AND quote_id = ?").params(id, quoteId).update();
        audit.record("ACTION_QUOTE_UNLINKED", "council_action", String.valueOf(id), String.valueOf(quoteId));
    }

    /** An action as young people would see it, published or not, for an officer's poster. */
    @ForOfficers
    @Transactional(readOnly = true)
    public PublishedAction preview(long id, @Nullable AgeBand band) {
        exists(id);
        return shown(band, null, id, false, 1).getFirst();
    }

    /** Public: one published action, in the words for {@code band} where written. */
    @Public
    @Transactional(readOnly = true)
    public java.util.Optional<PublishedAction> publishedAction(long id, @Nullable AgeBand band) {
        return shown(band, null, id, true, 1).stream().findFirst();
    }

    private EvidenceSource source(String kind) {
        var source = sources.get(kind);
        if (source == null) {
            throw new UserFacingException("actions.error.evidenceGone");
        }
        return source;
    }

    private List<Long> quoteIds(long id) {
        return jdbc.sql("SELECT quote_id FROM council_action_quote WHERE action_id = ? ORDER BY position, quote_id")
                .param(id).query(Long.class).list();
    }

    /** Past its due day and not done: the start page's count and the list's filter say the same. */
    private static final String OVERDUE = "due_on < :today AND status <> 'DONE'";

    /** How many actions are past their due day and not done: for the officers' start page. */
    @ForOfficers
    @Transactional(readOnly = true)
    public long countOverdue() {
        return jdbc.sql("SELECT COUNT(*) FROM council_action WHERE " + OVERDUE)
                .param("today", java.time.LocalDate.now(clock)).query(Long.class).single();
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public List<ActionView> list() {
        return list(false);
    }

    /** The newest 500 actions; only those past their due date and not done when {@code overdueOnly}. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<ActionView> list(boolean overdueOnly) {
        var actions = jdbc.sql("SELECT id, you_said, we_do, status, owner, due_on, published_on FROM council_action "
                + (overdueOnly ? "WHERE " + OVERDUE + " " : "") + "ORDER BY id DESC LIMIT 500")
                .paramSource(overdueOnly ? java.util.Map.of("today", LocalDate.now(clock)) : java.util.Map.of())
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
    @Public
    @Transactional(readOnly = true)
    public List<PublishedAction> published(@Nullable AgeBand band, @Nullable String topic, int limit) {
        return shown(band, topic, null, true, limit);
    }

    private List<PublishedAction> shown(@Nullable AgeBand band, @Nullable String topic, @Nullable Long only,
            boolean publishedOnly, int limit) {
        record Row(long id, String youSaid, String weDo, ActionStatus status, @Nullable LocalDate publishedOn) {
        }
        var rows = jdbc.sql("""
                SELECT a.id, COALESCE(b.you_said, a.you_said), COALESCE(b.we_do, a.we_do), a.status, a.published_on
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
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ActionStatus.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class)))
                .list();
        // Priorities, titles and quotes for the shown actions only: this runs on every public page and member home.
        var ids = rows.stream().map(Row::id).toList();
        var priorities = prioritiesOf(ids);
        var titles = frameworks.titlesOf(priorities.values().stream().flatMap(List::stream)
                .collect(java.util.stream.Collectors.toSet()));
        var quoteIds = new HashMap<Long, List<Long>>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT action_id, quote_id FROM council_action_quote WHERE action_id IN (:ids) "
                    + "ORDER BY position, quote_id").param("ids", ids)
                    .query(rs -> {
                        quoteIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    });
        }
        var words = quotes.approvedWords(quoteIds.values().stream().flatMap(List::stream).toList());
        return rows.stream().map(r -> new PublishedAction(r.id(), r.youSaid(), r.weDo(), r.status(), r.publishedOn(),
                priorities.getOrDefault(r.id(), List.of()).stream().map(code -> titles.getOrDefault(code, code))
                        .toList(),
                quoteIds.getOrDefault(r.id(), List.of()).stream().map(words::get).filter(java.util.Objects::nonNull)
                        .toList())).toList();
    }

    /** Public: the priorities that published actions serve, for the topic filter (code to title). */
    @Public
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
