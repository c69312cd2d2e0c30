package org.youthvoice.safeguarding.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.people.AccountService;
import org.youthvoice.safeguarding.Screening;
import org.youthvoice.safeguarding.ScreeningLists;
import org.youthvoice.safeguarding.ScreeningResult;
import org.youthvoice.safeguarding.Severity;
import org.youthvoice.security.ForMembers;

/**
 * "Tell someone now" (design note 0026; the anchor is Mind Of My Own's Safety Link): a signed-in young member's
 * message goes straight into the safeguarding queue, with their name, always urgent, due by the end of the working day.
 * It is not anonymous and is not feedback: it never reaches officers, tagging or quotes. Screening still reads it,
 * only to mark the words a lead should see first; it cannot lower the urgency.
 */
@Service
public class TellSomeoneNow {

    public static final String SOURCE_TYPE = "TELL_NOW";
    public static final int MAX_TEXT = 2000;

    private final QueueStore queue;
    private final AccountService accounts;
    private final ScreeningLists lists;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LocalTime workingDayEnds;
    private final org.youthvoice.base.WorkingDays workingDays;

    TellSomeoneNow(QueueStore queue, AccountService accounts, ScreeningLists lists,
            ApplicationEventPublisher events, Clock clock,
            @Value("${youthvoice.safeguarding.working-day-ends:17:00}") LocalTime workingDayEnds,
            org.youthvoice.base.WorkingDays workingDays) {
        this.workingDays = workingDays;
        this.queue = queue;
        this.accounts = accounts;
        this.lists = lists;
        this.events = events;
        this.clock = clock;
        this.workingDayEnds = workingDayEnds;
    }

    /**
     * Queues the signed-in member's message, named and urgent, and has the leads e-mailed (after commit, as for every
     * urgent item). Returns the item's id. A refusal (empty, too long) names the problem in plain words.
     */
    @ForMembers
    @Transactional
    public long send(@Nullable String text) {
        String words = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (words.isEmpty()) {
            throw new UserFacingException("help.tell.error.empty");
        }
        if (words.codePointCount(0, words.length()) > MAX_TEXT) {
            throw new UserFacingException("help.tell.error.tooLong", MAX_TEXT);
        }
        var member = accounts.currentMember();
        // urgent whatever screening says, so it never waits for screening: in the moments after a start, while the
        // first build is under way, the lead gets the words without categories or highlights
        var screened = lists.screeningIfBuilt().map(screening -> screening.screen(words));
        LocalDateTime now = LocalDateTime.now(clock);
        var item = new QueueStore.NewItem(SOURCE_TYPE, "Tell someone now", null, null, words, Severity.URGENT,
                screened.map(ScreeningResult::categories).orElse(java.util.Set.of()),
                screened.map(ScreeningResult::highlights).orElse(java.util.List.of()), now.toLocalDate());
        long id = queue.addNamed(item, cut(member.username(), 64), cut(member.displayName(), 120),
                dueBy(now, workingDayEnds, workingDays));
        // No audit entry: administrators read the audit log, and who asked for help is for the leads only.
        events.publishEvent(new DisclosureFlagged(id, Severity.URGENT));
        return id;
    }

    /**
     * The end of the working day the message arrived on; after that time, or on a day off (a weekend or a holiday in
     * {@link org.youthvoice.base.WorkingDays}), the end of the next working day.
     */
    static LocalDateTime dueBy(LocalDateTime sent, LocalTime dayEnds, org.youthvoice.base.WorkingDays workingDays) {
        LocalDate day = sent.toLocalDate();
        if (!workingDays.isWorkingDay(day) || !sent.toLocalTime().isBefore(dayEnds)) {
            day = workingDays.nextAfter(day);
        }
        return day.atTime(dayEnds);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
