package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.actions.ActionService;
import org.youthvoice.actions.ActionStatus;
import org.youthvoice.actions.NewAction;
import org.youthvoice.base.SystemTask;
import org.youthvoice.feedback.FeedbackForm;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.NewChannel;
import org.youthvoice.framework.FrameworkService;
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
 * Each role's start page on a 1366x768 laptop: a councillor's results (never a small count, never an officer's page),
 * an officer's list of what needs attention (each line goes where it is dealt with), a lead's queue line; and a survey
 * that is published only after the officer confirms.
 */
class StartPagesIT extends BrowserTest {

    private static final String REFUSAL = "This page is not here for you";
    private static final String ATTENTION = "Needs your attention today";

    @Autowired
    SurveyService surveys;
    @Autowired
    SurveyTaking taking;
    @Autowired
    BallotService ballots;
    @Autowired
    ForumService forums;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    FeedbackService feedback;
    @Autowired
    ActionService actions;

    @Test
    void a_viewer_sees_survey_and_vote_results_and_priorities_with_no_small_count_and_no_officer_page() {
        String uid = TestAccounts.uniqueName("v");
        String plan = "ST" + Long.toString(System.nanoTime(), 36).toUpperCase();
        SystemTask.runAs(() -> {
            frameworks.createFramework(plan, "Start plan " + uid);
            frameworks.addNode(plan, null, plan + ".CARE", "Good care " + uid);
        }, Roles.OFFICER);
        long survey = publishedSurvey("Your life, your care " + uid, null, plan + ".CARE");
        for (int i = 0; i < 3; i++) {
            send(survey, "yes");
        }
        // Six results: the five newest show, and older ones one tap away.
        for (int k = 1; k <= 5; k++) {
            publishedBallot("Older vote " + k + " " + uid + "?", 6, 6);
        }
        long ballot = publishedBallot("Which trip " + uid + "?", 3, 9);

        onLaptop();
        logIn(TestAccounts.staff(accounts, Roles.VIEWER), TestAccounts.PASSWORD);
        assertHeading("Survey results");
        assertHeading("Vote results");
        assertHeading("Evidence for each priority");
        assertThat(page.getByText(ATTENTION)).hasCount(0);
        var surveyLine = page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions()
                .setHasText("Your life, your care " + uid));
        assertThat(surveyLine).containsText("responses: fewer than 5");
        var votes = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Votes in \"Which trip " + uid + "?\""));
        assertThat(votes.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("By the lake")))
                .containsText("fewer than 5");
        assertThat(votes.getByRole(AriaRole.CELL, new Locator.GetByRoleOptions().setName("3").setExact(true)))
                .hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Older vote 2 " + uid + "?")))
                .isVisible();
        var oldest = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Older vote 1 " + uid + "?"));
        assertThat(oldest).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show older vote results")).click();
        assertThat(oldest).isVisible();
        // The viewer's page at a laptop's 1366 x 768, with long questions and vote tables: nothing sideways.
        ListChecks.assertNoSidewaysScroll(page);
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your life, your care " + uid
                + " (round 1)")).click();
        settle();
        assertHeading("Results: Your life, your care " + uid);
        assertThat(page.getByText(REFUSAL)).hasCount(0);
        assertAccessible();

        open("dashboard");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Good care " + uid)).click();
        settle();
        assertHeading("Good care " + uid);
        assertAccessible();

        for (String officerPage : List.of("surveys", "surveys/" + survey, "ballots", "ballots/" + ballot, "feedback",
                "insight/tagging", "actions", "safeguarding")) {
            open(officerPage);
            assertHeading(REFUSAL);
        }
    }

    @Test
    void an_officer_s_start_page_lists_what_needs_attention_and_each_line_opens_where_it_is_dealt_with() {
        String uid = TestAccounts.uniqueName("o");
        String plan = "SO" + Long.toString(System.nanoTime(), 36).toUpperCase();
        SystemTask.runAs(() -> {
            frameworks.createFramework(plan, "Officer plan " + uid);
            frameworks.addNode(plan, null, plan + ".P", "Priority " + uid);
            var channel = feedback.createChannel(new NewChannel("Youth bus " + uid, "How was the bus?", true, true,
                    false));
            feedback.submit(channel.slug(), new FeedbackForm(4, "The bus was on time " + uid, false, null, null));
            actions.create(new NewAction("You said the bus was late", "We are changing the timetable " + uid,
                    ActionStatus.PLANNED, "Transport team", LocalDate.now().minusDays(2), Set.of(plan + ".P")));
            actions.create(new NewAction("You said the club shuts early", "We are asking about later hours " + uid,
                    ActionStatus.PLANNED, "Youth service", LocalDate.now().plusDays(5), Set.of(plan + ".P")));
        }, Roles.OFFICER);
        String title = "Closing soon " + uid;
        long survey = publishedSurvey(title, LocalDateTime.now().plusDays(3), null);
        send(survey, "no");

        onLaptop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        assertHeading(ATTENTION);
        assertThat(page.getByText("safeguarding item")).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vote results")))
                .hasCount(0);
        ListChecks.assertNoSidewaysScroll(page);
        assertAccessible();

        // Playwright hands patterns to the browser's regular expressions: plain words and (a|b) only.
        var lines = Map.of(
                Pattern.compile("new (piece|pieces) of feedback (is|are) waiting for triage"), "Feedback",
                Pattern.compile("(comment is|comments are) waiting for tagging"), "Tagging workbench",
                Pattern.compile("past (its|their) due date and not done"), "You said, we did",
                Pattern.compile(title + ": 1 response sent in the last 7 days"), "Results: " + title,
                Pattern.compile(title + " closes on [A-Z][a-z]+day [0-9]+ [A-Z][a-z]+ at [0-9]{2}:[0-9]{2}"), title);
        lines.forEach((words, heading) -> {
            open("dashboard");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(words)).click();
            settle();
            assertHeading(heading);
            assertThat(page.getByText(REFUSAL)).hasCount(0);
            // Each list opens showing what the line counted.
            switch (heading) {
                case "Feedback" -> assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions()
                        .setName("Status"))).hasValue("New");
                case "Tagging workbench" -> assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                        .setName("Untagged only"))).isChecked();
                case "You said, we did" -> {
                    var overdue = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                            .setName("Only actions past their due date and not done"));
                    assertThat(overdue).isChecked();
                    assertThat(page.getByText("We are changing the timetable " + uid)).isVisible();
                    assertThat(page.getByText("We are asking about later hours " + uid)).hasCount(0);
                    assertAccessible();
                    overdue.uncheck();
                    assertThat(page.getByText("We are changing the timetable " + uid)).isVisible();
                    assertThat(page.getByText("We are asking about later hours " + uid)).isVisible();
                }
                default -> {
                }
            }
        });
    }

    @Test
    void each_role_s_start_page_holds_only_what_that_role_may_see() {
        for (String role : List.of(Roles.ADMIN, Roles.OFFICER, Roles.SAFEGUARDING_LEAD, Roles.VIEWER)) {
            onLaptop();
            logIn(TestAccounts.staff(accounts, role), TestAccounts.PASSWORD);
            assertHeading("Everything you can open");
            boolean officer = role.equals(Roles.OFFICER);
            boolean lead = role.equals(Roles.SAFEGUARDING_LEAD);
            boolean viewer = role.equals(Roles.VIEWER);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(ATTENTION)))
                    .hasCount(officer || lead ? 1 : 0);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile(
                    "safeguarding (item is|items are) open")))).hasCount(lead ? 1 : 0);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile(
                    "waiting for triage")))).hasCount(officer ? 1 : 0);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Survey results")))
                    .hasCount(viewer ? 1 : 0);
            if (lead) {
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile(
                        "safeguarding (item is|items are) open"))).click();
                settle();
                assertHeading("Safeguarding queue");
            }
            assertAccessible();
        }
    }

    @Test
    void publishing_a_survey_asks_first_and_cancel_publishes_nothing() {
        String title = "Your life, your care " + TestAccounts.uniqueName("p");
        long id = SystemTask.runAs(() -> surveys.create(definition(title, null)), Roles.OFFICER);

        onLaptop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("surveys/" + id);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sending").setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish").setExact(true)).click();
        var dialog = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(dialog).containsText("Publish '" + title + "'?");
        assertThat(dialog).containsText("Young people with the link or QR code can start it at once. "
                + "You cannot unpublish it.");
        assertAccessible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
        assertThat(dialog).hasCount(0);
        settle();
        org.assertj.core.api.Assertions.assertThat(SystemTask.runAs(() -> surveys.summary(id).published(),
                Roles.OFFICER)).as("cancelled: still a draft").isFalse();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish").setExact(true)).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish").setExact(true)).click();
        assertThat(page.getByText("Published. Young people can now answer.")).isVisible();
        org.assertj.core.api.Assertions.assertThat(SystemTask.runAs(() -> surveys.summary(id).published(),
                Roles.OFFICER)).isTrue();
        assertAccessible();
    }

    private SurveyDefinition definition(String title, String code) {
        var q = new QuestionDefinition("good", QuestionKind.YES_NO_NOT_SURE, "Is your care good?", null, null, false,
                null, null, null, null, null, List.of(new OptionDefinition("yes", "Yes", null),
                        new OptionDefinition("no", "No", null), new OptionDefinition("not-sure", "Not sure", null)),
                code == null ? List.of() : List.of(code));
        return new SurveyDefinition(title, null, null, List.of(new VersionDefinition("all", "Everyone",
                AgeBand.AGE_11_17, false, null, List.of(new VersionItem("good", null)))), List.of(q), Map.of());
    }

    private long publishedSurvey(String title, LocalDateTime closesAt, String code) {
        return SystemTask.runAs(() -> {
            long id = surveys.create(definition(title, code));
            surveys.publish(id, new SurveySettings(SurveyAccess.LINK, null, closesAt));
            return id;
        }, Roles.OFFICER);
    }

    private void send(long surveyId, String answer) {
        String slug = SystemTask.runAs(() -> surveys.summary(surveyId).slug(), Roles.OFFICER);
        long versionId = taking.entry(slug).orElseThrow().versions().getFirst().id();
        var token = taking.start(slug, new StartRequest(versionId, null, "en", false, "10.5.0.1")).deviceToken();
        taking.save(token, "good", Answer.choice(answer), 1);
        taking.submit(token);
    }

    private long publishedBallot(String question, int lake, int town) {
        return SystemTask.runAs(() -> {
            long forum = forums.create(TestAccounts.uniqueName("Forum"), null);
            long id = ballots.create(new NewBallot(forum, BallotKind.SINGLE_CHOICE, question,
                    List.of(new NewBallotOption("By the lake", null), new NewBallotOption("Into town", null)), true, 1,
                    0, null, false, null, null, Set.of()));
            // The forum has no members: everyone votes on paper, and the officer says how many can.
            ballots.setPaperVoters(id, lake + town);
            ballots.open(id);
            for (int i = 0; i < lake + town; i++) {
                ballots.enterPaper(id, List.of(i < lake ? 0 : 1));
            }
            ballots.close(id);
            ballots.publish(id, "Most want to go into town.", Map.of(), null);
            return id;
        }, Roles.OFFICER);
    }
}
