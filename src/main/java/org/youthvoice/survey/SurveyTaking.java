package org.youthvoice.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.RetriedOnConflict;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.people.AccountService;
import org.youthvoice.security.ForMembers;
import org.youthvoice.security.ForOfficers;
import org.youthvoice.security.Public;
import org.youthvoice.survey.TakerSurvey.TakerQuestion;
import org.youthvoice.survey.internal.GroupStore;
import org.youthvoice.survey.internal.NewResponse;
import org.youthvoice.survey.internal.OpenSurvey;
import org.youthvoice.survey.internal.ResponseStore;
import org.youthvoice.survey.internal.StartedResponse;
import org.youthvoice.survey.internal.SurveyStore;
import org.youthvoice.survey.taking.Submissions;
import org.youthvoice.survey.taking.SurveyCache;

/**
 * Young people taking a survey. Nobody signs in (unless the survey is for members); each answer is saved the moment
 * it is given, against a response that stores no account, address, device or time of day. A token kept on the
 * device, or a short resume code, lets the young person carry on after a closed tab, a lost connection or a restart.
 */
@Service
public class SurveyTaking {

    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String CODE_ATTEMPTS = "survey-code";
    private static final String SEND_ATTEMPTS = "survey-start";

    private final SurveyStore surveys;
    private final ResponseStore responses;
    private final GroupStore groups;
    private final SurveyCache cache;
    private final Submissions submissions;
    private final org.youthvoice.base.AddressAttempts attempts;
    private final AccountService accounts;
    private final Clock clock;
    private final int startsPerAddress;
    private final int startsPerSurvey;
    private final SecureRandom random = new SecureRandom();
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    SurveyTaking(SurveyStore surveys, ResponseStore responses, GroupStore groups, SurveyCache cache,
            Submissions submissions, org.youthvoice.base.AddressAttempts attempts, AccountService accounts, Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactionManager,
            @org.springframework.beans.factory.annotation.Value("${youthvoice.floods.survey-per-address:600}")
            int startsPerAddress,
            @org.springframework.beans.factory.annotation.Value("${youthvoice.floods.survey-per-survey:30000}")
            int startsPerSurvey) {
        this.startsPerAddress = startsPerAddress;
        this.startsPerSurvey = startsPerSurvey;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.surveys = surveys;
        this.responses = responses;
        this.groups = groups;
        this.cache = cache;
        this.submissions = submissions;
        this.attempts = attempts;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The survey behind a public link, if it is open now. One read of the survey's row (its definition comes from
     * memory), so no transaction: every young person's first page and Start read it.
     */
    @Public
    public Optional<SurveyEntry> entry(String slug) {
        return openSurvey(slug).map(s -> {
            var compiled = cache.get(s.id(), s.rowVersion());
            var def = compiled.definition();
            var versions = new ArrayList<SurveyEntry.VersionChoice>();
            compiled.versionKeys().forEach((id, key) -> def.version(key).ifPresent(v ->
                    versions.add(new SurveyEntry.VersionChoice(id, key, v.label(), v.ageBand(), v.assisted()))));
            var order = def.versions().stream().map(SurveyDefinition.VersionDefinition::key).toList();
            versions.sort(java.util.Comparator.comparingInt(v -> order.indexOf(v.key())));
            var languages = new ArrayList<String>();
            languages.add("en");
            languages.addAll(new TreeSet<>(def.translations().keySet()));
            return new SurveyEntry(slug, def.title(), def.intro(), s.access(), versions, languages,
                    s.sharedDevices());
        });
    }

    /** Words of the survey's own texts (title, intro) in a language, falling back to English. */
    @Public
    public Map<String, String> entryWords(String slug, String language) {
        return openSurvey(slug).map(s -> {
            var compiled = cache.get(s.id(), s.rowVersion());
            var def = compiled.definition();
            var words = new HashMap<String, String>();
            words.put("title", compiled.text(language, "title", def.title()));
            words.put("intro", compiled.text(language, "intro", def.intro()));
            if (def.thankYou() != null) {
                words.put("thankYou", compiled.text(language, "thankYou", def.thankYou()));
            }
            def.versions().forEach(v -> words.put("v." + v.key(), compiled.text(language, "v." + v.key() + ".label",
                    v.label())));
            return Map.copyOf(words);
        }).orElse(Map.of());
    }

    /** Open members-only surveys the signed-in member has not sent yet, newest first, for their home page. */
    @ForMembers
    @Transactional(readOnly = true)
    public List<SurveyLink> forMe() {
        return surveys.openNotTakenBy(accounts.currentMemberId(), LocalDateTime.now(clock));
    }

