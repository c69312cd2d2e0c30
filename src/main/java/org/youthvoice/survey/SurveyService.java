package org.youthvoice.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.DisclosureControl;
import org.youthvoice.base.ShownCount;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.security.ForOfficers;
import org.youthvoice.survey.internal.DefinitionCheck;
import org.youthvoice.survey.internal.GroupStore;
import org.youthvoice.survey.internal.ResponseStatus;
import org.youthvoice.survey.internal.ResponseStore;
import org.youthvoice.survey.internal.SurveyDefinitionException;
import org.youthvoice.survey.internal.SurveyStore;
import org.youthvoice.survey.taking.Submissions;

/**
 * What officers do with surveys: build them, send them by link, code or card, watch responses come in, close them and
 * start the next round. Every change is checked whole and audit-logged.
 */
@Service
public class SurveyService {
    /** Letters and digits that cannot be mistaken for each other when read off a card. */
    static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int MOST_CARDS = 1000;
    /** A group code an officer types: as long as young people can type it, and as the column holds. */
    public static final int SHORTEST_GROUP_CODE = 4;
    public static final int LONGEST_GROUP_CODE = 16;

    private final SurveyStore store;
    private final GroupStore groups;
    private final ResponseStore responses;
    private final FrameworkService frameworks;
    private final Submissions closing;
    private final AuditLog audit;
    private final DisclosureControl disclosure;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final org.youthvoice.survey.results.ResultTally tally;

