package org.youthvoice.safeguarding.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.safeguarding.Category;
import org.youthvoice.safeguarding.ExampleView;
import org.youthvoice.safeguarding.MeaningExample;
import org.youthvoice.safeguarding.Phrase;
import org.youthvoice.safeguarding.PhraseView;
import org.youthvoice.safeguarding.Severity;

/**
 * Reads and writes the screening phrases and example statements, and the lists' one revision, which every change
 * moves on so that each node rebuilds its screening. Nothing is deleted: an entry is switched off.
 */
@Component
public class ScreeningListStore {

    /** Where an entry came from: the starter files, copied in once, or an officer or lead. */
    public enum Source {
        STARTER, OFFICER
    }

    /** A harmless example has no category or severity; the table keeps these in their place. */
    private static final String HARMLESS_CATEGORY = "NONE";
    private static final String HARMLESS_SEVERITY = "HARMLESS";

    /** Who added the starter entries. */
    private static final String SYSTEM = "system";

    private final JdbcClient jdbc;

    ScreeningListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long revision() {
        return jdbc.sql("SELECT revision FROM screening_list_state WHERE id = 1").query(Long.class).single();
    }

    /** Moves the revision on after a change, so every node rebuilds its screening. */
    public void bump() {
        jdbc.sql("UPDATE screening_list_state SET revision = revision + 1 WHERE id = 1").update();
    }

    /** The phrases switched on, in the order they were added. */
    public List<Phrase> activePhrases() {
        return jdbc.sql("SELECT category, severity, pattern FROM screening_phrase WHERE active = TRUE ORDER BY id")
                .query((rs, n) -> new Phrase(Category.valueOf(rs.getString("category")),
                        Severity.valueOf(rs.getString("severity")), rs.getString("pattern")))
                .list();
    }

    /** The examples switched on, in the order they were added. */
    public List<MeaningExample> activeExamples() {
        return jdbc.sql("SELECT category, severity, text FROM screening_example WHERE active = TRUE ORDER BY id")
                .query((rs, n) -> example(rs)).list();
    }

    /** The phrases of a category (all when null), by category, switched on first, then by pattern. */
    public List<PhraseView> phrases(@Nullable Category category) {
        return jdbc.sql("SELECT id, category, severity, pattern, source, active, added_by, added_at FROM screening_phrase "
                + "WHERE (:category IS NULL OR category = :category) ORDER BY category, active DESC, pattern")
                .param("category", category == null ? null : category.name())
                .query((rs, n) -> new PhraseView(rs.getLong("id"), Category.valueOf(rs.getString("category")),
                        Severity.valueOf(rs.getString("severity")), rs.getString("pattern"), starter(rs),
                        rs.getBoolean("active"), rs.getString("added_by"),
                        rs.getObject("added_at", LocalDateTime.class)))
                .list();
    }

    /**
     * The examples of a category, or the harmless ones, or all (no category, not harmless): by category, the more
     * urgent first, switched on first, then by text.
     */
    public List<ExampleView> examples(@Nullable Category category, boolean harmless) {
        String only = harmless ? HARMLESS_CATEGORY : category == null ? null : category.name();
        return jdbc.sql("SELECT id, category, severity, text, source, active, added_by, added_at FROM screening_example "
                + "WHERE (:only IS NULL OR category = :only) ORDER BY category, severity DESC, active DESC, text")
                .param("only", only)
                .query((rs, n) -> {
                    var e = example(rs);
                    return new ExampleView(rs.getLong("id"), e.category(), e.severity(), e.text(), starter(rs),
                            rs.getBoolean("active"), rs.getString("added_by"),
                            rs.getObject("added_at", LocalDateTime.class));
                })
                .list();
    }

    public boolean hasPhrases() {
        return jdbc.sql("SELECT COUNT(*) FROM screening_phrase").query(Long.class).single() != 0;
    }

    public boolean hasExamples() {
        return jdbc.sql("SELECT COUNT(*) FROM screening_example").query(Long.class).single() != 0;
    }

