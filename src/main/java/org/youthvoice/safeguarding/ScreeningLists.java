package org.youthvoice.safeguarding;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.safeguarding.internal.ScreeningListStore;
import org.youthvoice.safeguarding.internal.SentenceEmbedder;
import org.youthvoice.security.ForAdmins;
import org.youthvoice.security.ForOfficersAndLeads;
import org.youthvoice.security.Public;

/**
 * The phrase list and the example statements that screening uses, kept in the database so officers and leads can add
 * what young people actually write and switch off what causes noise. Word groups, negations, figures of speech and
 * the meaning thresholds come from the starter files. Every node rebuilds its screening when the lists' revision
 * changes (one revision for both).
 */
@Service
public class ScreeningLists {

    private final ScreeningListStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final AtomicReference<Built> current = new AtomicReference<>();

    private final SentenceEmbedder embedder;

    ScreeningLists(ScreeningListStore store, AuditLog audit, Clock clock, SentenceEmbedder embedder) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.embedder = embedder;
    }

    private record Built(long revision, Screening screening) {
    }

    /** The screening for the current list; rebuilt (about a second) only after the list changed on any node. */
    @Public
    @Transactional
    public Screening screening() {
        seedIfEmpty();
        long revision = store.revision();
        Built built = current.get();
        if (built == null || built.revision() != revision) {
            synchronized (current) { // one build at a time (the warm-up at start and a first comment may race)
                built = current.get();
                if (built == null || built.revision() != revision) {
                    built = build(revision);
                    current.set(built);
                }
            }
        }
        return built.screening();
    }

    /**
     * The screening last built on this node, without waiting: empty while the first build after start is still under
     * way (it embeds some thousands of labelled texts). For a path that must answer at once whatever screening says,
     * such as "tell someone now", which is urgent anyway.
     */
    @Public
    public java.util.Optional<Screening> screeningIfBuilt() {
        var built = current.get();
        return built == null ? java.util.Optional.empty() : java.util.Optional.of(built.screening());
    }

    private Built build(long revision) {
        return new Built(revision, Screening.of(PhraseList.englishStarter().withPhrases(store.activePhrases()),
                ExampleList.englishStarter().withExamples(store.activeExamples()), embedder));
    }

    @ForOfficersAndLeads
    @Transactional
    public List<PhraseView> phrases(@Nullable Category category) {
        seedIfEmpty();
        return store.phrases(category);
    }

    /** Adds a phrase after checking that it can be read; refuses a pattern the list already has. */
    @ForOfficersAndLeads
    @Transactional
    public void add(Category category, Severity severity, String pattern) {
        // The starter list goes in first, or an early addition would stand in for the whole list.
        seedIfEmpty();
        String p = pattern == null ? "" : pattern.strip().replaceAll("\\s+", " ");
        if (!category.inUse()) {
            throw new UserFacingException("screening.error.category");
        }
        if (p.isEmpty() || p.length() > 300) {
            throw new UserFacingException("screening.error.pattern");
        }
        var phrase = new Phrase(category, severity, p);
        try {
            Screening.of(PhraseList.englishStarter().withPhrases(List.of(phrase)));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("screening.error.unreadable", String.valueOf(e.getMessage()));
        }
        if (!store.addPhrase(phrase, currentUser(), LocalDateTime.now(clock))) {
            throw new UserFacingException("screening.error.exists");
        }
        store.bump();
        audit.record("SCREENING_PHRASE_ADDED", "screening_phrase", null, category + " " + severity + " " + p);
    }

    @ForOfficersAndLeads
    @Transactional
    public void setActive(long id, boolean active) {
        if (!store.switchPhrase(id, active)) {
            throw new UserFacingException("screening.error.gone");
        }
        store.bump();
        audit.record(active ? "SCREENING_PHRASE_ON" : "SCREENING_PHRASE_OFF", "screening_phrase", String.valueOf(id),
                null);
    }

    /** What screening finds in a sample sentence, so an officer can check a phrase before relying on it. */
    @ForOfficersAndLeads
    @Transactional
    public ScreeningResult tryOut(String text) {
        return screening().screen(text == null ? "" : text);
    }

    /**
     * How screening by meaning reads a sample sentence, for "try a sentence", when it wrote anything out: text speak,
     * slang and a young child's spelling said plainly ("shotting" as "selling drugs", "privat" as "private"). Empty when
     * it reads the sentence as typed (a capital letter, a curly apostrophe or a double space is not worth showing).
     */
    @ForOfficersAndLeads
    public java.util.Optional<String> readAs(String text) {
        String typed = text == null ? "" : text;
        String read = org.youthvoice.safeguarding.internal.MeaningMatcher.prepare(typed);
        String plain = String.join(" ", typed.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').strip()
                .split("\\s+"));
        return read.equals(plain) ? java.util.Optional.empty() : java.util.Optional.of(read);
    }

    /** The examples closest in meaning to a sample sentence, most similar first, for "try a sentence". */
    @ForOfficersAndLeads
    @Transactional
    public List<Screening.Closeness> closestExamples(String text, int limit) {
        return screening().closestExamples(text == null ? "" : text, Math.max(1, Math.min(limit, 10)));
    }

    /** Example statements for screening by meaning; {@code harmless} picks the harmless ones instead of a category. */
    @ForOfficersAndLeads
    @Transactional
    public List<ExampleView> examples(@Nullable Category category, boolean harmless) {
        seedIfEmpty();
        return store.examples(category, harmless);
    }

    /**
     * Adds an example statement: a category and severity, or neither for a harmless one (a figure of speech or an
     * everyday use that should lower a match by meaning). Refuses an example the list already has.
     */
    @ForOfficersAndLeads
    @Transactional
    public void addExample(@Nullable Category category, @Nullable Severity severity, String text) {
        seedIfEmpty();
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.isEmpty() || t.length() > 300) {
            throw new UserFacingException("screening.examples.error.text");
        }
        if ((category == null) != (severity == null) || category != null && !category.inUse()) {
            throw new UserFacingException("screening.examples.error.kind");
        }
        var example = new MeaningExample(category, severity, t);
        if (!store.addExample(example, currentUser(), LocalDateTime.now(clock))) {
            throw new UserFacingException("screening.examples.error.exists");
        }
        store.bump();
        audit.record("SCREENING_EXAMPLE_ADDED", "screening_example", null,
                ScreeningListStore.category(example) + " " + ScreeningListStore.severity(example) + " " + t);
    }

    @ForOfficersAndLeads
    @Transactional
    public void setExampleActive(long id, boolean active) {
        if (!store.switchExample(id, active)) {
            throw new UserFacingException("screening.error.gone");
        }
        store.bump();
        audit.record(active ? "SCREENING_EXAMPLE_ON" : "SCREENING_EXAMPLE_OFF", "screening_example",
                String.valueOf(id), null);
    }

    /**
     * Copies the starter list in at start, before any screening or request can race to do it (under MariaDB's
     * repeatable reads, a transaction that lost that race would see an empty list).
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @Transactional
    void seedAtStart() {
        seedIfEmpty();
    }

    /**
     * Adds the starter phrases and examples this version ships that the list has never had, so that an upgrade brings
     * them (until 7 Dec 2026 only a new install did: the starter examples for forced marriage, FGM and abuse linked to
     * faith would not have reached a council already running). An entry already in the list, switched on or off, is
     * left as it is, and nothing is ever deleted, so a starter entry a lead switched off stays off. Run once per node at
     * start; nodes starting together are safe (the tables' unique keys). Returns how many were added.
     */
    @ForAdmins
    @Transactional
    public int addNewStarterEntries() {
        LocalDateTime now = LocalDateTime.now(clock);
        int added = store.addStarterPhrases(PhraseList.englishStarter().phrases(), now)
                + store.addStarterExamples(ExampleList.englishStarter().examples(), now);
        if (added > 0) {
            store.bump();
        }
        return added;
    }

    private void seedIfEmpty() {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!store.hasPhrases()) {
            store.addStarterPhrases(PhraseList.englishStarter().phrases(), now);
            store.bump();
        }
        // separately: an install from before screening by meaning has phrases but no examples yet
        if (!store.hasExamples()) {
            store.addStarterExamples(ExampleList.englishStarter().examples(), now);
            store.bump();
        }
    }

    private static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
