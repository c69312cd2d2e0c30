package org.youthvoice.safeguarding.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.youthvoice.safeguarding.Category;
import org.youthvoice.safeguarding.DisclosureView;
import org.youthvoice.safeguarding.Highlight;
import org.youthvoice.safeguarding.Outcome;
import org.youthvoice.safeguarding.Severity;

/**
 * The safeguarding queue: flagged texts go in, leads read them and record what they did. An item is open while it has
 * no outcome; once closed, its outcome is never overwritten; nothing is deleted. Whether an open item is overdue is the caller's rule ({@link Overdue}).
 */
@Component
public class QueueStore {

    private static final String SELECT = """
            SELECT id, source_type, source_label, group_code, contact_given, text, severity, categories, matches,
                   flagged_on, first_opened_by, first_opened_at, outcome, reference, note, closed_by, closed_at,
                   alert_recipients, named_account, named_person, due_by, released_for_quoting_by,
                   released_for_quoting_at, meaning_example, meaning_similarity
            FROM disclosure""";

    /** An item still waiting for a lead's outcome. */
    private static final String OPEN = "outcome IS NULL";

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    QueueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether an open item flagged on that day (and, for a named message, due by then) is overdue now. */
    @FunctionalInterface
    public interface Overdue {
        boolean test(LocalDate flaggedOn, @Nullable LocalDateTime dueBy);
    }

    /** An open item's urgency and deadlines, without its text: what the alert in the staff shell counts. */
    public record OpenItem(Severity severity, LocalDate flaggedOn, @Nullable LocalDateTime dueBy) {

        public boolean urgent() {
            return severity == Severity.URGENT;
        }
    }

    /** A text as it goes into the queue: what screening found in it, and the day it was flagged. */
    public record NewItem(String sourceType, String sourceLabel, @Nullable String groupCode, @Nullable String contactAt,
            String text, Severity severity, Collection<Category> categories, List<Highlight> highlights,
            LocalDate flaggedOn) {

        /** Whether the writer left contact details. */
        public boolean contactGiven() {
            return contactAt != null;
        }
    }