    /**
     * Open surveys that anyone with the link may answer, newest first, for a member's home. Answers stay anonymous, so
     * nothing says whether this member has answered one already.
     */
    @ForMembers
    @Transactional(readOnly = true)
    public List<SurveyLink> openToAnyone() {
        return surveys.openToAnyone(LocalDateTime.now(clock));
    }

    /** Whether the signed-in member has already sent this members-only survey. */
    @ForMembers
    @Transactional(readOnly = true)
    public boolean alreadyTaken(String slug) {
        return openSurvey(slug).map(s -> responses.taken(s.id(), accounts.currentMemberId())).orElse(false);
    }

    /**
     * Begins a response. A group code says which group is answering; a card code is used up at once, whichever
     * response it opened stays unknown. Wrong codes are counted per address and refused after too many.
     */
    @Public
    @RetriedOnConflict
    public Started start(String slug, StartRequest request) {
        var survey = openSurvey(slug).orElseThrow(() -> new UserFacingException("survey.take.error.closed"));
        var compiled = cache.get(survey.id(), survey.rowVersion());
        if (!compiled.versionKeys().containsKey(request.versionId())) {
            throw new UserFacingException("survey.take.error.version");
        }
        String language = request.language();
        if (!language.equals("en") && !compiled.definition().translations().containsKey(language)) {
            language = "en";
        }
        if (survey.access() != SurveyAccess.MEMBERS) {
            // No floods (design note 0026): every response starts here, so anonymous starts are counted per address
            // and per survey. A class on one school network stays well inside the limit per address. Counted first,
            // each count a statement of its own outside the start's transaction: every start of a survey writes the
            // survey's one counter row, and holding its lock until the start committed made young people starting
            // at the same moment queue behind each other (the load bench: 3,000 arriving in a minute waited seconds).
            String scope = "survey " + survey.id();
            // The survey counts only starts its addresses let through: one address cannot close it to everyone.
            if (!attempts.allowSend(SEND_ATTEMPTS, scope, request.address(), startsPerAddress)
                    || !attempts.allowSend(SEND_ATTEMPTS, scope, "*", startsPerSurvey)) {
                throw new UserFacingException("survey.take.error.busy");
            }
        }
        String chosenLanguage = language;
        // A wrong code is refused in plain words, and its count per address is kept (committed, not rolled back).
        Object outcome = transactions.execute(status -> {
            try {
                return begin(survey, request, chosenLanguage);
            } catch (UserFacingException e) {
                return e;
            }
        });
        if (outcome instanceof UserFacingException refused) {
            throw refused;
        }
        return (Started) java.util.Objects.requireNonNull(outcome);
    }

    /** The start itself, in one transaction: the group or card, and the response's row. */
    private Started begin(OpenSurvey survey, StartRequest request, String language) {
        String code = normalise(request.code());
        Long groupId = null;
        switch (survey.access()) {
            case MEMBERS -> {
                if (!isMember()) {
                    throw new UserFacingException("survey.take.error.membersOnly");
                }
                if (responses.taken(survey.id(), accounts.currentMemberId())) {
                    throw new UserFacingException("survey.take.error.alreadyTaken");
                }
            }
            case CARD -> groupId = claimCard(survey.id(), code, request.address());
            case GROUP_CODE -> groupId = group(survey.id(), code, request.address(), true);
            case LINK -> groupId = code == null ? null : group(survey.id(), code, request.address(), false);
        }
        String token = token();
        String resumeCode = resumeCode();
        // A random id: the order responses were started in, which a member's login time could be lined up with,
        // shows in neither the ids nor the table (design note 0023).
        responses.start(new NewResponse(survey.id(), request.versionId(), groupId, language, request.adultHelped(),
                LocalDate.now(clock), hash(token), hash(resumeCode.replace("-", ""))));
        boolean shared = survey.sharedDevices() || (groupId != null && groups.sharedDevices(groupId));
        return new Started(token, resumeCode, shared);
    }

