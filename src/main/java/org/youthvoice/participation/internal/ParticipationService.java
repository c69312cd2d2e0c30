package org.youthvoice.participation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.actions.ActionService;
import org.youthvoice.actions.ParticipationEventSaved;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.ShownCount;
import org.youthvoice.base.DisclosureControl;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.people.AccountService;
import org.youthvoice.voting.BallotService;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.ForOfficers;
import org.youthvoice.security.ForReaders;

/**
 * The participation log. Officers record events and who came (as numbers by group and age band, and members ticked
 * from the list); the counts the plans ask for are worked out in the database per calendar quarter and shown with
 * small numbers suppressed.
 */
@Service
public class ParticipationService {

    public static final int MOST_AT_ONE_EVENT = 100_000;
    static final int MAX_TEXT = 2000;
    private static final List<String> SURVEY_STATUSES = List.of("in-care", "care-leaver", "other", "unknown");

    private final ParticipationStore store;
    private final AuditLog audit;
    private final AccountService accounts;
    private final ActionService actions;
    private final BallotService ballots;
    private final FeedbackService feedback;
    private final DisclosureControl disclosure;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ParticipationService(ParticipationStore store, AuditLog audit, AccountService accounts, ActionService actions,
            BallotService ballots, FeedbackService feedback, DisclosureControl disclosure,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.ballots = ballots;
        this.feedback = feedback;
        this.store = store;
        this.audit = audit;
        this.accounts = accounts;
        this.actions = actions;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    @ForOfficers
    @Transactional
    public long record(ParticipationEventForm form) {
        var checked = check(form);
        long id = store.add(checked.event(), LocalDateTime.now(clock));
        writeLinks(id, checked);
        audit.record("PARTICIPATION_RECORDED", "participation_event", String.valueOf(id), checked.type().name());
        return id;
    }

    @ForOfficers
    @Transactional
    public void update(long id, ParticipationEventForm form) {
        var checked = check(form);
        if (!store.change(id, checked.event())) {
            throw new UserFacingException("participation.error.gone");
        }
        store.removeMembers(id);
        writeLinks(id, checked);
        audit.record("PARTICIPATION_CHANGED", "participation_event", String.valueOf(id), checked.type().name());
    }

    /** Newest first. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<ParticipationEventView> list(Pageable page) {
        return withLinks(store.page(page.getPageSize(), page.getOffset()));
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public long count() {
        return store.count();
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public ParticipationEventView event(long id) {
        var row = store.event(id).orElseThrow(() -> new UserFacingException("participation.error.gone"));
        return withLinks(List.of(row)).getFirst();
    }

    /**
     * The year starting in {@code startYear} (a financial year from 1 April, or a calendar year), per calendar quarter
     * and in total: events held, attendances by children in care, care leavers and others, attendances by age band
     * (whole year only), and survey responses by care status. Suppressed as one table, quarters by group with their
     * totals, so that no count under the threshold can be worked out from the others.
     */
    @ForReaders
    @Transactional(readOnly = true)
    public ParticipationCounts counts(YearKind kind, int startYear) {
        LocalDate from = kind.start(startYear);
        LocalDate to = from.plusYears(1).minusDays(1);
        var quarterStarts = new ArrayList<LocalDate>();
        for (int q = 0; q < 4; q++) {
            quarterStarts.add(from.plusMonths(3L * q));
        }
        // Events and attendance per quarter, counted in the database.
        long[] events = new long[4];
        long[][] attendance = new long[4][3];
        long[] byAge = new long[5];
        for (var quarter : store.quarters(from, to)) {
            int q = quarterStarts.indexOf(quarter.quarterStart());
            events[q] = quarter.events();
            attendance[q][0] = quarter.inCare();
            attendance[q][1] = quarter.careLeavers();
            attendance[q][2] = quarter.others();
            byAge[0] += quarter.age4To7();
            byAge[1] += quarter.age8To11();
            byAge[2] += quarter.age11To17();
            byAge[3] += quarter.age16To25();
        }
        long[][] surveys = new long[4][SURVEY_STATUSES.size()];
        for (var counted : store.surveyCounts(from, to)) {
            int q = quarterStarts.indexOf(counted.quarterStart());
            int status = SURVEY_STATUSES.indexOf(counted.careStatus());
            if (q >= 0 && status >= 0) {
                surveys[q][status] += counted.responses();
            }
        }
        long[][] votes = perQuarter(ballots.votesByQuarter(from, to), quarterStarts);
        long[][] feedbackSent = perQuarter(feedback.itemsByQuarter(from, to), quarterStarts);
        var shownAttendance = disclosure.table(attendance);
        var shownSurveys = disclosure.table(surveys);
        var shownVotes = disclosure.table(votes);
        var shownFeedback = disclosure.table(feedbackSent);
        var quarters = new ArrayList<PeriodCounts>(4);
        long allEvents = 0;
        for (int q = 0; q < 4; q++) {
            allEvents += events[q];
            quarters.add(new PeriodCounts(quarterStarts.get(q), quarterStarts.get(q).plusMonths(3).minusDays(1),
                    events[q], shownAttendance.cell(q, 0), shownAttendance.cell(q, 1), shownAttendance.cell(q, 2),
                    shownAttendance.rowTotal(q), shownSurveys.cell(q, 0), shownSurveys.cell(q, 1),
                    shownSurveys.rowTotal(q), shownVotes.cell(q, 0), shownFeedback.cell(q, 0)));
        }
        var year = new PeriodCounts(from, to, allEvents, shownAttendance.columnTotal(0),
                shownAttendance.columnTotal(1), shownAttendance.columnTotal(2), shownAttendance.total(),
                shownSurveys.columnTotal(0), shownSurveys.columnTotal(1), shownSurveys.total(), shownVotes.total(),
                shownFeedback.total());
        // Ages add up to the year's attendances, which are shown above: one line, suppressed as a breakdown.
        long total = 0;
        for (long[] row : attendance) {
            for (long cell : row) {
                total += cell;
            }
        }
        byAge[4] = Math.max(0, total - byAge[0] - byAge[1] - byAge[2] - byAge[3]);
        var ages = new ArrayList<Long>();
        for (long a : byAge) {
            ages.add(a);
        }
        var shownAges = disclosure.breakdown(ages);
        if (shownAttendance.total().suppressed()) {
            shownAges = ages.stream().map(a -> a == 0 ? disclosure.count(0) : disclosure.hidden())
                    .toList();
        }
        var ageMap = new EnumMap<AgeBand, ShownCount>(AgeBand.class);
        for (AgeBand band : AgeBand.values()) {
            ageMap.put(band, shownAges.get(band.ordinal()));
        }
        return new ParticipationCounts(kind, startYear, quarters, year, ageMap, shownAges.get(4),
                byGroup(from, to));
    }

    /** Per group for the year; attendances suppressed as one breakdown, so no small group can be worked out. */
    private List<ParticipationCounts.GroupCounts> byGroup(LocalDate from, LocalDate to) {
        var groups = store.groups(from, to);
        var shown = disclosure.breakdown(groups.stream().map(ParticipationStore.GroupCount::attendances).toList());
        var result = new ArrayList<ParticipationCounts.GroupCounts>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            result.add(new ParticipationCounts.GroupCounts(groups.get(i).group(), groups.get(i).events(),
                    shown.get(i)));
        }
        return result;
    }

