package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youthvoice.actions.ActionService;
import org.youthvoice.actions.ActionStatus;
import org.youthvoice.actions.NewAction;
import org.youthvoice.base.SystemTask;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.insight.QuoteService;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.Answer;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.StartRequest;
import org.youthvoice.survey.SurveyAccess;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveySettings;
import org.youthvoice.survey.SurveyTaking;
import org.youthvoice.testing.TestAccounts;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotService;
import org.youthvoice.voting.NewBallot;
import org.youthvoice.voting.NewBallotOption;
import org.youthvoice.voting.internal.ForumService;

/**
 * An officer finds the gaps in a plan, opens a priority and sees what young people said about it in one place (survey,
 * vote, quote, action), then takes the evidence pack to a panel; a councillor sees the same page, never anyone's words.
 */
class EvidenceIT extends BrowserTest {

    private static final String RAW = "my foster carer at 12 Elm Road shouts";

    @Autowired
    FrameworkService frameworks;
    @Autowired
    SurveyService surveys;
    @Autowired
    SurveyTaking taking;
    @Autowired
    BallotService ballots;
    @Autowired
    ForumService forums;
    @Autowired
    ActionService actions;
    @Autowired
    QuoteService quotes;

    @Autowired
    org.youthvoice.safeguarding.SafeguardingQueue safeguarding;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_officer_sees_a_priority_s_evidence_together_and_downloads_the_pack_and_a_viewer_sees_no_raw_words()
            throws Exception {
        String plan = "EVIT" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String priority = plan + ".SAFE";
        String outcome = priority + "-HOME";
        SystemTask.runAs(() -> {
            frameworks.createFramework(plan, "Plan " + plan);
            frameworks.addNode(plan, null, priority, "Feeling safe " + plan);
            frameworks.addNode(plan, priority, outcome, "Safe at home");
            frameworks.addNode(plan, null, plan + ".FUN", "Things to do");
        }, Roles.OFFICER);
        surveyTaggedWith(outcome);
        ballotTaggedWith(priority);
        long comment = commentTaggedWith(outcome);
        // The quote's words are worrying: screening puts them with the safeguarding lead, who releases them for
        // quoting before the officer can approve the quote (design note 0026).
        long quote = SystemTask.runAs(() -> quotes.save("FEEDBACK", comment,
                "My carer shouts and I feel scared at home").id(), Roles.OFFICER);
        long flagged = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).until(() -> jdbc
                .sql("SELECT id FROM disclosure WHERE source_type = 'QUOTE' AND source_id = ?").param(quote)
                .query(Long.class).optional(), java.util.Optional::isPresent).orElseThrow();
        SystemTask.runAs(() -> safeguarding.releaseForQuoting(flagged), Roles.SAFEGUARDING_LEAD);
        SystemTask.runAs(() -> {
            quotes.approve(quote);
            actions.create(new NewAction("You said home can feel scary", "Every carer gets calm-home training",
                    ActionStatus.IN_PROGRESS, "Fostering team", null, Set.of(outcome)));
        }, Roles.OFFICER);