    /**
     * Open items first (urgent, then named messages, then the oldest day), then closed ones, the most recently flagged
     * day first; items flagged on the same day have no order but their (random) ids.
     */
    public List<DisclosureView> page(boolean openOnly, int limit, int offset, Overdue overdue) {
        return jdbc.sql(SELECT + (openOnly ? " WHERE " + OPEN : "")
                + " ORDER BY outcome IS NOT NULL, CASE WHEN outcome IS NULL AND severity = :urgent THEN 0 ELSE 1 END, "
                + "CASE WHEN outcome IS NULL AND named_account IS NOT NULL THEN 0 ELSE 1 END, "
                + "CASE WHEN outcome IS NULL THEN flagged_on END, flagged_on DESC, id LIMIT :limit OFFSET :offset")
                .param("urgent", Severity.URGENT.name())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> item(rs, overdue))
                .list();
    }

    public long count(boolean openOnly) {
        return jdbc.sql("SELECT COUNT(*) FROM disclosure" + (openOnly ? " WHERE " + OPEN : ""))
                .query(Long.class).single();
    }

    public Optional<DisclosureView> find(long id, Overdue overdue) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query((rs, n) -> item(rs, overdue)).optional();
    }

    /** Reads two small columns of each open item, never the texts: every lead's screen polls this. */
    public List<OpenItem> openItems() {
        return jdbc.sql("SELECT severity, flagged_on, due_by FROM disclosure WHERE " + OPEN)
                .query((rs, n) -> new OpenItem(Severity.valueOf(rs.getString("severity")),
                        rs.getObject("flagged_on", LocalDate.class), rs.getObject("due_by", LocalDateTime.class)))
                .list();
    }

    /** Which of these sources were flagged. */
    public Set<Long> flaggedAmong(String sourceType, Collection<Long> sourceIds) {
        return sourceIdsWhere("", sourceType, sourceIds);
    }

    /** Which of these sources were flagged and not released for quoting. */
    public Set<Long> heldFromQuoting(String sourceType, Collection<Long> sourceIds) {
        return sourceIdsWhere(" AND released_for_quoting_by IS NULL", sourceType, sourceIds);
    }

    public boolean releasedForQuoting(String sourceType, long sourceId) {
        return jdbc.sql("SELECT COUNT(*) FROM disclosure WHERE source_type = ? AND source_id = ? "
                + "AND released_for_quoting_by IS NOT NULL").params(sourceType, sourceId).query(Integer.class)
                .single() > 0;
    }

    /**
     * Where the contact details left with an item can be read (a relative staff route of the module that holds them),
     * if its writer left any.
     */
    public Optional<String> contactAt(long id) {
        return jdbc.sql("SELECT contact_at FROM disclosure WHERE id = ? AND contact_at IS NOT NULL")
                .param(id)
                .query(String.class)
                .optional();
    }

    /**
     * Queues a screened text under the given (random) id, with the example it was close to in meaning, if any; false
     * if its source is queued already or the id is taken.
     */
    public boolean addScreened(long id, long sourceId, NewItem item, @Nullable String meaningExample,
            @Nullable Double meaningSimilarity) {
        return jdbc.sql("""
                INSERT IGNORE INTO disclosure (id, source_type, source_id, source_label, group_code, contact_given,
                    contact_at, text, severity, categories, matches, flagged_on, meaning_example, meaning_similarity)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, item.sourceType(), sourceId, item.sourceLabel(), item.groupCode(), item.contactGiven(),
                        item.contactAt(), item.text(), item.severity().name(), categories(item.categories()),
                        highlights(item.highlights()), item.flaggedOn(), meaningExample,
                        meaningSimilarity == null ? null
                                : BigDecimal.valueOf(meaningSimilarity).setScale(3, RoundingMode.HALF_UP))
                .update() > 0;
    }

    /** Queues a member's own named message, due by {@code dueBy}; it is its own source. Returns its id. */
    public long addNamed(NewItem item, String namedAccount, String namedPerson, LocalDateTime dueBy) {
        var keys = new GeneratedKeyHolder();
        // The source is the item itself: a placeholder that cannot clash, replaced by the item's id at once.
        long placeholderSourceId = -1 - (random.nextLong() & Long.MAX_VALUE >> 1);
        jdbc.sql("""
                INSERT INTO disclosure (source_type, source_id, source_label, group_code, contact_given, contact_at,
                    text, severity, categories, matches, flagged_on, named_account, named_person, due_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(item.sourceType(), placeholderSourceId, item.sourceLabel(), item.groupCode(),
                        item.contactGiven(), item.contactAt(), item.text(), item.severity().name(), categories(item.categories()),
                        highlights(item.highlights()), item.flaggedOn(), namedAccount, namedPerson, dueBy)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("UPDATE disclosure SET source_id = id WHERE id = ?").param(id).update();
        return id;
    }

    /**
     * Whether this source is queued. A locking read: it sees what another transaction committed since this one began,
     * the same text queued at the same moment by another node or thread.
     */
    public boolean isQueued(String sourceType, long sourceId) {
        return jdbc.sql("SELECT COUNT(*) FROM disclosure WHERE source_type = ? AND source_id = ? LOCK IN SHARE MODE")
                .params(sourceType, sourceId).query(Integer.class).single() > 0;
    }

    /** Keeps on the item how many leads an urgent e-mail about it went to. */
    public void alertSent(long id, int recipients) {
        jdbc.sql("UPDATE disclosure SET alert_recipients = ? WHERE id = ?").params(recipients, id).update();
    }

    /** Records the first lead to open the item; later openings leave it as it is. */
    public void markOpened(long id, String by, LocalDateTime at) {
        jdbc.sql("UPDATE disclosure SET first_opened_by = ?, first_opened_at = ? WHERE id = ? AND first_opened_by IS NULL")
                .params(by, at, id).update();
    }

    /**
     * Closes an open item with its outcome (counting as its first opening if nobody opened it before); false if it was
     * already closed, or is not there.
     */
    public boolean close(long id, Outcome outcome, @Nullable String reference, @Nullable String note, String by,
            LocalDateTime at) {
        return jdbc.sql("""
                UPDATE disclosure SET outcome = ?, reference = ?, note = ?, closed_by = ?, closed_at = ?,
                  first_opened_by = COALESCE(first_opened_by, ?), first_opened_at = COALESCE(first_opened_at, ?)
                WHERE id = ? AND\s""" + OPEN)
                .params(outcome.name(), reference, note, by, at, by, at, id)
                .update() > 0;
    }

    /**
     * Releases the item's words for quoting; false if already released, not there, or a member's own named message,
     * which is never released.
     */
    public boolean releaseForQuoting(long id, String by, LocalDateTime at) {
        return jdbc.sql("UPDATE disclosure SET released_for_quoting_by = ?, released_for_quoting_at = ? "
                + "WHERE id = ? AND released_for_quoting_by IS NULL AND named_account IS NULL")
                .params(by, at, id).update() > 0;
    }

    private Set<Long> sourceIdsWhere(String condition, String sourceType, Collection<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT source_id FROM disclosure WHERE source_type = :type "
                + "AND source_id IN (:ids)" + condition).param("type", sourceType).param("ids", List.copyOf(sourceIds))
                .query(Long.class).list());
    }

    private static DisclosureView item(ResultSet rs, Overdue overdue) throws SQLException {
        String outcome = rs.getString("outcome");
        LocalDate flagged = rs.getObject("flagged_on", LocalDate.class);
        LocalDateTime dueBy = rs.getObject("due_by", LocalDateTime.class);
        return new DisclosureView(rs.getLong("id"), rs.getString("source_type"), rs.getString("source_label"),
                rs.getString("group_code"), rs.getBoolean("contact_given"), rs.getString("text"),
                Severity.valueOf(rs.getString("severity")), categories(rs.getString("categories")),
                highlights(rs.getString("matches")), flagged, rs.getString("first_opened_by"),
                rs.getObject("first_opened_at", LocalDateTime.class), outcome == null ? null : Outcome.valueOf(outcome),
                rs.getString("reference"), rs.getString("note"), rs.getString("closed_by"),
                rs.getObject("closed_at", LocalDateTime.class), outcome == null && overdue.test(flagged, dueBy),
                rs.getObject("alert_recipients", Integer.class), rs.getString("named_account"),
                rs.getString("named_person"), dueBy, rs.getString("released_for_quoting_by"),
                rs.getObject("released_for_quoting_at", LocalDateTime.class), rs.getString("meaning_example"),
                similarity(rs.getBigDecimal("meaning_similarity")));
    }

    private static String categories(Collection<Category> categories) {
        return categories.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String highlights(List<Highlight> highlights) {
        return highlights.stream().map(h -> h.start() + ":" + h.end()).collect(Collectors.joining(";"));
    }

    private static @Nullable Double similarity(@Nullable BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static List<Category> categories(String text) {
        return Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(Category::valueOf).toList();
    }

    private static List<Highlight> highlights(String text) {
        return Arrays.stream(text.split(";")).filter(s -> !s.isBlank()).map(s -> s.split(":"))
                .map(p -> new Highlight(Integer.parseInt(p[0]), Integer.parseInt(p[1]))).toList();
    }
}
