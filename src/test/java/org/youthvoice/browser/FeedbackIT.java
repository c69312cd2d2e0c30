package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.TestAccounts;

class FeedbackIT extends BrowserTest {

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
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).tap();
        assertThat(page.getByText("Please type a phone number or an e-mail address we can use.")).isVisible();
        assertThat(page.getByLabel("Tell us more (you can skip this)"))
                .hasValue("The games were great 😀 <b>not bold</b>");
        assertAccessible();
        page.getByLabel("Phone number or e-mail").fill("07700 900123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).tap();
        assertHeading("Thank you!");
        assertThat(page.getByText("Someone will try to get back to you soon.")).isVisible();
        assertAccessible();

        open(path);
        page.getByText("Really bad", new Page.GetByTextOptions().setExact(true)).tap();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).tap();
        assertHeading("Thank you!");
        assertThat(page.getByText("You did not give your name, so nobody knows it was you.")).isVisible();

        onDesktop();
        logIn(officer, TestAccounts.PASSWORD);
        open("feedback");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Channel")).fill(title);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(title)).click();
        settle();
        assertThat(page.getByText("The games were great 😀 <b>not bold</b>")).isVisible();
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
        assertThat(page.getByText("Action planned").first()).isVisible();
        assertAccessible();
    }

    @Test
    void a_closed_or_made_up_link_shows_a_friendly_page_that_reveals_nothing() {
        onPhone();
        open("tell-us/0123456789abcdef01234567");
        assertHeading("This is closed");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Get help now"))).isVisible();
        assertAccessible();
    }
}