    /**
     * The survey as this device left it: questions in its language, answers so far and the step it was on. Every page
     * a young person opens or sends reads this, so it runs outside a transaction: two plain reads of one response's
     * rows need no snapshot, and a read-only transaction around them cost five more round trips to the database
     * (read-only on and off, autocommit off and on, commit) on every step.
     */
    @Public
    public Optional<TakerSurvey> resume(String deviceToken) {
        return response(deviceToken).map(r -> {
            var compiled = cache.get(r.surveyId(), r.surveyRowVersion());
            var def = compiled.definition();
            var version = def.version(compiled.versionKeys().get(r.versionId())).orElseThrow();
            List<TakerQuestion> questions = compiled.questions(r.versionId(), r.language());
            String versionIntro = version.intro();
            return new TakerSurvey(r.slug(), compiled.text(r.language(), "title", def.title()),
                    versionIntro != null ? compiled.text(r.language(), "v." + version.key() + ".intro", versionIntro)
                            : compiled.text(r.language(), "intro", def.intro()),
                    compiled.text(r.language(), "thankYou", def.thankYou()),
                    compiled.text(r.language(), "v." + version.key() + ".label", version.label()),
                    version.assisted(), r.language(), questions, responses.answers(r.id()), r.step(),
                    r.sharedDevices());
        });
    }

    /**
     * Carries on with a resume code on any device: gives a new device token, and the old device can no longer carry
     * on. Wrong codes count towards the limit per address.
     */
    @Public
    @Transactional(noRollbackFor = UserFacingException.class)
    public Optional<String> resumeWithCode(String slug, String resumeCode, String address) {
        if (attempts.isBlocked(CODE_ATTEMPTS, address)) {
            throw new UserFacingException("survey.take.error.tries");
        }
        String code = normalise(resumeCode);
        Long id = code == null ? null : responses.startedWithResumeKey(hash(code), slug).orElse(null);
        if (id == null) {
            attempts.recordWrong(CODE_ATTEMPTS, address);
            return Optional.empty();
        }
        String token = token();
        responses.changeDeviceKey(id, hash(token));
        return Optional.of(token);
    }

    /** A new resume code for "finish later" (the old one stops working). */
    @Public
    @Transactional
    public String newResumeCode(String deviceToken) {
        var r = response(deviceToken).orElseThrow(() -> new UserFacingException("survey.take.error.gone"));
        String code = resumeCode();
        responses.changeResumeKey(r.id(), hash(code.replace("-", "")));
        return code;
    }

    /** An officer's preview of a version, exactly as a young person would see it; nothing is saved. */
    @ForOfficers
    @Transactional(readOnly = true)
    public TakerSurvey preview(long surveyId, String versionKey, String language) {
        long rowVersion = surveys.rowVersion(surveyId)
                .orElseThrow(() -> new UserFacingException("survey.error.notFound"));
        var compiled = cache.get(surveyId, rowVersion);
        var def = compiled.definition();
        var version = def.version(versionKey).orElseThrow(() -> new UserFacingException("survey.error.notFound"));
        long versionId = compiled.versionKeys().entrySet().stream().filter(e -> e.getValue().equals(versionKey))
                .findFirst().orElseThrow().getKey();
        if (version.items().isEmpty()) {
            throw new UserFacingException("survey.problem.emptyVersion");
        }
        String slug = surveys.slug(surveyId);
        return new TakerSurvey(slug, compiled.text(language, "title", def.title()),
                version.intro() != null ? version.intro() : compiled.text(language, "intro", def.intro()),
                compiled.text(language, "thankYou", def.thankYou()),
                compiled.text(language, "v." + version.key() + ".label", version.label()), version.assisted(),
                language, compiled.questions(versionId, language), Map.of(), 0, false);
    }

    /**
     * Saves one answer the moment it is given (an empty answer is a skip), and the step to come back to. Checks the
     * answer whatever the screen did.
     * <p>
     * The response's row is taken first ({@link #lockStarted}): two saves of one response at once (the page's save as
     * an answer is chosen, and Next straight after it) wait for each other there, so neither adds its answer beside
     * the other's, and a response sent in the meantime is not changed. Everything read after it comes from a snapshot
     * made after the lock, so it includes what the other save stored. The old answer is deleted by its primary key
     * (found by a plain read), so no gap locks are taken on the answers' indexes, where young people answering the
     * same question at the same moment would otherwise wait on each other and deadlock (seen at 50 takers in the load
     * bench, when the delete went by response and question). Repeatable read, the connection's own level: setting
     * another level and back cost two more round trips to the database on every answer.
     */
    @Public
    @RetriedOnConflict
    @Transactional
    public void save(String deviceToken, String questionKey, Answer answer, int step) {
        lockStarted(deviceToken, step);
        var r = response(deviceToken).orElseThrow(() -> new UserFacingException("survey.take.error.gone"));
        var compiled = cache.get(r.surveyId(), r.surveyRowVersion());
        var question = compiled.questions(r.versionId(), r.language()).stream()
                .filter(q -> q.key().equals(questionKey)).findFirst()
                .orElseThrow(() -> new UserFacingException("survey.take.error.version"));
        Answer clean = check(question, answer);
        long questionId = compiled.questionIds().get(questionKey);
        responses.deleteAnswer(r.id(), questionId);
        insert(r.id(), questionId, question, clean, compiled);
    }

