package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.youthvoice.browser.ListChecks.assertNoSidewaysScroll;
import static org.youthvoice.browser.ListChecks.assertWholeTextShown;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.actions.ActionService;
import org.youthvoice.actions.ActionStatus;
import org.youthvoice.actions.NewAction;
import org.youthvoice.base.SystemTask;
import org.youthvoice.feedback.FeedbackForm;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.NewChannel;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.testing.TestAccounts;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotService;
import org.youthvoice.voting.NewBallot;
import org.youthvoice.voting.PassThreshold;
import org.youthvoice.voting.internal.ForumService;

/**
 * Officers' and leads' lists on a 1366x768 laptop with the side menu open: the words they need are shown whole, every
 * action is in view without scrolling sideways, and a row's button acts on the first click, even straight after a
 * field was changed (which refreshes the list).
 */
class StaffListsIT extends BrowserTest {

    /** A comment as long as young people write them, with nothing to break it but spaces. */
    private static final String LONG_COMMENT = "The youth bus did not come on Tuesday or Thursday again and nobody "
            + "told us why, so we waited in the rain outside the library for forty minutes and then walked home in the "
            + "dark, which my mum was not happy about at all, and the same thing happened the week before when the "
            + "driver was off sick and nobody had a spare key for the bus, so please can someone sort out a rota";

    /** A failed click never opens anything: a short wait is enough to tell. */
    private static final LocatorAssertions.IsVisibleOptions AT_ONCE = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(5_000);

    @Autowired
    FeedbackService feedback;

    @Autowired
    org.youthvoice.participation.internal.ParticipationService participation;

    @Autowired
    SurveyService surveys;

    @Autowired
    ForumService forums;

    @Autowired
    BallotService ballots;