    SurveyService(SurveyStore store, GroupStore groups, ResponseStore responses, FrameworkService frameworks,
            Submissions closing, AuditLog audit, DisclosureControl disclosure, Clock clock,
            org.youthvoice.survey.results.ResultTally tally) {
        this.tally = tally;
        this.store = store;
        this.groups = groups;
        this.responses = responses;
        this.frameworks = frameworks;
        this.closing = closing;
        this.audit = audit;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    /** A new draft survey from a definition: built on screen, a template, or an imported file. */
    @ForOfficers
    @Transactional
    public long create(SurveyDefinition survey) {
        refuseProblems(survey, false);
        long id = store.create(hex(6), hex(12), survey.title().strip(), LocalDateTime.now(clock));
        store.write(id, survey);
        audit.record("SURVEY_CREATED", "survey", String.valueOf(id), survey.title());
        return id;
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public List<SurveySummary> list() {
        return store.summaries();
    }

    /**
     * Surveys with responses sent on or after a day: open ones closing soonest first (their answers matter most this
     * week), then the most answered (one grouped query on the day index).
     */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<SurveyNews> newResponses(LocalDate since, int limit) {
        return store.withResponsesSince(since, LocalDateTime.now(clock), limit);
    }

    /** Open surveys whose closing time falls between now and the time given, soonest first. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<SurveyNews> closingBefore(LocalDateTime until, int limit) {
        return store.closingBetween(LocalDateTime.now(clock), until, limit);
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public SurveySummary summary(long surveyId) {
        return store.summary(surveyId).orElseThrow(() -> new UserFacingException("survey.error.notFound"));
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public SurveyDefinition definition(long surveyId) {
        summary(surveyId);
        return store.read(surveyId);
    }

    /**
     * Saves the whole definition. A published survey keeps every question, option and version that answers may point
     * at; wording can change and questions can be added.
     */
    @ForOfficers
    @Transactional
    public void save(long surveyId, SurveyDefinition survey) {
        var current = summary(surveyId);
        var problems = new ArrayList<>(problems(survey, current.published()));
        if (current.published()) {
            problems.addAll(DefinitionCheck.keepsAnswers(store.read(surveyId), survey));
        }
        if (!problems.isEmpty()) {
            throw new SurveyDefinitionException(problems);
        }
        store.write(surveyId, survey);
        audit.record("SURVEY_CHANGED", "survey", String.valueOf(surveyId), survey.title());
    }

    /** Opens a survey for answers, with how it is sent. The definition must be complete. */
    @ForOfficers
    @Transactional
    public void publish(long surveyId, SurveySettings settings) {
        var current = summary(surveyId);
        refuseProblems(store.read(surveyId), true);
        checkSettings(surveyId, settings);
        store.publish(surveyId, settings);
        audit.record(current.published() ? "SURVEY_SETTINGS_CHANGED" : "SURVEY_PUBLISHED", "survey",
                String.valueOf(surveyId), settings.access() + " " + settings.opensAt() + " - " + settings.closesAt());
    }

    /** Closes a survey. Answers left unfinished are sent as they are, so what young people said still counts. */
    @ForOfficers
    @Transactional
    public void close(long surveyId) {
        var current = summary(surveyId);
        if (current.status() != SurveyStatus.OPEN) {
            throw new UserFacingException("survey.error.notOpen");
        }
        store.close(surveyId);
        closing.sendUnfinished(surveyId);
        // Every sent response joins the results now, in one go (note 0027).
        tally.releaseAll(surveyId);
        audit.record("SURVEY_CLOSED", "survey", String.valueOf(surveyId), null);
    }

    @ForOfficers
    @Transactional
    public void reopen(long surveyId) {
        var current = summary(surveyId);
        if (current.status() != SurveyStatus.CLOSED) {
            throw new UserFacingException("survey.error.notClosed");
        }
        var closesAt = current.closesAt();
        if (closesAt != null && !closesAt.isAfter(LocalDateTime.now(clock))) {
            throw new UserFacingException("survey.error.closeDatePassed");
        }
        store.reopen(surveyId);
        audit.record("SURVEY_REOPENED", "survey", String.valueOf(surveyId), null);
    }

    /**
     * The next round: a new draft with the same questions, keys and groups (with new codes), so results compare
     * between rounds.
     */
    @ForOfficers
    @Transactional
    public long nextRound(long surveyId) {
        var current = summary(surveyId);
        var survey = store.read(surveyId);
        int round = store.lastRound(current.seriesKey()) + 1;
        long id = store.createRound(current.seriesKey(), round, hex(12), current.title(), current.access(),
                LocalDateTime.now(clock));
        store.write(id, survey);
        for (var group : groups(surveyId)) {
            groups.add(id, group.name(), group.code() == null ? null : uniqueGroupCode(), group.cohortSize());
        }
        audit.record("SURVEY_NEXT_ROUND", "survey", String.valueOf(id), "round " + round + " of survey " + surveyId);
        return id;
    }

    /** A draft nobody has answered can be thrown away. */
    @ForOfficers
    @Transactional
    public void deleteDraft(long surveyId) {
        var current = summary(surveyId);
        if (current.published()) {
            throw new UserFacingException("survey.error.deletePublished");
        }
        store.delete(surveyId);
        audit.record("SURVEY_DELETED", "survey", String.valueOf(surveyId), current.title());
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public List<SurveyGroup> groups(long surveyId) {
        return groups.groups(surveyId);
    }

    /** A group that answers (a school, a team), with a made-up access code if asked for and how many could answer. */
    @ForOfficers
    @Transactional
    public SurveyGroup addGroup(long surveyId, String name, boolean withCode, @Nullable Integer cohortSize) {
        return addGroup(surveyId, name, withCode, null, cohortSize);
    }

    /**
     * A group with the access code the officer typed, if they typed one (a code typed means a code wanted), else a
     * made-up one if asked for. A typed code is read as young people's typing is: capitals, without spaces or dashes;
     * 4 to 16 letters or numbers; no other group of this survey may have it.
     */
    @ForOfficers
    @Transactional
    public SurveyGroup addGroup(long surveyId, String name, boolean withCode, @Nullable String code,
            @Nullable Integer cohortSize) {
        summary(surveyId);
        String typed = code == null ? "" : code.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
        if (!typed.isEmpty() && !typed.matches("[A-Z0-9]{" + SHORTEST_GROUP_CODE + "," + LONGEST_GROUP_CODE + "}")) {
            throw new UserFacingException("survey.error.groupCode", SHORTEST_GROUP_CODE, LONGEST_GROUP_CODE);
        }
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new UserFacingException("survey.error.groupName", 100);
        }
        if (cohortSize != null && (cohortSize < 1 || cohortSize > 1_000_000)) {
            throw new UserFacingException("survey.error.cohort");
        }
        if (groups.nameTaken(surveyId, clean)) {
            throw new UserFacingException("survey.error.groupTaken", clean);
        }
        if (!typed.isEmpty() && groups.codeTaken(surveyId, typed)) {
            throw new UserFacingException("survey.error.groupCodeTaken", typed);
        }
        String groupCode = !typed.isEmpty() ? typed : withCode ? uniqueGroupCode() : null;
        long id;
        try {
            id = groups.add(surveyId, clean, groupCode, cohortSize);
        } catch (DuplicateKeyException sameMoment) {
            // Another officer gave the same code a moment ago (the unique key is per survey).
            throw new UserFacingException("survey.error.groupCodeTaken", typed);
        }
        audit.record("SURVEY_GROUP_ADDED", "survey", String.valueOf(surveyId), clean);
        return new SurveyGroup(id, clean, groupCode, cohortSize, false);
    }

    /**
     * Whether a group answers on shared phones or tablets: then its young people's devices keep an unfinished survey
     * only while the browser is open and for a short while idle, and nothing for answering with no signal.
     */
    @ForOfficers
    @Transactional
    public void setSharedDevices(long groupId, boolean shared) {
        if (!groups.setSharedDevices(groupId, shared)) {
            throw new UserFacingException("survey.error.notFound");
        }
        audit.record(shared ? "SURVEY_GROUP_SHARED_DEVICES" : "SURVEY_GROUP_OWN_DEVICES", "survey_group",
                String.valueOf(groupId), null);
    }

    @ForOfficers
    @Transactional
    public void setCohortSize(long groupId, @Nullable Integer cohortSize) {
        if (cohortSize != null && (cohortSize < 1 || cohortSize > 1_000_000)) {
            throw new UserFacingException("survey.error.cohort");
        }
        groups.setCohortSize(groupId, cohortSize);
    }

    /**
     * Single-use codes to print on cards: each opens one response, and nothing records which card opened which.
     * Shown once; print them straight away.
     */
    @ForOfficers
    @Transactional
    public List<String> makeCards(long surveyId, @Nullable Long groupId, int count) {
        summary(surveyId);
        if (count < 1 || count > MOST_CARDS) {
            throw new UserFacingException("survey.error.cardCount", MOST_CARDS);
        }
        if (groupId != null && groups(surveyId).stream().noneMatch(g -> g.id() == groupId)) {
            throw new UserFacingException("survey.error.noGroup");
        }
        var codes = new ArrayList<String>();
        while (codes.size() < count) {
            String code = code(10);
            if (groups.addCard(code, surveyId, groupId)) {
                codes.add(code);
            }
        }
        audit.record("SURVEY_CARDS_MADE", "survey", String.valueOf(surveyId), count + " cards");
        return codes;
    }

    /** How many cards were made and how many have been used. */
    @ForOfficers
    @Transactional(readOnly = true)
    public int[] cardUse(long surveyId) {
        var use = groups.cardUse(surveyId);
        return new int[] {use.made(), use.used()};
    }

    /**
     * Responses so far by version, group and day, with every count under the small-number threshold suppressed and
     * response rates only where the count is shown.
     */
    @ForOfficers
    @Transactional(readOnly = true)
    public ResponseCounts counts(long surveyId) {
        summary(surveyId);
        long total = responses.count(surveyId, ResponseStatus.SUBMITTED);
        long started = responses.count(surveyId, ResponseStatus.STARTED);
        var versionRows = responses.sentByVersion(surveyId);
        var groupRows = new ArrayList<>(responses.sentByGroup(surveyId));
        long withoutGroup = responses.sentWithoutGroup(surveyId);
        if (!groupRows.isEmpty() && withoutGroup > 0) {
            groupRows.add(new ResponseStore.Sent("", withoutGroup, null));
        }
        var dayRows = responses.sentByDay(surveyId);
        var versionCounts = disclosure.breakdown(versionRows.stream().map(ResponseStore.Sent::count).toList());
        var versions = new ArrayList<ResponseCounts.ByVersion>();
        for (int i = 0; i < versionRows.size(); i++) {
            versions.add(new ResponseCounts.ByVersion(versionRows.get(i).name(), versionCounts.get(i)));
        }
        var groupCounts = disclosure.breakdown(groupRows.stream().map(ResponseStore.Sent::count).toList());
        var byGroup = new ArrayList<ResponseCounts.ByGroup>();
        for (int i = 0; i < groupRows.size(); i++) {
            var row = groupRows.get(i);
            var shown = groupCounts.get(i);
            Integer rate = shown.suppressed() || row.cohort() == null ? null
                    : (int) Math.round(100.0 * row.count() / row.cohort());
            byGroup.add(new ResponseCounts.ByGroup(row.name(), shown, row.cohort(), rate));
        }
        var dayCounts = disclosure.breakdown(dayRows.stream().map(ResponseStore.SentOn::count).toList());
        var days = new ArrayList<ResponseCounts.ByDay>();
        for (int i = 0; i < dayRows.size(); i++) {
            days.add(new ResponseCounts.ByDay(dayRows.get(i).day(), dayCounts.get(i)));
        }
        return new ResponseCounts(disclosure.count(total), disclosure.count(started), versions,
                byGroup, days);
    }

    private void checkSettings(long surveyId, SurveySettings settings) {
        if (settings.opensAt() != null && settings.closesAt() != null
                && !settings.closesAt().isAfter(settings.opensAt())) {
            throw new UserFacingException("survey.error.dates");
        }
        if (settings.closesAt() != null && !settings.closesAt().isAfter(LocalDateTime.now(clock))) {
            throw new UserFacingException("survey.error.closeDatePassed");
        }
        if (settings.access() == SurveyAccess.GROUP_CODE
                && groups(surveyId).stream().noneMatch(g -> g.code() != null)) {
            throw new UserFacingException("survey.error.needGroupCode");
        }
    }

    private void refuseProblems(SurveyDefinition survey, boolean complete) {
        var problems = problems(survey, complete);
        if (!problems.isEmpty()) {
            throw new SurveyDefinitionException(problems);
        }
    }

    /** Problems with a definition; complete also asks that every version asks something and every question is asked. */
    @ForOfficers
    public List<DefinitionProblem> problems(SurveyDefinition survey, boolean complete) {
        var tags = new HashSet<String>();
        survey.questions().forEach(q -> tags.addAll(q.tags()));
        Map<String, String> known = frameworks.titlesOf(tags);
        var problems = DefinitionCheck.check(survey, known.keySet());
        if (!complete) {
            problems = problems.stream().filter(p -> !p.messageKey().equals("survey.problem.emptyVersion")
                    && !p.messageKey().equals("survey.problem.notAsked")).toList();
        }
        return problems;
    }

    private String uniqueGroupCode() {
        while (true) {
            String code = code(8);
            if (!groups.codeTakenAnywhere(code)) {
                return code;
            }
        }
    }

    private String code(int length) {
        var code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    private String hex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