    /**
     * Sets the step to come back to on the unfinished response this device holds, and so takes its row for the rest
     * of the transaction; a device with none (sent, or carried on elsewhere) is told so in plain words, and a
     * transaction that then fails rolls the step back with the rest.
     */
    private void lockStarted(@Nullable String deviceToken, int step) {
        if (deviceToken == null || deviceToken.isBlank()
                || !responses.moveStartedTo(hash(deviceToken), Math.max(0, step))) {
            throw new UserFacingException("survey.take.error.gone");
        }
    }

    /**
     * Saves answers given with no signal, all at once, and the step to come back to. Each is checked as
     * {@link #save} checks one; answers that are the same as those saved already are left alone. The response's row
     * first, as in {@link #save}.
     */
    @Public
    @RetriedOnConflict
    @Transactional
    public void saveAll(String deviceToken, Map<String, Answer> given, int step) {
        lockStarted(deviceToken, step);
        var r = response(deviceToken).orElseThrow(() -> new UserFacingException("survey.take.error.gone"));
        var compiled = cache.get(r.surveyId(), r.surveyRowVersion());
        var saved = responses.answers(r.id());
        for (var question : compiled.questions(r.versionId(), r.language())) {
            Answer answer = given.get(question.key());
            if (answer == null || answer.equals(saved.getOrDefault(question.key(), Answer.SKIPPED))) {
                continue;
            }
            Answer clean;
            try {
                clean = check(question, answer);
            } catch (UserFacingException e) {
                continue; // refused as the form would refuse it: the question asks again
            }
            long questionId = compiled.questionIds().get(question.key());
            responses.deleteAnswer(r.id(), questionId);
            insert(r.id(), questionId, question, clean, compiled);
        }
    }

    /** Whether the answers a phone sent under this id (made on the phone) have arrived and were sent. */
    @Public
    @Transactional(readOnly = true)
    public boolean delivered(String slug, String deliveryId) {
        return responses.delivered(hash(deliveryId), slug);
    }

    /**
     * Only the step to come back to, when the answer on the screen is the one saved already. One statement, so no
     * transaction around it (which would cost three more round trips on every Next).
     */
    @Public
    public void moveTo(String deviceToken, int step) {
        responses.moveStartedTo(hash(deviceToken), Math.max(0, step));
    }

    /**
     * Sends the response. Every question that is asked and not optional must have an answer; answers to questions
     * that are no longer asked (an earlier answer changed) are dropped. Read committed, as {@link #save}.
     */
    @Public
    @RetriedOnConflict
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void submit(String deviceToken) {
        submit(deviceToken, null);
    }

    /**
     * Sends the response, remembering the id the phone made for this sending (answers given with no signal), so that
     * the same sending arriving again is known and stores nothing twice ({@link #delivered}).
     */
    @Public
    @RetriedOnConflict
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void submit(String deviceToken, @Nullable String deliveryId) {
        var r = response(deviceToken).orElseThrow(() -> new UserFacingException("survey.take.error.gone"));
        if (deliveryId != null) {
            responses.rememberDelivery(r.id(), hash(deliveryId));
        }
        var compiled = cache.get(r.surveyId(), r.surveyRowVersion());
        var questions = compiled.questions(r.versionId(), r.language());
        var given = responses.answers(r.id());
        var asked = new LinkedHashMap<String, Answer>();
        for (int i = 0; i < questions.size(); i++) {
            var q = questions.get(i);
            if (!TakerSurvey.isAsked(q, asked)) {
                continue;
            }
            Answer a = given.get(q.key());
            if ((a == null || a.isEmpty()) && !q.optional()) {
                throw new UserFacingException("survey.take.error.required", i + 1, q.text());
            }
            if (a != null) {
                asked.put(q.key(), a);
            }
        }
        for (var q : questions) {
            if (!asked.containsKey(q.key()) && given.containsKey(q.key())) {
                responses.deleteAnswer(r.id(), compiled.questionIds().get(q.key()));
            }
        }
        if (r.access() == SurveyAccess.MEMBERS) {
            if (!isMember()) {
                throw new UserFacingException("survey.take.error.membersOnly");
            }
            try {
                responses.markTaken(r.surveyId(), accounts.currentMemberId());
            } catch (DuplicateKeyException e) {
                throw new UserFacingException("survey.take.error.alreadyTaken");
            }
        }
        submissions.send(r.id());
    }

