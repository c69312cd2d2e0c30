package org.youthvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.feedback.FeedbackForm;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.NewChannel;
import org.youthvoice.people.AccountService;
import org.youthvoice.people.AgeBand;
import org.youthvoice.people.IssuedSecret;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.Answer;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.StartRequest;
import org.youthvoice.survey.SurveyAccess;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveySettings;
import org.youthvoice.survey.SurveyTaking;
import org.youthvoice.testing.IntegrationTest;
import org.youthvoice.testing.TestAccounts;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotService;
import org.youthvoice.voting.NewBallot;
import org.youthvoice.voting.NewBallotOption;
import org.youthvoice.voting.PassThreshold;
import org.youthvoice.voting.VoteService;
import org.youthvoice.voting.internal.ForumService;

/**
 * The app's log, read as someone who has it would: it says what happened, never which anonymous answer, comment,
 * disclosure or vote, because its times beside an id would date a young person's words or link a voter to a vote.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AppLogIntegrationTest {

    /** Lines about these things must carry no id (their time is on the line already). */
    private static final Pattern ABOUT_ANSWERS = Pattern.compile(
            "(?i)disclos|answer|response|feedback|comment|alert|FreeText|publication|ballot|vote|duplicate");

    @Autowired
    SurveyService surveys;
    @Autowired
    SurveyTaking taking;
    @Autowired
    FeedbackService feedback;
    @Autowired
    ForumService forums;
    @Autowired
    BallotService ballots;
    @Autowired
    VoteService votes;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    /** The message of each line (after the logger name), for lines that are about answers, votes or disclosures. */
    private static List<String> linesAbout(CapturedOutput output) {
        return output.getAll().lines().map(l -> l.contains(" : ") ? l.substring(l.indexOf(" : ") + 3) : l)
                .filter(m -> ABOUT_ANSWERS.matcher(m).find()).toList();
    }

    private static void assertNoId(List<String> lines, long... ids) {
        for (long id : ids) {
            var word = Pattern.compile("(?<![\\d.:-])" + id + "(?![\\d.:-])");
            assertThat(lines).as("log lines naming %s", id).noneMatch(l -> word.matcher(l).find());
        }
    }

    private record Disclosure(long id, String sourceType, long sourceId) {
    }

    private Optional<Disclosure> queued(String text) {
        return jdbc.sql("SELECT id, source_type, source_id FROM disclosure WHERE text = ?").param(text)
                .query((rs, n) -> new Disclosure(rs.getLong(1), rs.getString(2), rs.getLong(3))).optional();
    }

    private String surveyOpenByLink() {
        var question = new QuestionDefinition("why", QuestionKind.FREE_TEXT, "Anything else?", null, null, true, 400,
                null, null, null, null, List.of(), List.of());
        var version = new VersionDefinition("all", "Everyone", AgeBand.AGE_11_17, false, null,
                List.of(new VersionItem("why", null)));
        return SystemTask.runAs(() -> {
            long id = surveys.create(new SurveyDefinition("Log check " + System.nanoTime(), null, null,
                    List.of(version), List.of(question), Map.of()));
            surveys.publish(id, new SurveySettings(SurveyAccess.LINK, null, null));
            return surveys.summary(id).slug();
        }, Roles.OFFICER);
    }

    @Test
    void a_screened_disclosure_is_not_logged_and_nothing_names_the_answer_the_comment_or_the_item(
            CapturedOutput output) {
        String slug = surveyOpenByLink();
        long version = taking.entry(slug).orElseThrow().versions().getFirst().id();
        String answered = "I want to kill myself, nobody listens " + System.nanoTime();
        String token = taking.start(slug, new StartRequest(version, null, "en", false, "192.0.2.77")).deviceToken();
        taking.save(token, "why", Answer.text(answered), 1);
        taking.submit(token);

        var channel = SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Where you live " + System.nanoTime(),
                "What is it like?", true, true, true)), Roles.OFFICER);
        String commented = "He hits me when nobody is home " + System.nanoTime();
        feedback.submit(channel.slug(), new FeedbackForm(1, commented, false, null, null));

        var fromSurvey = await().atMost(Duration.ofSeconds(90)).until(() -> queued(answered), Optional::isPresent)
                .orElseThrow();
        var fromFeedback = await().atMost(Duration.ofSeconds(90)).until(() -> queued(commented), Optional::isPresent)
                .orElseThrow();
        assertThat(fromSurvey.sourceType()).isEqualTo("SURVEY_ANSWER");

        // Not even that it happened: a line's time says when the young person wrote (design note 0023).
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(output.getAll()).doesNotContainIgnoringCase("disclosure was queued");
        var lines = linesAbout(output);
        assertNoId(lines, fromSurvey.id(), fromSurvey.sourceId(), fromFeedback.id(), fromFeedback.sourceId());
        long responseId = jdbc.sql("SELECT response_id FROM survey_answer WHERE id = ?").param(fromSurvey.sourceId())
                .query(Long.class).single();
        assertNoId(lines, responseId);
        assertThat(lines).noneMatch(l -> l.contains("SURVEY_ANSWER") || l.contains("FEEDBACK "));
        assertThat(output.getAll()).doesNotContain(answered.substring(answered.length() - 12))
                .doesNotContain(commented.substring(commented.length() - 12));
    }

    private static void as(IssuedSecret member, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member.username(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.MEMBER))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static <T> T asOfficer(Supplier<T> work) {
        return SystemTask.runAs(work, Roles.OFFICER);
    }

    @Test
    void a_refused_second_vote_logs_nothing_that_names_the_ballot_or_the_voter(CapturedOutput output)
            throws Exception {
        long forum = asOfficer(() -> forums.create(TestAccounts.uniqueName("Forum"), null));
        var first = TestAccounts.member(accounts);
        var second = TestAccounts.member(accounts);
        SystemTask.runAs(() -> {
            forums.addMember(forum, first.accountId());
            forums.addMember(forum, second.accountId());
        }, Roles.OFFICER);
        long ballot = asOfficer(() -> ballots.create(new NewBallot(forum, BallotKind.SINGLE_CHOICE,
                "Which trip? " + System.nanoTime(), List.of(new NewBallotOption("Zoo", null),
                        new NewBallotOption("Beach", null)), true, 1, 0, PassThreshold.SIMPLE_MAJORITY, false, null,
                null, Set.of())));
        SystemTask.runAs(() -> ballots.open(ballot), Roles.OFFICER);

        as(first, () -> votes.vote(ballot, List.of(0)));
        assertThatThrownBy(() -> as(first, () -> votes.vote(ballot, List.of(1))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("vote.error.already"))
                .hasNoCause();
        var start = new CountDownLatch(1);
        var tries = new ArrayList<Future<?>>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                int choice = i % 2;
                tries.add(pool.submit(() -> {
                    start.await();
                    try {
                        as(second, () -> votes.vote(ballot, List.of(choice)));
                    } catch (UserFacingException refused) {
                        assertThat(refused).hasNoCause();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var t : tries) {
                t.get();
            }
        }
        // Two papers, one per member: counted or still waiting, sealed, in the pool (design note 0022).
        assertThat(jdbc.sql("SELECT (SELECT COUNT(*) FROM ballot_paper WHERE ballot_id = ?)"
                + " + (SELECT COUNT(*) FROM ballot_paper_pending WHERE ballot_id = ?)").params(ballot, ballot)
                .query(Integer.class).single()).isEqualTo(2);

        assertThat(output.getAll()).doesNotContainIgnoringCase("Duplicate entry").doesNotContain("ballot_voter")
                .doesNotContain(ballot + "-" + first.accountId()).doesNotContain(ballot + "-" + second.accountId());
        assertNoId(linesAbout(output), ballot, first.accountId(), second.accountId());
    }
}
