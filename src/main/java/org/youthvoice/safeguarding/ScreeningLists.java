package org.youthvoice.safeguarding;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;

/**
 * The phrase list that screening uses, kept in the database so officers can add what young people actually write
 * and switch off what causes noise. Word groups, negations and figures of speech come from the starter list. Every
 * node rebuilds its screening when the list's revision changes.
 */
@Service
public class ScreeningLists {

    private static final String EDITORS = "hasAnyRole('OFFICER', 'SAFEGUARDING_LEAD', 'ADMIN')";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final AtomicReference<Built> current = new AtomicReference<>();

    ScreeningLists(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    private record Built(long revision, Screening screening) {
    }

    /** The screening for the current list; rebuilt (about a second) only after the list changed on any node. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Screening screening() {
        seedIfEmpty();
        long revision = revision();
        Built built = current.get();
        if (built == null || built.revision() != revision) {
            var phrases = jdbc.sql("SELECT category, severity, pattern FROM screening_phrase WHERE active = TRUE "
                    + "ORDER BY id").query((rs, n) -> new Phrase(Category.valueOf(rs.getString(1)),
                            Severity.valueOf(rs.getString(2)), rs.getString(3))).list();
            built = new Built(revision, Screening.of(PhraseList.englishStarter().withPhrases(phrases)));
            current.set(built);
        }
        return built.screening();
    }

    @PreAuthorize(EDITORS)
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
    @PreAuthorize(EDITORS)
    @Transactional
    public void add(Category category, Severity severity, String pattern) {
        // The starter list goes in first, or an early addition would stand in for the whole list.
        seedIfEmpty();
        String p = pattern == null ? "" : pattern.strip().replaceAll("\\s+", " ");
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

    @PreAuthorize(EDITORS)
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
    @PreAuthorize(EDITORS)
    @Transactional
    public ScreeningResult tryOut(String text) {
        return screening().screen(text == null ? "" : text);
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
        if (jdbc.sql("SELECT COUNT(*) FROM screening_phrase").query(Long.class).single() > 0) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        for (Phrase phrase : PhraseList.englishStarter().phrases()) {
            jdbc.sql("INSERT IGNORE INTO screening_phrase (category, severity, pattern, source, active, added_by, "
                    + "added_at) VALUES (?, ?, ?, 'STARTER', TRUE, 'system', ?)")
                    .params(phrase.category().name(), phrase.severity().name(), phrase.pattern(), now).update();
        }
        bump();
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