    private static Answer check(TakerQuestion q, Answer answer) {
        if (answer.isEmpty()) {
            return Answer.SKIPPED;
        }
        switch (q.kind()) {
            case SCALE_0_10 -> {
                if (answer.number() == null || answer.number() < 0 || answer.number() > 10 || !answer.options().isEmpty()) {
                    throw new UserFacingException("survey.take.error.answer");
                }
                return Answer.number(answer.number());
            }
            case FREE_TEXT -> {
                String text = answer.text() == null ? "" : answer.text().replaceAll("[\\p{Cc}&&[^\\n\\t]]", "")
                        .replace("\r", "").strip();
                int most = q.maxLength() == null ? 1000 : q.maxLength();
                if (text.codePointCount(0, text.length()) > most) {
                    throw new UserFacingException("survey.take.error.tooLong", most);
                }
                return text.isEmpty() ? Answer.SKIPPED : Answer.text(text);
            }
            default -> {
                var keys = q.options().stream().map(SurveyDefinition.OptionDefinition::key).toList();
                var chosen = answer.options();
                if (!keys.containsAll(chosen) || chosen.stream().distinct().count() != chosen.size()
                        || (q.kind().isSingleChoice() && chosen.size() != 1)) {
                    throw new UserFacingException("survey.take.error.answer");
                }
                return new Answer(chosen, null, null);
            }
        }
    }

    private void insert(long responseId, long questionId, TakerQuestion q, Answer answer,
            SurveyCache.Compiled compiled) {
        if (answer.isEmpty()) {
            return;
        }
        if (answer.number() != null) {
            responses.addAnswer(responseId, questionId, null, answer.number(), null, null);
        } else if (answer.text() != null) {
            responses.addAnswer(responseId, questionId, null, null, null, answer.text());
        } else {
            boolean ranked = q.kind() == QuestionKind.RANKING;
            for (int i = 0; i < answer.options().size(); i++) {
                responses.addAnswer(responseId, questionId, compiled.optionId(q.key(), answer.options().get(i)), null,
                        ranked ? i + 1 : null, null);
            }
        }
    }

    private @Nullable Long group(long surveyId, @Nullable String code, String address, boolean required) {
        if (attempts.isBlocked(CODE_ATTEMPTS, address)) {
            throw new UserFacingException("survey.take.error.tries");
        }
        if (code == null) {
            if (required) {
                throw new UserFacingException("survey.take.error.codeNeeded");
            }
            return null;
        }
        var id = groups.withCode(surveyId, code);
        if (id.isEmpty()) {
            attempts.recordWrong(CODE_ATTEMPTS, address);
            throw new UserFacingException("survey.take.error.code");
        }
        return id.get();
    }

    private @Nullable Long claimCard(long surveyId, @Nullable String code, String address) {
        if (attempts.isBlocked(CODE_ATTEMPTS, address)) {
            throw new UserFacingException("survey.take.error.tries");
        }
        if (code == null) {
            throw new UserFacingException("survey.take.error.codeNeeded");
        }
        if (!groups.claimCard(surveyId, code)) {
            attempts.recordWrong(CODE_ATTEMPTS, address);
            throw new UserFacingException("survey.take.error.code");
        }
        return groups.cardGroup(code);
    }

    private static boolean isMember() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_MEMBER"));
    }

    private Optional<OpenSurvey> openSurvey(String slug) {
        if (slug == null || !slug.matches("[0-9a-f]{24}")) {
            return Optional.empty();
        }
        return surveys.openNow(slug, LocalDateTime.now(clock));
    }

    private Optional<StartedResponse> response(String deviceToken) {
        if (deviceToken == null || deviceToken.isBlank()) {
            return Optional.empty();
        }
        return responses.started(hash(deviceToken), LocalDateTime.now(clock));
    }

    private static @Nullable String normalise(@Nullable String code) {
        if (code == null) {
            return null;
        }
        String clean = code.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
        return clean.isEmpty() || clean.length() > 16 || !clean.matches("[A-Z0-9]+") ? (clean.isEmpty() ? null : "?")
                : clean;
    }

    /** Device tokens and resume codes are stored only as SHA-256 hashes: random enough that no salt is needed. */
    private static String hash(String value) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Eight letters and digits, shown as two groups of four, easy to copy down. */
    private String resumeCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
            if (i == 3) {
                code.append('-');
            }
        }
        return code.toString();
    }
}