        String officer = TestAccounts.staff(accounts, Roles.OFFICER);
        onDesktop();
        logIn(officer, TestAccounts.PASSWORD);
        open("evidence?plan=" + plan);
        assertHeading("Evidence per priority");
        assertThat(page.getByText("No evidence yet", new Page.GetByTextOptions().setExact(true))).hasCount(1);
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Feeling safe " + plan)).click();
        settle();
        assertHeading("Feeling safe " + plan);
        assertThat(page.getByText("This page includes the evidence of the priority's outcomes:")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Do you feel safe at home?"))).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Answers to \"Do you feel safe at home?\""))).containsText("+50 points");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Where should the new youth club be?"))).isVisible();
        assertThat(page.getByText("Won: In the high street")).isVisible();
        assertThat(page.getByText("My carer shouts and I feel scared at home")).isVisible();
        assertThat(page.getByText("Every carer gets calm-home training")).isVisible();
        assertThat(page.getByText(RAW)).hasCount(0);
        assertAccessible();

        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Download the evidence pack for Feeling safe " + plan + " (PDF)")).click());
        byte[] pdf = Files.readAllBytes(download.path());
        org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        var reader = new PdfReader(pdf);
        var text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p));
        }
        org.assertj.core.api.Assertions.assertThat(text.toString().replaceAll("\\s+", "")).contains("Evidencepack",
                "Doyoufeelsafeathome?", "Whereshouldthenewyouthclubbe?", "MycarershoutsandIfeelscaredathome",
                "Everycarergetscalm-hometraining").doesNotContain(RAW.replaceAll("\\s+", ""));
        logOut();

        String viewer = TestAccounts.staff(accounts, Roles.VIEWER);
        logIn(viewer, TestAccounts.PASSWORD);
        open("evidence/" + priority);
        assertHeading("Feeling safe " + plan);
        assertThat(page.getByText("My carer shouts and I feel scared at home")).isVisible();
        assertThat(page.getByText(RAW)).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Download the evidence pack for Feeling safe " + plan + " (PDF)"))).isVisible();
        assertAccessible();
    }

    private void surveyTaggedWith(String code) {
        var safe = new QuestionDefinition("safe", QuestionKind.YES_NO_NOT_SURE, "Do you feel safe at home?", null,
                null, false, null, null, null, null, null, List.of(new OptionDefinition("yes", "Yes", null),
                        new OptionDefinition("no", "No", null), new OptionDefinition("not-sure", "Not sure", null)),
                List.of(code));
        var definition = new SurveyDefinition("Home life " + code, null, null, List.of(new VersionDefinition("all",
                "Everyone", AgeBand.AGE_11_17, false, null, List.of(new VersionItem("safe", null)))), List.of(safe),
                Map.of());
        long first = SystemTask.runAs(() -> {
            long id = surveys.create(definition);
            surveys.publish(id, new SurveySettings(SurveyAccess.LINK, null, null));
            return id;
        }, Roles.OFFICER);
        for (int i = 0; i < 10; i++) {
            send(first, i < 5 ? "yes" : "no");
        }
        long second = SystemTask.runAs(() -> {
            long next = surveys.nextRound(first);
            surveys.publish(next, new SurveySettings(SurveyAccess.LINK, null, null));
            return next;
        }, Roles.OFFICER);
        for (int i = 0; i < 6; i++) {
            send(second, "yes");
        }
    }

    private void send(long surveyId, String answer) {
        String slug = SystemTask.runAs(() -> surveys.summary(surveyId).slug(), Roles.OFFICER);
        long versionId = taking.entry(slug).orElseThrow().versions().getFirst().id();
        var token = taking.start(slug, new StartRequest(versionId, null, "en", false, "10.4.0.1")).deviceToken();
        taking.save(token, "safe", Answer.choice(answer), 1);
        taking.submit(token);
    }

    private void ballotTaggedWith(String code) {
        SystemTask.runAs(() -> {
            long forum = forums.create(TestAccounts.uniqueName("Forum"), null);
            long id = ballots.create(new NewBallot(forum, BallotKind.SINGLE_CHOICE,
                    "Where should the new youth club be?", List.of(new NewBallotOption("By the park", null),
                            new NewBallotOption("In the high street", null)), true, 1, 0, null, false, null, null,
                    Set.of(code)));
            ballots.open(id);
            ballots.setPaperVoters(id, 12);
            for (int i = 0; i < 12; i++) {
                ballots.enterPaper(id, List.of(i < 7 ? 1 : 0));
            }
            ballots.close(id);
            ballots.publish(id, "The high street won.", Map.of(), null);
        }, Roles.OFFICER);
    }

    /** A feedback comment in the tagging stream, tagged by an officer; its words must never reach these pages. */
    private long commentTaggedWith(String code) {
        long sourceId = System.nanoTime();
        jdbc.sql("INSERT INTO insight_text (source_type, source_id, place_kind, rating, text, written_on) "
                + "VALUES ('FEEDBACK', ?, 'CHANNEL', 2, ?, CURDATE())").params(sourceId, RAW).update();
        jdbc.sql("INSERT INTO insight_text_tag (text_id, tag_code, origin, tagged_at) SELECT id, ?, 'OFFICER', NOW() "
                + "FROM insight_text WHERE source_type = 'FEEDBACK' AND source_id = ?").params(code, sourceId).update();
        return sourceId;
    }
}
