package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.base.SystemTask;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.NewChannel;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.TestAccounts;

class SafeguardingIT extends BrowserTest {

    @Autowired
    FeedbackService feedback;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void a_worrying_comment_on_a_phone_reaches_the_lead_who_records_what_was_done() {
        var channel = SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Tell us about your placement",
                "How is it going?", true, true, true)), Roles.OFFICER);
        String marker = TestAccounts.uniqueName("m");
        String comment = "I want to kill myself, nobody listens " + marker;

        onPhone();
        open("tell-us/" + channel.slug());
        assertThat(page.getByText("a person whose job is to keep children safe will read it too",
                new Page.GetByTextOptions().setExact(false))).isVisible();
        page.getByLabel("Tell us more (you can skip this)").fill(comment);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).tap();
        assertHeading("Thank you!");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Get help now")).first())
                .isVisible();

        // Screening runs after the comment is stored, off the young person's request: give it a few seconds.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM disclosure WHERE text = ?").param(comment).query(Integer.class).single() == 1);
        // Items of one day have no order between them (ids are random, note 0023): other tests' items, all of today,
        // are dealt with first, so that this one is in view at the top of the lead's list.
        jdbc.sql("UPDATE disclosure SET outcome = 'NO_CONCERN', closed_by = 'earlier test', closed_at = NOW() "
                + "WHERE outcome IS NULL AND text <> ?").param(comment).update();
        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.SAFEGUARDING_LEAD), TestAccounts.PASSWORD);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Pattern.compile("Safeguarding: \\d+ urgent item")))).isVisible();
        assertAccessible();
        open("safeguarding");
        long id = jdbc.sql("SELECT id FROM disclosure WHERE text = ?").param(comment).query(Long.class).single();
        assertThat(page.getByText("New, not opened yet").filter(new Locator.FilterOptions().setVisible(true)).first()).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open item " + id).setExact(true)).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText(marker, new Locator.GetByTextOptions().setExact(false))).isVisible();
        assertThat(dialog.locator("mark.matched").first()).isVisible();
        assertThat(dialog.getByText("Anonymous: the young person gave no contact details",
                new Locator.GetByTextOptions().setExact(false))).isVisible();
        assertAccessible();
        dialog.getByText("Referred", new Locator.GetByTextOptions().setExact(true)).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the outcome")).click();
        assertThat(page.getByText("Give the referral reference.")).isVisible();
        dialog.getByLabel("Referral reference").fill("MASH-" + marker);
        dialog.getByLabel("Note").fill("Phoned the children's services front door");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the outcome")).click();
        // Closing cannot be undone: it asks first, naming the outcome.
        var sure = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(sure.getByText("Close this item as \"Referred\"?")).isVisible();
        assertAccessible();
        sure.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the outcome")).click();
        assertThat(page.getByText("Outcome recorded.")).isVisible();
        page.getByLabel("Only items still waiting for an outcome").uncheck();
        settle();
        // Closed items of one day have no order between them, and other tests closed many today: scroll the list
        // down, as the lead would, until this one's outcome is in view.
        var referred = page.getByText("Referred", new Page.GetByTextOptions().setExact(true)).first();
        page.locator("vaadin-grid").filter(new Locator.FilterOptions().setVisible(true)).first().hover();
        for (int i = 0; i < 100 && !referred.isVisible(); i++) {
            page.mouse().wheel(0, 300);
            page.waitForTimeout(100);
        }
        assertThat(referred).isVisible();
        assertAccessible();
    }

    @Test
    void an_officer_sees_which_comments_are_with_the_leads_keeps_a_redacted_copy_and_tunes_the_screening_words() {
        var channel = SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Tell us about school "
                + TestAccounts.uniqueName("s"), "How is school?", true, true, true)), Roles.OFFICER);
        String comment = "Jamie at Oakwood School keeps hitting me and I am scared to go in";
        feedback.submit(channel.slug(), new org.youthvoice.feedback.FeedbackForm(1, comment, false, null, null));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM disclosure WHERE text = ?").param(comment).query(Integer.class).single() > 0);

        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("feedback");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Channel")).fill(channel.title());
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(channel.title())).click();
        settle();
        // The grid may keep a hidden row from before the channel was chosen: the visible one is the item.
        assertThat(page.getByText(comment).filter(new Locator.FilterOptions().setVisible(true))).isVisible();
        assertThat(page.getByText("With safeguarding lead").filter(new Locator.FilterOptions().setVisible(true)).first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Triage").setExact(false)).first().click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("The safeguarding leads have this in their queue",
                new Locator.GetByTextOptions().setExact(false))).isVisible();
        dialog.getByLabel("Text for quotes").fill("[name] at [school] keeps hitting me and I am scared to go in");
        assertAccessible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("Saved.")).isVisible();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT redacted_comment FROM feedback_item WHERE comment = ?")
                .param(comment).query(String.class).single()).startsWith("[name] at [school]");

        open("safeguarding/words");
        assertHeading("Screening words");
        page.getByLabel("Sentence to try").fill("my older boyfriend makes me hold stuff for him");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check it")).click();
        assertThat(page.getByText("Exploitation", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        // by meaning: no phrase says this, an example does; the page names the example and how close
        page.getByLabel("Sentence to try").fill("my step brother gets in my bed at night and does stuff");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check it")).click();
        assertThat(page.getByText("close in meaning to the example", new Page.GetByTextOptions().setExact(false))
                .first()).isVisible();
        assertThat(page.getByText("Closest examples", new Page.GetByTextOptions().setExact(false))).isVisible();
        // slang is said plainly before meaning is compared, and the page shows how it was read
        page.getByLabel("Sentence to try").fill("my cousin is shotting n they gave him a ching");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check it")).click();
        assertThat(page.getByText("read it as \"my cousin is selling drugs and they gave him a knife\"",
                new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(
                "Examples for screening by meaning"))).isVisible();
        // a harmless example, added the way a lead would
        page.getByLabel("Example is about", new Page.GetByLabelOptions().setExact(true)).fill("Harmless (lowers a match)");
        page.keyboard().press("Enter");
        page.getByLabel("Example statement").fill("my football coach is killing us with all these laps lol");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add example")).click();
        assertThat(page.getByText("Example added.", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertAccessible();
    }

    @Test
    void a_lead_reaches_a_young_person_who_left_contact_details_on_feedbacks_own_page_and_it_is_audited() {
        var channel = SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Tell us about your care "
                + TestAccounts.uniqueName("c"), "How is it going?", true, true, true)), Roles.OFFICER);
        String comment = "I want to kill myself, please call me " + TestAccounts.uniqueName("m");
        feedback.submit(channel.slug(), new org.youthvoice.feedback.FeedbackForm(1, comment, true, "Robin",
                "07700 900456"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM disclosure WHERE text = ?").param(comment).query(Integer.class).single() == 1);
        jdbc.sql("UPDATE disclosure SET outcome = 'NO_CONCERN', closed_by = 'earlier test', closed_at = NOW() "
                + "WHERE outcome IS NULL AND text <> ?").param(comment).update();
        long id = jdbc.sql("SELECT id FROM disclosure WHERE text = ?").param(comment).query(Long.class).single();
        long itemId = jdbc.sql("SELECT source_id FROM disclosure WHERE id = ?").param(id).query(Long.class).single();

        onDesktop();
        var lead = TestAccounts.staff(accounts, Roles.SAFEGUARDING_LEAD);
        logIn(lead, TestAccounts.PASSWORD);
        open("safeguarding");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open item " + id).setExact(true)).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("The young person asked to be contacted",
                new Locator.GetByTextOptions().setExact(false))).isVisible();
        assertThat(dialog.getByText("07700 900456", new Locator.GetByTextOptions().setExact(false))).hasCount(0);
        assertAccessible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show how to reach them")
                .setExact(false)).click();

        // Feedback holds the details and shows them on its own page for leads, which leads back to the queue.
        page.waitForURL(Pattern.compile(".*/feedback/contact/" + itemId + "$"));
        assertHeading("How to reach them");
        assertThat(page.getByText("Name: Robin")).isVisible();
        assertThat(page.getByText("How to reach them: 07700 900456")).isVisible();
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = "
                + "'CONTACT_VIEWED' AND record_type = 'feedback_item' AND record_id = ? AND actor = ?")
                .params(String.valueOf(itemId), lead).query(Integer.class).single()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = "
                + "'DISCLOSURE_CONTACT_VIEWED' AND record_id = ?").param(String.valueOf(id)).query(Integer.class)
                .single()).isEqualTo(1);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the safeguarding queue")).click();
        assertHeading("Safeguarding queue");

        // Feedback that safeguarding never queued has no details for leads here, even when some were left.
        open("feedback/contact/1");
        assertThat(page.getByText("There are no contact details here", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertAccessible();
    }

    @Test
    void an_officer_cannot_open_the_leads_contact_page() {
        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("feedback/contact/1");
        assertHeading("This page is not here for you");
        assertThat(page.getByText("How to reach them", new Page.GetByTextOptions().setExact(false))).hasCount(0);
        assertAccessible();
    }

    @Test
    void an_officer_without_the_role_is_refused_the_queue_not_shown_an_error() {
        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu"))
                .getByText("Safeguarding queue")).hasCount(0);
        open("safeguarding");
        assertHeading("This page is not here for you");
        assertAccessible();
    }

    @Test
    void an_item_found_by_meaning_alone_shows_the_example_it_was_close_to() {
        var channel = SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Tell us about home "
                + TestAccounts.uniqueName("h"), "How is home?", true, true, true)), Roles.OFFICER);
        String comment = "been looking up ways to die online " + TestAccounts.uniqueName("m");
        feedback.submit(channel.slug(), new org.youthvoice.feedback.FeedbackForm(2, comment, false, null, null));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM disclosure WHERE text = ?").param(comment).query(Integer.class).single() == 1);
        jdbc.sql("UPDATE disclosure SET outcome = 'NO_CONCERN', closed_by = 'earlier test', closed_at = NOW() "
                + "WHERE outcome IS NULL AND text <> ?").param(comment).update();
        String example = jdbc.sql("SELECT meaning_example FROM disclosure WHERE text = ?").param(comment)
                .query(String.class).single();

        onDesktop().setViewportSize(1366, 768);
        logIn(TestAccounts.staff(accounts, Roles.SAFEGUARDING_LEAD), TestAccounts.PASSWORD);
        open("safeguarding");
        long id = jdbc.sql("SELECT id FROM disclosure WHERE text = ?").param(comment).query(Long.class).single();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open item " + id).setExact(true)).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        var meaning = dialog.getByText("Close in meaning to: \"" + example + "\" (",
                new Locator.GetByTextOptions().setExact(false));
        assertThat(meaning).isVisible();
        assertThat(meaning).containsText(Pattern.compile("\\(\\d+% alike\\)"));
        assertAccessible();
    }
}