    /** An officer's phrase, switched on; false if the list already has that pattern. */
    public boolean addPhrase(Phrase phrase, String by, LocalDateTime at) {
        return insertPhrase(phrase, Source.OFFICER, by, at);
    }

    /** An officer's example, switched on; false if the list already has it. */
    public boolean addExample(MeaningExample example, String by, LocalDateTime at) {
        return insertExample(example, Source.OFFICER, by, at);
    }

    /** Copies in the starter phrases, leaving out any the list already has (on or off); how many were added. */
    public int addStarterPhrases(List<Phrase> phrases, LocalDateTime at) {
        // what the table has is read once, so a start with nothing new sends one query, not one per phrase; the
        // insert still ignores what the table's own (case-blind) key finds there
        var have = keys("SELECT category, pattern AS entry FROM screening_phrase");
        int added = 0;
        for (var p : phrases) {
            if (!have.contains(key(p.category().name(), p.pattern()))) {
                added += insertPhrase(p, Source.STARTER, SYSTEM, at) ? 1 : 0;
            }
        }
        return added;
    }

    /** Copies in the starter examples, leaving out any the list already has (on or off); how many were added. */
    public int addStarterExamples(List<MeaningExample> examples, LocalDateTime at) {
        var have = keys("SELECT category, text AS entry FROM screening_example");
        int added = 0;
        for (var e : examples) {
            if (!have.contains(key(category(e), e.text()))) {
                added += insertExample(e, Source.STARTER, SYSTEM, at) ? 1 : 0;
            }
        }
        return added;
    }

    private java.util.Set<String> keys(String select) {
        return new java.util.HashSet<>(jdbc.sql(select).query((rs, row) -> key(rs.getString("category"), rs.getString("entry")))
                .list());
    }

    private static String key(String category, String text) {
        return category + "\n" + text.toLowerCase(java.util.Locale.ROOT);
    }

    /** Switches a phrase on or off; false if there is no such phrase. */
    public boolean switchPhrase(long id, boolean active) {
        return jdbc.sql("UPDATE screening_phrase SET active = ? WHERE id = ?").params(active, id).update() > 0;
    }

    /** Switches an example on or off; false if there is no such example. */
    public boolean switchExample(long id, boolean active) {
        return jdbc.sql("UPDATE screening_example SET active = ? WHERE id = ?").params(active, id).update() > 0;
    }

    /** The example's category as the table keeps it, {@code NONE} for a harmless one. */
    public static String category(MeaningExample e) {
        return e.isHarmless() ? HARMLESS_CATEGORY : e.category().name();
    }

    /** The example's severity as the table keeps it, {@code HARMLESS} for a harmless one. */
    public static String severity(MeaningExample e) {
        return e.isHarmless() ? HARMLESS_SEVERITY : e.severity().name();
    }

    private boolean insertPhrase(Phrase phrase, Source source, String by, LocalDateTime at) {
        return jdbc.sql("INSERT IGNORE INTO screening_phrase (category, severity, pattern, source, active, added_by, "
                + "added_at) VALUES (?, ?, ?, ?, TRUE, ?, ?)")
                .params(phrase.category().name(), phrase.severity().name(), phrase.pattern(), source.name(), by, at)
                .update() > 0;
    }

    private boolean insertExample(MeaningExample example, Source source, String by, LocalDateTime at) {
        return jdbc.sql("INSERT IGNORE INTO screening_example (category, severity, text, source, active, added_by, "
                + "added_at) VALUES (?, ?, ?, ?, TRUE, ?, ?)")
                .params(category(example), severity(example), example.text(), source.name(), by, at)
                .update() > 0;
    }

    private static MeaningExample example(ResultSet rs) throws SQLException {
        String category = rs.getString("category");
        return HARMLESS_CATEGORY.equals(category) ? MeaningExample.harmless(rs.getString("text"))
                : new MeaningExample(Category.valueOf(category), Severity.valueOf(rs.getString("severity")),
                        rs.getString("text"));
    }

    private static boolean starter(ResultSet rs) throws SQLException {
        return Source.STARTER.name().equals(rs.getString("source"));
    }
}
