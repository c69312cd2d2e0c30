package org.youthvoice.safeguarding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.safeguarding.internal.QueueStore;
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

    private final QueueStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final int overdueAfterWorkingDays;
    private final org.youthvoice.base.WorkingDays workingDays;

    SafeguardingQueue(QueueStore store, AuditLog audit, Clock clock,
            @Value("${youthvoice.safeguarding.overdue-after-working-days:1}") int overdueAfterWorkingDays,
            org.youthvoice.base.WorkingDays workingDays) {
        this.workingDays = workingDays;
        this.store = store;
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
        return store.page(openOnly, limit, offset, overdueNow());
    }

    @ForLeads
    @Transactional(readOnly = true)
    public long count(boolean openOnly) {
        return store.count(openOnly);
    }

    /**
     * Which of these sources screening flagged, so officers see that a comment is with the safeguarding leads. Says
     * nothing more: no category, no outcome.
     */
    @ForOfficersAndLeads
    @Transactional(readOnly = true)
    public java.util.Set<Long> flaggedAmong(String sourceType, java.util.Collection<Long> sourceIds) {
        return store.flaggedAmong(sourceType, sourceIds);
    }

    /** How many open items there are, and how many of them are urgent or overdue: for the alert in the staff shell. */
    @ForLeads
    @Transactional(readOnly = true)
    public QueueSummary summary() {
        // Polled by every lead's screen: the store reads small columns, never the texts.
        var open = store.openItems();
        var overdue = overdueNow();
        return new QueueSummary(open.size(), (int) open.stream().filter(QueueStore.OpenItem::urgent).count(),
                (int) open.stream().filter(i -> overdue.test(i.flaggedOn(), i.dueBy())).count());
    }

    /** Opens one item. The first opening is recorded on the item; every opening goes to the audit log. */
    @ForLeads
    @Transactional
    public Optional<DisclosureView> open(long id) {
        store.markOpened(id, currentUser(), LocalDateTime.now(clock));
        var item = store.find(id, overdueNow());
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
        boolean closed = store.close(id, outcome, ref == null || ref.isEmpty() ? null : ref,
                text == null || text.isEmpty() ? null : text, currentUser(), LocalDateTime.now(clock));
        if (!closed) {
            throw new UserFacingException("safeguarding.error.closed");
        }
        audit.record("DISCLOSURE_OUTCOME", "disclosure", String.valueOf(id),
                outcome.name() + (ref == null || ref.isEmpty() ? "" : " ref " + ref));
    }

    /**
     * Where a lead can read the contact details the young person chose to leave with what they wrote: a relative
     * staff route of the module that holds them (for feedback, {@code feedback/contact/<item>}), whose screen shows
     * them to leads and records that read in its audit entry. Safeguarding never reads the details itself (design
     * note 0038); that a lead asked for them about this item is in the audit log here.
     */
    @ForLeads
    @Transactional
    public Optional<String> contactAt(long id) {
        var at = store.contactAt(id);
        at.ifPresent(route -> audit.record("DISCLOSURE_CONTACT_VIEWED", "disclosure", String.valueOf(id), null));
        return at;
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
        return store.heldFromQuoting(sourceType, sourceIds);
    }

    /** Whether a lead released this source's words for quoting (false when screening never flagged them). */
    @ForOfficersAndLeads
    @Transactional(readOnly = true)
    public boolean releasedForQuoting(String sourceType, long sourceId) {
        return store.releasedForQuoting(sourceType, sourceId);
    }

    /**
     * A lead says the words may be quoted (once de-identified and approved by an officer, as every quote). Recorded on
     * the item and in the audit log; a member's own "tell someone now" message can never be released.
     */
    @ForLeads
    @Transactional
    public void releaseForQuoting(long id) {
        if (!store.releaseForQuoting(id, currentUser(), LocalDateTime.now(clock))) {
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

    /** The overdue rule as of now, for the store to apply to the open items it reads. */
    private QueueStore.Overdue overdueNow() {
        LocalDateTime now = LocalDateTime.now(clock);
        return (flaggedOn, dueBy) -> isOverdue(flaggedOn, dueBy, now);
    }

    private static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    /** Counts for the alert in the staff shell. */
    public record QueueSummary(int open, int urgent, int overdue) {
    }
}
