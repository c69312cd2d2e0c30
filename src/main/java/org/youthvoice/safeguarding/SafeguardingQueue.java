package org.youthvoice.safeguarding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.security.ForLeads;
import org.youthvoice.security.ForOfficersAndLeads;
import org.youthvoice.security.Public;

/**
 * The safeguarding queue. Only safeguarding leads read it (an administrator too, if also given that role); every view
 * is in the audit log; nothing is ever deleted; an outcome is recorded once, and a later correction is a new audit
 * entry, not an overwrite.
 */
@Service
public class SafeguardingQueue {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final int overdueAfterWorkingDays;
    private final org.youthvoice.base.WorkingDays workingDays;
    private final List<org.youthvoice.base.ContactSource> contactSources;

    SafeguardingQueue(JdbcClient jdbc, AuditLog audit, Clock clock,
            @Value("${youthvoice.safeguarding.overdue-after-working-days:1}") int overdueAfterWorkingDays,
            List<org.youthvoice.base.ContactSource> contactSources, org.youthvoice.base.WorkingDays workingDays) {
        this.workingDays = workingDays;
        this.contactSources = contactSources;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.overdueAfterWorkingDays = overdueAfterWorkingDays;
    }

    /**
     * Open items first (urgent, then a member's own "tell someone now" messages, which are due the same day, then the
     * oldest day), then closed ones, the most recently flagged day first. Items flagged on the same day have no order
     * between them: the queue keeps the day, not the time (design note 0023), and ids are random.
     */
    @ForLeads
    @Transactional(readOnly = true)
    public List<DisclosureView> list(boolean openOnly, int limit, int offset) {
        return jdbc.sql(SELECT + (openOnly ? " WHERE outcome IS NULL" : "")
                + " ORDER BY outcome IS NOT NULL, CASE WHEN outcome IS NULL AND severity = 'URGENT' THEN 0 ELSE 1 END, "
                + "CASE WHEN outcome IS NULL AND named_account IS NOT NULL THEN 0 ELSE 1 END, "
                + "CASE WHEN outcome IS NULL THEN flagged_on END, flagged_on DESC, id LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query((rs, n) -> row(rs))
                .list();
    }

    @ForLeads
    @Transactional(readOnly = true)
    public long count(boolean openOnly) {
        return jdbc.sql("SELECT COUNT(*) FROM disclosure" + (openOnly ? " WHERE outcome IS NULL" : ""))
                .query(Long.class).single();
    }

    /**
     * Which of these sources screening flagged, so officers see that a comment is with the safeguarding leads. Says
     * nothing more: no category, no outcome.
     */
    @ForOfficersAndLeads
    @Transactional(readOnly = true)
    public java.util.Set<Long> flaggedAmong(String sourceType, java.util.Collection<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("SELECT source_id FROM disclosure WHERE source_type = :type "
                + "AND source_id IN (:ids)").param("type", sourceType).param("ids", List.copyOf(sourceIds))
                .query(Long.class).list());
    }

