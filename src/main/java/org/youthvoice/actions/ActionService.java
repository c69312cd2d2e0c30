package org.youthvoice.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.actions.internal.ActionStore;
import org.youthvoice.actions.internal.EvidenceStore;
import org.youthvoice.actions.internal.EvidenceSource;
import org.youthvoice.actions.internal.ParticipationEvidence;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.framework.FrameworkService;
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

    private final ActionStore store;
    private final AuditLog audit;
    private final FrameworkService frameworks;
    private final QuoteService quotes;
    private final Map<String, EvidenceSource> sources = new java.util.LinkedHashMap<>();
    private final EvidenceStore links;
    private final ParticipationEvidence participationEvents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionService(ActionStore store, AuditLog audit, FrameworkService frameworks, QuoteService quotes,
            List<EvidenceSource> sources, EvidenceStore links, ParticipationEvidence participationEvents,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
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
        long id = store.create(youSaid, weDo, action.status(), owner, action.dueOn(), LocalDateTime.now(clock),
                action.priorities());
        audit.record("ACTION_CREATED", "council_action", String.valueOf(id), null);
        sendToEvidence(id);
        return id;
    }

    /** The same action in simpler words for one age band; empty words remove that version. */
    @ForOfficers
    @Transactional
    public void setWordsFor(long id, AgeBand band, @Nullable String youSaid, @Nullable String weDo) {
        exists(id);
        store.removeWordsFor(id, band);
        if ((youSaid == null || youSaid.isBlank()) && (weDo == null || weDo.isBlank())) {
            return;
        }
        store.addWordsFor(id, band, youSaid(youSaid), weDo(weDo));
        audit.record("ACTION_WORDS_FOR_AGE", "council_action", String.valueOf(id), band.name());
    }

    @ForOfficers
    @Transactional
    public void setStatus(long id, ActionStatus status) {
        exists(id);
        store.changeStatus(id, status);
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
        if (published) {
            store.publish(id, LocalDate.now(clock));
        } else {
            store.takeDown(id);
        }
        audit.record(published ? "ACTION_PUBLISHED" : "ACTION_UNPUBLISHED", "council_action", String.valueOf(id), null);
        sendToEvidence(id);
    }

    /**
     * Tells insight's evidence pages what the action now says (design note 0038), in the transaction that changed it:
     * insight sits below actions and never asks. Called after every change to what those pages show (the words, status,
     * owner, due day, publishing, codes); the words for an age band are not shown there.
     */
    private void sendToEvidence(long id) {
        events.publishEvent(store.saved(id));
    }

    /** Which of these ids are actions. */
    @ForOfficers
    @Transactional(readOnly = true)
    public Set<Long> existing(java.util.Collection<Long> ids) {
        return store.existing(ids);
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
        store.linkQuote(id, quoteId);
        audit.record("ACTION_QUOTE_LINKED", "council_action", String.valueOf(id), String.valueOf(quoteId));
    }

    @ForOfficers
    @Transactional
    public void unlinkQuote(long id, long quoteId) {
        exists(id);
        store.unlinkQuote(id, quoteId);
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
        return store.quoteIds(id);
    }

    /** How many actions are past their due day and not done: for the officers' start page. */
    @ForOfficers
    @Transactional(readOnly = true)
    public long countOverdue() {
        return store.countOverdue(LocalDate.now(clock));
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
        var actions = store.newest(overdueOnly, LocalDate.now(clock));
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
        var rows = store.shown(band, topic, only, publishedOnly, limit);
        // Priorities, titles and quotes for the shown actions only: this runs on every public page and member home.
        var ids = rows.stream().map(ActionStore.Shown::id).toList();
        var priorities = prioritiesOf(ids);
        var titles = frameworks.titlesOf(priorities.values().stream().flatMap(List::stream)
                .collect(java.util.stream.Collectors.toSet()));
        var quoteIds = store.quoteIds(ids);
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
        return frameworks.titlesOf(store.publishedCodes());
    }

    private Map<Long, List<String>> prioritiesOf(List<Long> actionIds) {
        return store.prioritiesOf(actionIds);
    }

    private void exists(long id) {
        if (!store.exists(id)) {
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