    @Autowired
    ActionService actions;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    /** A dialog's own element has no size of its own in Vaadin 25: what it shows is in view. */
    private Locator dialogButton() {
        return page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON).first();
    }

    @Test
    void an_officer_reads_every_comment_whole_and_triages_it_with_one_click_after_filtering() {
        String title = "Tell us about the youth bus and the clubs at the community centre "
                + TestAccounts.uniqueName("c");
        var channel = SystemTask.runAs(() -> feedback.createChannel(new NewChannel(title, "How was it?", true, true,
                true)), Roles.OFFICER);
        feedback.submit(channel.slug(), new FeedbackForm(2, LONG_COMMENT, true, "Sam", "07700 900456"));
        long id = jdbc.sql("SELECT id FROM feedback_item WHERE channel_id = ?").param(channel.id()).query(Long.class)
                .single();

        onLaptop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("feedback");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Channel")).fill(title);
        pickOption(title);
        settle();
        assertWholeTextShown(page, LONG_COMMENT);
        assertNoSidewaysScroll(page);
        assertAccessible();
        var triage = button("Triage feedback number " + id);
        page.getByText(LONG_COMMENT).filter(new Locator.FilterOptions().setVisible(true)).scrollIntoViewIfNeeded();
        assertThat(triage).isInViewport();
        assertThat(button("Contact details for feedback number " + id)).isInViewport();

        // A field changed, then at once a row's button: the list refreshes under the click, which must still act.
        var status = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Status"));
        status.fill("New");
        pickOption("New");
        triage.click();
        assertThat(dialogButton()).isVisible(AT_ONCE);
        assertAccessible();
    }

    @Test
    void a_lead_sees_where_an_item_came_from_in_full_and_opens_it_with_one_click() {
        String title = "Tell us how things are going where you live now and at your new school "
                + TestAccounts.uniqueName("s");
        var channel = SystemTask.runAs(() -> feedback.createChannel(new NewChannel(title, "How is it going?", true,
                true, true)), Roles.OFFICER);
        String comment = "I want to kill myself, nobody listens to me at home " + TestAccounts.uniqueName("m");
        feedback.submit(channel.slug(), new FeedbackForm(1, comment, false, null, null));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM disclosure WHERE text = ?").param(comment).query(Integer.class).single() == 1);
        // Other tests' items of today are dealt with first, so that this one is at the top of the lead's list.
        jdbc.sql("UPDATE disclosure SET outcome = 'NO_CONCERN', closed_by = 'earlier test', closed_at = NOW() "
                + "WHERE outcome IS NULL AND text <> ?").param(comment).update();
        long id = jdbc.sql("SELECT id FROM disclosure WHERE text = ?").param(comment).query(Long.class).single();

        onLaptop();
        logIn(TestAccounts.staff(accounts, Roles.SAFEGUARDING_LEAD), TestAccounts.PASSWORD);
        open("safeguarding");
        assertWholeTextShown(page, title);
        assertNoSidewaysScroll(page);
        assertAccessible();
        var openItem = button("Open item " + id);
        assertThat(openItem).isInViewport();

        var openOnly = page.getByLabel("Only items still waiting for an outcome");
        openOnly.uncheck();
        openOnly.check();
        openItem.click();
        assertThat(dialogButton()).isVisible(AT_ONCE);
        assertAccessible();
    }

    @Test
    void an_officer_reads_each_vote_question_whole_and_opens_it_with_one_click() {
        String question = "Should the youth forum ask the council to keep the youth bus running on Saturdays and "
                + "in the school holidays, even if it means fewer trips on weekday evenings? "
                + TestAccounts.uniqueName("q");
        long id = SystemTask.runAs(() -> {
            long forum = forums.create("Forum " + TestAccounts.uniqueName("f"), null);
            return ballots.create(new NewBallot(forum, BallotKind.MOTION, question, List.of(), true, 1, 0,
                    PassThreshold.SIMPLE_MAJORITY, false, null, null, Set.of()));
        }, Roles.OFFICER);

        onLaptop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("ballots");
        assertWholeTextShown(page, question);
        assertNoSidewaysScroll(page);
        assertAccessible();
        page.getByText(question).filter(new Locator.FilterOptions().setVisible(true)).scrollIntoViewIfNeeded();
        var manage = button("Manage: " + question);
        assertThat(manage).isInViewport();
        manage.click();
        page.waitForURL("**/ballots/" + id);
        settle();
        assertHeading(question);
        assertAccessible();
    }

    @Test
    void an_officer_reads_each_question_whole_and_edits_a_version_with_one_click_after_changing_the_title() {
        String text = "Thinking about the last time you went to a youth club, a library or a park near where you "
                + "live, what would have made it better for you and your friends?";
        var question = new QuestionDefinition("better", QuestionKind.FREE_TEXT, text, null, null, true, 400, null,
                null, null, null, List.of(), List.of());
        var version = new VersionDefinition("all", "Everyone", AgeBand.AGE_11_17, false, null,
                List.of(new VersionItem("better", null)));
        long id = SystemTask.runAs(() -> surveys.create(new SurveyDefinition("Places " + TestAccounts.uniqueName("s"),
                null, null, List.of(version), List.of(question), Map.of())), Roles.OFFICER);

        onLaptop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("surveys/" + id);
        assertWholeTextShown(page, text);
        assertNoSidewaysScroll(page);
        assertAccessible();
        var edit = button("Edit version Everyone");
        edit.scrollIntoViewIfNeeded();
        assertThat(edit).isInViewport();

        // The title's change reaches the server as the mouse is pressed on Edit, and refreshes the lists.
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Places we go");
        edit.click();
        assertThat(dialogButton()).isVisible(AT_ONCE);
        assertAccessible();
    }

    @Test
    void an_officer_reads_forum_names_whole_and_opens_another_forums_members_with_one_click_after_adding_one() {
        var member = TestAccounts.member(accounts);
        String first = "Children in care council for young people placed out of the city " + TestAccounts.uniqueName("f");
        String second = "Youth forum for the schools and colleges in the east of the city " + TestAccounts.uniqueName("f");
        SystemTask.runAs(() -> {
            forums.create(first, null);
            return forums.create(second, null);
        }, Roles.OFFICER);

        onLaptop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("forums");
        assertWholeTextShown(page, first);
        assertNoSidewaysScroll(page);
        assertAccessible();
        page.getByText(first).filter(new Locator.FilterOptions().setVisible(true)).scrollIntoViewIfNeeded();
        var members = button("Members of " + first);
        assertThat(members).isInViewport();
        members.click();
        assertHeading("Members of " + first);

        // A member added (the forums list refreshes with the new count), then at once another forum's members.
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Add a young member"))
                .fill(member.username());
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(member.username())).click();
        button("Add").click();
        button("Members of " + second).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Members of " + second)
                .setExact(true))).isVisible(AT_ONCE);
        assertNoSidewaysScroll(page);
        assertAccessible();
    }

    @Test
    void an_officer_reads_what_was_said_and_done_whole_and_opens_evidence_with_one_click_after_publishing_it() {
        String said = "You said the youth bus should run on Saturdays and in the holidays because that is when "
                + "young people who live out of town most need it " + TestAccounts.uniqueName("a");
        String done = "We will run the youth bus every Saturday from March and on weekdays in the school holidays, "
                + "and we will ask the youth forum in the summer whether the times suit them";
        long id = SystemTask.runAs(() -> actions.create(new NewAction(said, done, ActionStatus.PLANNED, "Youth service",
                null, Set.of())), Roles.OFFICER);

        onLaptop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("actions");
        assertWholeTextShown(page, said);
        assertWholeTextShown(page, done);
        assertNoSidewaysScroll(page);
        assertAccessible();
        page.getByText(said).filter(new Locator.FilterOptions().setVisible(true)).scrollIntoViewIfNeeded();
        var evidence = button("Evidence and quotes, action " + id);
        assertThat(evidence).isInViewport();

        // Shown to young people (the list refreshes with the new state), then at once the evidence of the action.
        button("Publish action " + id).click();
        evidence.click();
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Kind").setExact(true)))
                .isVisible(AT_ONCE);
        assertAccessible();
    }

    @Test
    void every_other_staff_list_fits_the_laptop_with_the_menu_open() {
        // The longest kind of event, with a long group name and wide numbers, on the participation list's first page.
        SystemTask.runAs(() -> participation.record(new org.youthvoice.participation.internal.ParticipationEventForm(
                java.time.LocalDate.now(), org.youthvoice.participation.internal.EventType.CIC_MEETING,
                "Children in care council and care leavers forum joint meeting " + TestAccounts.uniqueName("w"),
                123, 45, 678, Map.of(), null, null, Set.of(), Set.of())), Roles.OFFICER);
        onLaptop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER, Roles.ADMIN, Roles.SAFEGUARDING_LEAD), TestAccounts.PASSWORD);
        for (String path : List.of("frameworks", "surveys", "members", "forums", "ballots", "participation",
                "insight/tagging", "insight/agreement", "actions", "api-tokens", "safeguarding/words",
                "admin/help-lines", "admin/accounts", "audit")) {
            open(path);
            assertThat(page.locator("vaadin-grid").filter(new Locator.FilterOptions().setVisible(true)).first())
                    .isVisible();
            assertNoSidewaysScroll(page);
            assertAccessible();
        }
    }
}