    private static long[][] perQuarter(Map<LocalDate, Long> counts, List<LocalDate> quarterStarts) {
        long[][] table = new long[4][1];
        counts.forEach((quarter, n) -> {
            int q = quarterStarts.indexOf(quarter);
            if (q >= 0) {
                table[q][0] = n;
            }
        });
        return table;
    }

    /** The start years that have events or survey counts, newest first, always including the current year. */
    @ForReaders
    @Transactional(readOnly = true)
    public List<Integer> years(YearKind kind) {
        var years = new java.util.TreeSet<Integer>(java.util.Comparator.reverseOrder());
        years.add(kind.yearOf(LocalDate.now(clock)));
        store.days().forEach(day -> years.add(kind.yearOf(day)));
        return List.copyOf(years);
    }

    private record Checked(LocalDate heldOn, EventType type, String group, int inCare, int careLeavers, int others,
            Map<AgeBand, Integer> byAge, @Nullable String asked, @Nullable String cameOut, Set<Long> members,
            Set<Long> actions) {

        ParticipationStore.Event event() {
            return new ParticipationStore.Event(heldOn, type, group, inCare, careLeavers, others, byAge, asked,
                    cameOut);
        }
    }

    private Checked check(ParticipationEventForm form) {
        LocalDate day = form.heldOn();
        if (day == null || day.getYear() < 1900 || day.getYear() > 2999) {
            throw new UserFacingException("participation.error.date");
        }
        if (form.type() == null) {
            throw new UserFacingException("participation.error.type");
        }
        String group = clean(form.group(), 200);
        if (group == null) {
            throw new UserFacingException("participation.error.group", 200);
        }
        for (int n : List.of(form.inCare(), form.careLeavers(), form.others())) {
            if (n < 0 || n > MOST_AT_ONE_EVENT) {
                throw new UserFacingException("participation.error.count", MOST_AT_ONE_EVENT);
            }
        }
        long attendance = (long) form.inCare() + form.careLeavers() + form.others();
        long aged = 0;
        for (var entry : form.byAge().entrySet()) {
            if (entry.getValue() == null || entry.getValue() < 0 || entry.getValue() > MOST_AT_ONE_EVENT) {
                throw new UserFacingException("participation.error.count", MOST_AT_ONE_EVENT);
            }
            aged += entry.getValue();
        }
        if (aged > attendance) {
            throw new UserFacingException("participation.error.ages", aged, attendance);
        }
        if (form.members().size() > attendance) {
            throw new UserFacingException("participation.error.members", form.members().size(), attendance);
        }
        if (!form.members().isEmpty() && accounts.members(form.members()).size() != form.members().size()) {
            throw new UserFacingException("participation.error.notMember");
        }
        if (!form.actions().isEmpty()) {
            if (!actions.existing(form.actions()).containsAll(form.actions())) {
                throw new UserFacingException("participation.error.action");
            }
        }
        String asked = form.asked() == null || form.asked().isBlank() ? null : clean(form.asked(), MAX_TEXT);
        if (asked == null && form.asked() != null && !form.asked().isBlank()) {
            throw new UserFacingException("participation.error.asked", MAX_TEXT);
        }
        String cameOut = form.cameOut() == null || form.cameOut().isBlank() ? null : clean(form.cameOut(), MAX_TEXT);
        if (cameOut == null && form.cameOut() != null && !form.cameOut().isBlank()) {
            throw new UserFacingException("participation.error.cameOut", MAX_TEXT);
        }
        return new Checked(day, form.type(), group, form.inCare(), form.careLeavers(), form.others(), form.byAge(),
                asked, cameOut, form.members(), form.actions());
    }

    /**
     * The members ticked, kept here; and the event as actions shows it, with the actions that came out of it, sent to
     * actions, which keeps those links (design note 0038).
     */
    private void writeLinks(long id, Checked checked) {
        store.addMembers(id, checked.members());
        events.publishEvent(new ParticipationEventSaved(id, checked.heldOn(), checked.group(), checked.asked(),
                checked.actions()));
    }

    private List<ParticipationEventView> withLinks(List<ParticipationEventView> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        var ids = rows.stream().map(ParticipationEventView::id).toList();
        var members = store.members(ids);
        var linked = actions.cameOutOf(ids);
        return rows.stream().map(r -> new ParticipationEventView(r.id(), r.heldOn(), r.type(), r.group(), r.inCare(),
                r.careLeavers(), r.others(), r.byAge(), r.asked(), r.cameOut(),
                Set.copyOf(members.getOrDefault(r.id(), Set.of())), Set.copyOf(linked.getOrDefault(r.id(), Set.of()))))
                .toList();
    }

    /** Stripped text, or null when empty, too long or holding control characters other than new lines. */
    private static @Nullable String clean(@Nullable String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.codePointCount(0, v.length()) > max
                || v.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
            return null;
        }
        return v;
    }
}
