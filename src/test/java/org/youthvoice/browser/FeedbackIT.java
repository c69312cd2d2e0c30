package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.base.SystemTask;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.NewChannel;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.TestAccounts;

class FeedbackIT extends BrowserTest {

    @Autowired
    FeedbackService feedback;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void a_young_person_gives_feedback_on_a_phone_with_and_without_contact_and_an_officer_triages_it() {
        String title = "Rate the fun day " + TestAccounts.uniqueName("c");
        String officer = TestAccounts.staff(accounts, Roles.OFFICER);
        onDesktop();
        logIn(officer, TestAccounts.PASSWORD);
        open("feedback");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open a new \"tell us\" channel")).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Title").fill(title);
        dialog.getByLabel("Question").fill("How was the fun day?");
        assertAccessible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        var link = page.locator("#public-link");
        assertThat(link).isVisible();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR code for the link")))
                .isVisible();
        assertAccessible();
        String path = URI.create(link.getAttribute("href")).getPath().substring(1);

        onPhone();
        open(path);
        assertHeading(title);
        assertHeading("Before you write");
        assertAccessible();
        page.getByText("Good", new Page.GetByTextOptions().setExact(true)).tap();
        page.getByLabel("Tell us more (you can skip this)").fill("The games were great 😀 <b>not bold</b>");
        page.getByLabel("I would like someone to get back to me").check();
        page.getByLabel("Your first name").fill("Sam");
        assertThat(sendRefused()).isEqualTo(422);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText(
                "Please type a phone number or an e-mail address we can use.");
        assertThat(page.getByLabel("Phone number or e-mail")).hasAccessibleDescription(
                Pattern.compile(".*Please type a phone number or an e-mail address we can use\\."));
        assertThat(page.getByLabel("Tell us more (you can skip this)"))
                .hasValue("The games were great 😀 <b>not bold</b>");
        assertThat(page.getByLabel("Good", new Page.GetByLabelOptions().setExact(true))).isChecked();
        assertThat(page.getByLabel("Your first name")).hasValue("Sam");
        assertThat(page.locator("main b")).hasCount(0);
        assertAccessible();
        page.getByLabel("Phone number or e-mail").fill("07700 900123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).tap();
        assertHeading("Thank you!");
        assertThat(page.getByText("If you asked us to get back to you, someone will try soon.",
                new Page.GetByTextOptions().setExact(false))).isVisible();
        // A shared phone: the thank-you page shows nothing of what was sent.
        assertThat(page.locator("main")).not().containsText("games");
        assertThat(page.locator("main")).not().containsText("Sam");
        assertThat(page.locator("main")).not().containsText("07700");
        assertAccessible();

        open(path);
        page.getByText("Really bad", new Page.GetByTextOptions().setExact(true)).tap();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).tap();
        assertHeading("Thank you!");

        onDesktop();
        logIn(officer, TestAccounts.PASSWORD);
        open("feedback");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Channel")).fill(title);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(title)).click();
        settle();
        // The grid may keep a hidden row from before it was narrowed: the visible one is the item.
        assertThat(page.getByText("The games were great 😀 <b>not bold</b>")
                .filter(new Locator.FilterOptions().setVisible(true))).isVisible();
        assertThat(page.locator("b", new Page.LocatorOptions().setHasText("not bold"))).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact details").setExact(false))
                .first().click();
        assertThat(page.getByText("How to reach them: 07700 900123")).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have given it to them")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Triage").setExact(false)).first().click();
        var triage = page.getByRole(AriaRole.DIALOG);
        triage.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Status")).fill("Action planned");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Action planned")).click();
        triage.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        // The status box's own list keeps a hidden "Action planned" option: the row's status is the visible one.
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.getByText("Action planned").filter(new Locator.FilterOptions().setVisible(true)).first())
                .isVisible();
        assertAccessible();
    }

    @Test
    void on_the_smallest_phone_the_page_fits_speaks_for_the_age_and_a_too_long_comment_is_refused_not_cut() {
        var channel = SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Your after-school club "
                + TestAccounts.uniqueName("c"), "What do you think of the club?", true, true, true, AgeBand.AGE_8_11)),
                Roles.OFFICER);
        onSmallPhone();
        open("tell-us/" + channel.slug());
        assertHeading(channel.title());
        assertThat(page.getByText("People at the council who help children will read what you write.")).isVisible();
        var comment = page.getByLabel("Tell us more (you can skip this)");
        assertThat(page.getByText("Up to 2,000 letters.")).isVisible();
        assertThat(comment).not().hasAttribute("maxlength", Pattern.compile(".*"));
        assertAccessible();

        comment.fill("a".repeat(1990));
        assertThat(page.getByText("Letters left: 10")).isVisible();
        String tooLong = "b".repeat(2000) + " <i>and more</i>";
        comment.fill(tooLong);
        assertThat(page.getByText("Too many letters: 16. Please make it shorter.")).isVisible();
        page.getByText("OK", new Page.GetByTextOptions().setExact(true)).tap();
        assertThat(sendRefused()).isEqualTo(422);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("That is too long. Please use up to 2,000 letters.");
        assertThat(comment).hasValue(tooLong);
        assertThat(page.getByLabel("OK", new Page.GetByLabelOptions().setExact(true))).isChecked();
        assertThat(page.getByText("Too many letters: 16. Please make it shorter.")).isVisible();
        assertAccessible();

        comment.fill("b".repeat(2000));
        assertThat(page.getByText("Letters left: 0")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).tap();
        assertHeading("Thank you!");
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT comment FROM feedback_item WHERE channel_id = ?")
                .param(channel.id()).query(String.class).single()).hasSize(2000);
    }

    @Test
    void without_script_a_young_person_sends_feedback_and_a_refused_send_keeps_everything_typed() {
        var channel = SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Tell us about the youth bus "
                + TestAccounts.uniqueName("c"), "How was the bus?", true, true, true)), Roles.OFFICER);
        String words = "Line one\nLine two <script>document.title='x'</script> " + "z".repeat(2000);
        onPhoneWithoutScript();
        open("tell-us/" + channel.slug());
        assertHeading(channel.title());
        assertThat(page.getByLabel("Your first name")).isHidden();
        assertAccessible();

        page.getByLabel("Tell us more (you can skip this)").fill(words);
        page.getByLabel("I would like someone to get back to me").check();
        assertThat(page.getByLabel("Your first name")).isVisible();
        page.getByLabel("Your first name").fill("Sam");
        page.getByLabel("Phone number or e-mail").fill("07700 900123");
        assertThat(sendRefused()).isEqualTo(422);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("That is too long. Please use up to 2,000 letters.");
        assertThat(page.getByText("Too many letters: 54. Please make it shorter.")).isVisible();
        assertThat(page.getByLabel("Tell us more (you can skip this)")).hasValue(words);
        assertThat(page.getByLabel("I would like someone to get back to me")).isChecked();
        assertThat(page.getByLabel("Your first name")).hasValue("Sam");
        assertThat(page.getByLabel("Phone number or e-mail")).hasValue("07700 900123");
        assertAccessible();

        String shorter = "Line one\nLine two <script>document.title='x'</script>";
        page.getByLabel("Tell us more (you can skip this)").fill(shorter);
        page.getByLabel("Phone number or e-mail").fill("");
        assertThat(sendRefused()).isEqualTo(422);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Please type a phone number or an e-mail address");
        assertThat(page.getByLabel("Tell us more (you can skip this)")).hasValue(shorter);
        page.getByLabel("Phone number or e-mail").fill("sam@example.com");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).tap();
        assertHeading("Thank you!");
        assertThat(page.locator("main")).not().containsText("Line one");
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT comment FROM feedback_item WHERE channel_id = ?")
                .param(channel.id()).query(String.class).single()).isEqualTo(shorter);

        // Back on a shared phone: the form comes back empty, not with the last person's words.
        open("tell-us/" + channel.slug());
        page.getByText("Good", new Page.GetByTextOptions().setExact(true)).tap();
        page.getByLabel("Tell us more (you can skip this)").fill("Second go");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).tap();
        assertHeading("Thank you!");
        page.goBack();
        assertHeading(channel.title());
        assertThat(page.getByLabel("Tell us more (you can skip this)")).hasValue("");
        assertThat(page.getByLabel("Good", new Page.GetByLabelOptions().setExact(true))).not().isChecked();
    }

    @Test
    void a_closed_or_made_up_link_shows_a_friendly_page_that_reveals_nothing() {
        onPhone();
        var response = page.navigate("tell-us/0123456789abcdef01234567");
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
        assertHeading("This is closed");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Get help now"))).isVisible();
        assertAccessible();
    }

    /** Taps Send and gives the status of the page that comes back. */
    private int sendRefused() {
        return page.waitForResponse(response -> response.request().method().equals("POST"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).tap()).status();
    }
}
