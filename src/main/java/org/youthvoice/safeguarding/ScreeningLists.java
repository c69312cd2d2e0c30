package org.youthvoice.safeguarding;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.safeguarding.internal.SentenceEmbedder;
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

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final AtomicReference<Built> current = new AtomicReference<>();

    private final SentenceEmbedder embedder;

    ScreeningLists(JdbcClient jdbc, AuditLog audit, Clock clock, SentenceEmbedder embedder) {
        this.jdbc = jdbc;
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
        long revision = revision();
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

    private Built build(long revision) {
        var phrases = jdbc.sql("SELECT category, severity, pattern FROM screening_phrase WHERE active = TRUE "
                + "ORDER BY id").query((rs, n) -> new Phrase(Category.valueOf(rs.getString(1)),
                        Severity.valueOf(rs.getString(2)), rs.getString(3))).list();
        var examples = jdbc.sql("SELECT category, severity, text FROM screening_example WHERE active = TRUE "
                + "ORDER BY id").query((rs, n) -> example(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        return new Built(revision, Screening.of(PhraseList.englishStarter().withPhrases(phrases),
                ExampleList.englishStarter().withExamples(examples), embedder));
    }

    @ForOfficersAndLeads
    @Transactional
    public List<PhraseView> phrases(@Nullable Category category) {
        seedIfEmpty();
        return jdbc.sql("SELECT id, category, severity, pattern, source, active, added_by, added_at FROM screening_phrase "
                + "WHERE (:category IS NULL OR category = :category) ORDER BY category, active DESC, pattern")
                .param("category", category == null ? null : category.name())
                .query((rs, n) -> new PhraseView(rs.getLong(1), Category.valueOf(rs.getString(2)),
                        Severity.valueOf(rs.getString(3)), rs.getString(4), "STARTER".equals(rs.getString(5)),
                        rs.getBoolean(6), rs.getString(7), rs.getObject(8, LocalDateTime.class)))
                .list();
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
        try {
            Screening.of(PhraseList.englishStarter().withPhrases(List.of(new Phrase(category, severity, p))));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("screening.error.unreadable", String.valueOf(e.getMessage()));
        }
        int added = jdbc.sql("INSERT IGNORE INTO screening_phrase (category, severity, pattern, source, active, added_by, "
                + "added_at) VALUES (?, ?, ?, 'OFFICER', TRUE, ?, ?)")
                .params(category.name(), severity.name(), p, currentUser(), LocalDateTime.now(clock)).update();
        if (added == 0) {
            throw new UserFacingException("screening.error.exists");
        }
        bump();
        audit.record("SCREENING_PHRASE_ADDED", "screening_phrase", null, category + " " + severity + " " + p);
    }

    @ForOfficersAndLeads
    @Transactional
    public void setActive(long id, boolean active) {
        if (jdbc.sql("UPDATE screening_phrase SET active = ? WHERE id = ?").params(active, id).update() == 0) {
            throw new UserFacingException("screening.error.gone");
        }
        bump();
        audit.record(active ? "SCREENING_PHRASE_ON" : "SCREENING_PHRASE_OFF", "screening_phrase", String.valueOf(id),
                null);
    }

    /** What screening finds in a sample sentence, so an officer can check a phrase before relying on it. */
    @ForOfficersAndLeads
    @Transactional
    public ScreeningResult tryOut(String text) {
        return screening().screen(text == null ? "" : text);
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
        String only = harmless ? HARMLESS : category == null ? null : category.name();
        return jdbc.sql("SELECT id, category, severity, text, source, active, added_by, added_at FROM screening_example "
                + "WHERE (:only IS NULL OR category = :only) ORDER BY category, severity DESC, active DESC, text")
                .param("only", only)
                .query((rs, n) -> {
                    var e = example(rs.getString(2), rs.getString(3), rs.getString(4));
                    return new ExampleView(rs.getLong(1), e.category(), e.severity(), e.text(),
                            "STARTER".equals(rs.getString(5)), rs.getBoolean(6), rs.getString(7),
                            rs.getObject(8, LocalDateTime.class));
                })
                .list();
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
        int added = jdbc.sql("INSERT IGNORE INTO screening_example (category, severity, text, source, active, added_by, "
                + "added_at) VALUES (?, ?, ?, 'OFFICER', TRUE, ?, ?)")
                .params(code(example), level(example), t, currentUser(), LocalDateTime.now(clock)).update();
        if (added == 0) {
            throw new UserFacingException("screening.examples.error.exists");
        }
        bump();
        audit.record("SCREENING_EXAMPLE_ADDED", "screening_example", null, code(example) + " " + level(example) + " " + t);
    }

    @ForOfficersAndLeads
    @Transactional
    public void setExampleActive(long id, boolean active) {
        if (jdbc.sql("UPDATE screening_example SET active = ? WHERE id = ?").params(active, id).update() == 0) {
            throw new UserFacingException("screening.error.gone");
        }
        bump();
        audit.record(active ? "SCREENING_EXAMPLE_ON" : "SCREENING_EXAMPLE_OFF", "screening_example",
                String.valueOf(id), null);
    }

    private static final String HARMLESS = "NONE";

    private static MeaningExample example(String category, String severity, String text) {
        return HARMLESS.equals(category) ? MeaningExample.harmless(text)
                : new MeaningExample(Category.valueOf(category), Severity.valueOf(severity), text);
    }

    private static String code(MeaningExample e) {
        return e.isHarmless() ? HARMLESS : e.category().name();
    }

    private static String level(MeaningExample e) {
        return e.isHarmless() ? "HARMLESS" : e.severity().name();
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

    private void seedIfEmpty() {
        LocalDateTime now = LocalDateTime.now(clock);
        if (jdbc.sql("SELECT COUNT(*) FROM screening_phrase").query(Long.class).single() == 0) {
            for (Phrase phrase : PhraseList.englishStarter().phrases()) {
                jdbc.sql("INSERT IGNORE INTO screening_phrase (category, severity, pattern, source, active, added_by, "
                        + "added_at) VALUES (?, ?, ?, 'STARTER', TRUE, 'system', ?)")
                        .params(phrase.category().name(), phrase.severity().name(), phrase.pattern(), now).update();
            }
            bump();
        }
        // separately: an install from before screening by meaning has phrases but no examples yet
        if (jdbc.sql("SELECT COUNT(*) FROM screening_example").query(Long.class).single() == 0) {
            for (MeaningExample example : ExampleList.englishStarter().examples()) {
                jdbc.sql("INSERT IGNORE INTO screening_example (category, severity, text, source, active, added_by, "
                        + "added_at) VALUES (?, ?, ?, 'STARTER', TRUE, 'system', ?)")
                        .params(code(example), level(example), example.text(), now).update();
            }
            bump();
        }
    }

    private long revision() {
        return jdbc.sql("SELECT revision FROM screening_list_state WHERE id = 1").query(Long.class).single();
    }

    private void bump() {
        jdbc.sql("UPDATE screening_list_state SET revision = revision + 1 WHERE id = 1").update();
    }

    private static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
