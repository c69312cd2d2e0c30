package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.TestAccounts;

class AccountsIT extends BrowserTest {

    @Test
    void an_admin_creates_an_officer_who_can_then_log_in_and_bad_input_keeps_what_was_typed() {
        String officer = TestAccounts.uniqueName("officer");
        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.ADMIN), TestAccounts.PASSWORD);
        open("admin/accounts");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a staff account")).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Username").fill(officer);
        dialog.getByLabel("Full name").fill("Olu Officer");
        dialog.getByLabel("Password", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).fill("short");
        dialog.getByLabel("Participation officer").check();
        assertAccessible();
        dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("The password needs at least 12 characters.")).isVisible();
        assertThat(dialog.getByLabel("Username")).hasValue(officer);
        assertThat(dialog.getByLabel("Full name")).hasValue("Olu Officer");

        dialog.getByLabel("Password", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).fill("A-much-better-passphrase-7");
        dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("Account " + officer + " created.")).isVisible();
        logOut();

        logIn(officer, "A-much-better-passphrase-7");
        assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
    }

    @Test
    void an_officer_adds_a_young_member_who_logs_in_on_a_phone_with_the_code_shown_once() {
        String member = TestAccounts.uniqueName("kid");
        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("members");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a young member")).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Username").fill(member);
        dialog.getByLabel("First name or nickname").fill("Kai");
        dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save")).click();
        var secret = page.locator("#issued-secret");
        assertThat(secret).hasText(Pattern.compile("[a-z]+-[a-z]+-[a-z]+-\\d\\d"));
        String code = secret.textContent().strip();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have given it to them")).click();
        assertThat(page.getByText(member, new Page.GetByTextOptions().setExact(true))).isVisible();

        onPhone();
        logIn(member, code);
        assertThat(page).hasURL(Pattern.compile(".*/me$"));
        assertHeading("My surveys");
    }
}