    /** How many open items there are, and how many of them are urgent or overdue: for the alert in the staff shell. */
    @ForLeads
    @Transactional(readOnly = true)
    public QueueSummary summary() {
        // Polled by every lead's screen: read two small columns, never the texts.
        int[] counts = new int[3];
        jdbc.sql("SELECT severity, flagged_on, due_by FROM disclosure WHERE outcome IS NULL").query(rs -> {
            counts[0]++;
            if (Severity.URGENT.name().equals(rs.getString(1))) {
                counts[1]++;
            }
            if (isOverdue(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDateTime.class),
                    LocalDateTime.now(clock))) {
                counts[2]++;
            }
        });
        return new QueueSummary(counts[0], counts[1], counts[2]);
    }

    /** Opens one item. The first opening is recorded on the item; every opening goes to the audit log. */
    @ForLeads
    @Transactional
    public Optional<DisclosureView> open(long id) {
        String who = currentUser();
        jdbc.sql("UPDATE disclosure SET first_opened_by = ?, first_opened_at = ? WHERE id = ? AND first_opened_by IS NULL")
                .params(who, LocalDateTime.now(clock), id).update();
        var item = jdbc.sql(SELECT + " WHERE id = ?").param(id).query((rs, n) -> row(rs)).optional();
        item.ifPresent(d -> audit.record("DISCLOSURE_VIEWED", "disclosure", String.valueOf(id), null));
        return item;
    }

    /**
     * Refuses an outcome given wrongly, in plain words: the same rule the screen checks before it asks the lead to
     * confirm, and {@link #recordOutcome} checks again.
     */
    public static void checkOutcome(Outcome outcome, @Nullable String reference, @Nullable String note) {
        String ref = reference == null ? null : reference.strip();
        String text = note == null ? null : note.strip();
        if (outcome == Outcome.REFERRED && (ref == null || ref.isEmpty())) {
            throw new UserFacingException("safeguarding.error.reference");
        }
        if (ref != null && ref.length() > 100) {
            throw new UserFacingException("safeguarding.error.referenceLong");
        }
        if (text != null && text.length() > 2000) {
            throw new UserFacingException("safeguarding.error.noteLong");
        }
    }

    /** Records what was done. A referral needs its reference; the item then leaves the open queue. */
    @ForLeads
    @Transactional
    public void recordOutcome(long id, Outcome outcome, @Nullable String reference, @Nullable String note) {
        String ref = reference == null ? null : reference.strip();
        String text = note == null ? null : note.strip();
        checkOutcome(outcome, ref, text);
        int changed = jdbc.sql("""
                UPDATE disclosure SET outcome = ?, reference = ?, note = ?, closed_by = ?, closed_at = ?,
                  first_opened_by = COALESCE(first_opened_by, ?), first_opened_at = COALESCE(first_opened_at, ?)
                WHERE id = ? AND outcome IS NULL""")
                .params(outcome.name(), ref == null || ref.isEmpty() ? null : ref, text == null || text.isEmpty() ? null
                        : text, currentUser(), LocalDateTime.now(clock), currentUser(), LocalDateTime.now(clock), id)
                .update();
        if (changed == 0) {
            throw new UserFacingException("safeguarding.error.closed");
        }
        audit.record("DISCLOSURE_OUTCOME", "disclosure", String.valueOf(id),
                outcome.name() + (ref == null || ref.isEmpty() ? "" : " ref " + ref));
    }

    /**
     * The contact details the young person chose to leave with what they wrote, for a lead who needs to reach them.
     * Every read is in the audit log.
     */
    @ForLeads
    @Transactional
    public Optional<org.youthvoice.base.ContactSource.Contact> contact(long id) {
        var source = jdbc.sql("SELECT source_type, source_id FROM disclosure WHERE id = ? AND contact_given = TRUE")
                .param(id).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).optional();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        audit.record("DISCLOSURE_CONTACT_VIEWED", "disclosure", String.valueOf(id), null);
        return contactSources.stream().filter(s -> s.sourceType().equals(source.get()[0])).findFirst()
                .flatMap(s -> s.contactFor((long) source.get()[1]));
    }

    /** Adds to the record after it was closed: kept in the audit log, the original outcome stays as it was. */
    @ForLeads
    @Transactional
    public void addNote(long id, String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > 900) {
            throw new UserFacingException("safeguarding.error.noteLong");
        }
        audit.record("DISCLOSURE_NOTE", "disclosure", String.valueOf(id), text);
    }

    /** A named message is overdue once its due time passed; anything else as {@link #isOverdue(LocalDate, LocalDate)}. */
    boolean isOverdue(LocalDate flaggedOn, @Nullable LocalDateTime dueBy, LocalDateTime now) {
        return dueBy != null ? now.isAfter(dueBy) : isOverdue(flaggedOn, now.toLocalDate());
    }

    /**
     * Which of these sources screening flagged and no lead has yet released for quoting: their words may not be
     * quoted or published. Says nothing more. Public pages ask too, to leave such a quote out, so anyone may ask.
     */
    @Public
    @Transactional(readOnly = true)
    public java.util.Set<Long> heldFromQuoting(String sourceType, java.util.Collection<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("SELECT source_id FROM disclosure WHERE source_type = :type "
                + "AND source_id IN (:ids) AND released_for_quoting_by IS NULL").param("type", sourceType)
                .param("ids", List.copyOf(sourceIds)).query(Long.class).list());
    }

    /** Whether a lead released this source's words for quoting (false when screening never flagged them). */
    @ForOfficersAndLeads
    @Transactional(readOnly = true)
    public boolean releasedForQuoting(String sourceType, long sourceId) {
        return jdbc.sql("SELECT COUNT(*) FROM disclosure WHERE source_type = ? AND source_id = ? "
                + "AND released_for_quoting_by IS NOT NULL").params(sourceType, sourceId).query(Integer.class)
                .single() > 0;
    }

    /**
     * A lead says the words may be quoted (once de-identified and approved by an officer, as every quote). Recorded on
     * the item and in the audit log; a member's own "tell someone now" message can never be released.
     */
    @ForLeads
    @Transactional
    public void releaseForQuoting(long id) {
        int changed = jdbc.sql("UPDATE disclosure SET released_for_quoting_by = ?, released_for_quoting_at = ? "
                + "WHERE id = ? AND released_for_quoting_by IS NULL AND named_account IS NULL")
                .params(currentUser(), LocalDateTime.now(clock), id).update();
        if (changed == 0) {
            throw new UserFacingException("safeguarding.error.release");
        }
        audit.record("DISCLOSURE_RELEASED_FOR_QUOTING", "disclosure", String.valueOf(id), null);
    }

    /**
     * Overdue: still open after {@code overdueAfterWorkingDays} whole working days (Monday to Friday, not bank
     * holidays: {@link org.youthvoice.base.WorkingDays}) have passed
     * since the day it was flagged. The queue keeps only that day, so with the default of 1 an item flagged on Monday
     * (at any time) has all of Tuesday and is overdue from Wednesday; one from Friday, Saturday or Sunday is overdue
     * from Tuesday. In other words: overdue when flagged before the previous working day.
     */
    boolean isOverdue(LocalDate flaggedOn, LocalDate today) {
        int workingDays = 0;
        for (LocalDate d = flaggedOn.plusDays(1); d.isBefore(today); d = d.plusDays(1)) {
            if (this.workingDays.isWorkingDay(d)) {
                workingDays++;
                if (workingDays >= overdueAfterWorkingDays) {
                    return true;
                }
            }
        }
        return false;
    }

    private DisclosureView row(java.sql.ResultSet rs) throws java.sql.SQLException {
        String outcome = rs.getString("outcome");
        LocalDate flagged = rs.getObject("flagged_on", LocalDate.class);
        return new DisclosureView(rs.getLong("id"), rs.getString("source_type"), rs.getString("source_label"),
                rs.getString("group_code"), rs.getBoolean("contact_given"), rs.getString("text"),
                Severity.valueOf(rs.getString("severity")), categories(rs.getString("categories")),
                highlights(rs.getString("matches")), flagged, rs.getString("first_opened_by"),
                rs.getObject("first_opened_at", LocalDateTime.class), outcome == null ? null : Outcome.valueOf(outcome),
                rs.getString("reference"), rs.getString("note"), rs.getString("closed_by"),
                rs.getObject("closed_at", LocalDateTime.class),
                outcome == null && isOverdue(flagged, rs.getObject("due_by", LocalDateTime.class),
                        LocalDateTime.now(clock)), rs.getObject("alert_recipients", Integer.class),
                rs.getString("named_account"), rs.getString("named_person"),
                rs.getObject("due_by", LocalDateTime.class), rs.getString("released_for_quoting_by"),
                rs.getObject("released_for_quoting_at", LocalDateTime.class), rs.getString("meaning_example"),
                similarity(rs.getBigDecimal("meaning_similarity")));
    }

    private static @Nullable Double similarity(java.math.@Nullable BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static List<Category> categories(String text) {
        return Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(Category::valueOf).toList();
    }

    private static List<Highlight> highlights(String text) {
        return Arrays.stream(text.split(";")).filter(s -> !s.isBlank()).map(s -> s.split(":"))
                .map(p -> new Highlight(Integer.parseInt(p[0]), Integer.parseInt(p[1]))).toList();
    }

    private static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    private static final String SELECT = """
            SELECT id, source_type, source_label, group_code, contact_given, text, severity, categories, matches,
                   flagged_on, first_opened_by, first_opened_at, outcome, reference, note, closed_by, closed_at,
                   alert_recipients, named_account, named_person, due_by, released_for_quoting_by,
                   released_for_quoting_at, meaning_example, meaning_similarity
            FROM disclosure""";

    /** Counts for the alert in the staff shell. */
    public record QueueSummary(int open, int urgent, int overdue) {
    }
}
