package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.actions.ActionService;
import org.youthvoice.base.SystemTask;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.TestAccounts;

class YouSaidWeDidIT extends BrowserTest {

    @Autowired
    ActionService actions;

    @Test
    void an_officer_publishes_an_action_and_young_people_see_it_in_plain_words_on_a_phone() {
        String youSaid = "The youth club shuts too early " + TestAccounts.uniqueName("y");
        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("actions");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New action")).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("You said").fill(youSaid);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("Please write what the council will do or did")).isVisible();
        assertThat(dialog.getByLabel("You said")).hasValue(youSaid);
        dialog.getByLabel("We will / we did").fill("The club is now open until 9pm on Fridays");
        dialog.getByLabel("Who owns it").fill("Youth service");
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Priorities it serves"))
                .fill("Opportunities and education");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Opportunities and education (CP-2022.OPP)"))
                .click();
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Priorities it serves"))
                .press("Tab");
        assertAccessible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText(youSaid)).isVisible();
        long id = Long.parseLong(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("Publish action \\d+"))).first().getAttribute("aria-label")
                .replaceAll("\\D", ""));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish action " + id).setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take down action " + id)
                .setExact(true))).isVisible();

        String simpler = "You said the club shuts too early " + TestAccounts.uniqueName("y");
        SystemTask.runAs(() -> actions.setWordsFor(id, AgeBand.AGE_8_11, simpler, "Now it is open late on Fridays"),
                Roles.OFFICER);

        var member = TestAccounts.member(accounts);
        onPhone();
        open("you-said-we-did");
        assertHeading("You said, we did");
        assertThat(page.getByText(youSaid)).isVisible();
        assertThat(page.getByText("The club is now open until 9pm on Fridays").first()).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opportunities and education")).tap();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opportunities and education")))
                .hasAttribute("aria-current", "page");
        assertThat(page.getByText(youSaid)).isVisible();
        assertThat(page.getByText("About: Opportunities and education").first()).isVisible();
        // Words for their age, on the same topic.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ages 8-11").setExact(true)).tap();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ages 8-11").setExact(true)))
                .hasAttribute("aria-current", "page");
        assertThat(page.getByText(simpler)).isVisible();
        assertThat(page.getByText(youSaid)).hasCount(0);
        assertThat(page.getByText("About: Opportunities and education").first()).isVisible();
        assertAccessible();
        var poster = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Print this (PDF) " + simpler)).tap());
        org.assertj.core.api.Assertions.assertThat(poster.suggestedFilename()).isEqualTo("you-said-we-did-" + id + ".pdf");
        logIn(member.username(), member.secret());
        assertThat(page.getByText(youSaid, new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        // On the member's home: what they said and what was done, each on its own labelled line.
        assertThat(page.getByText(java.util.regex.Pattern.compile("^What we did: ")).first()).isVisible();
        assertThat(page.getByText(java.util.regex.Pattern.compile("We: "))).hasCount(0);
        assertAccessible();

        // The page a poster's QR code opens, on the smallest phone and on one with script switched off.
        onSmallPhone();
        open("you-said-we-did?action=" + id);
        assertThat(page.getByText(youSaid)).isVisible();
        assertAccessible();
        onPhoneWithoutScript();
        open("you-said-we-did?action=" + id + "&age=8-11");
        assertThat(page.getByText(simpler)).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See everything that changed")).tap();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Everything").setExact(true)))
                .hasAttribute("aria-current", "page");
        assertThat(page.getByText(simpler)).isVisible();
        assertAccessible();
    }
}
