package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.TestAccounts;

class LoginIT extends BrowserTest {

    @Test
    void each_staff_role_lands_on_the_staff_start_page_with_only_its_own_menu() {
        for (String role : Roles.STAFF_ROLES) {
            String username = TestAccounts.staff(accounts, role);
            onDesktop();
            open("login");
            assertAccessible();
            logIn(username, TestAccounts.PASSWORD);
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/dashboard$"));
            assertHeading("Hello, " + username);
            var menu = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu"));
            assertThat(menu.getByText("Staff accounts")).hasCount(role.equals(Roles.ADMIN) ? 1 : 0);
            assertThat(menu.getByText("Young members")).hasCount(
                    role.equals(Roles.ADMIN) || role.equals(Roles.OFFICER) ? 1 : 0);
            assertThat(menu.getByText("Strategy frameworks")).hasCount(1);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Get help now"))).isVisible();
            assertAccessible();
            logOut();
        }
    }

    @Test
    void a_young_member_lands_on_their_own_home_on_a_phone() {
        var member = TestAccounts.member(accounts);
        onPhone();
        logIn(member.username(), member.secret());
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/me$"));
        assertHeading("Hi " + member.username());
        assertHeading("My surveys");
        assertHeading("My votes");
        assertHeading("Tell us");
        assertHeading("You said, we did");
        assertAccessible();
    }

    @Test
    void a_wrong_password_is_refused_in_plain_words_without_saying_whether_the_username_exists() {
        String username = TestAccounts.staff(accounts, Roles.OFFICER);
        onPhone();
        open("login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password or secret code").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByText("That did not work")).isVisible();
        String known = page.getByText("Check your username").textContent();
        assertAccessible();

        open("login");
        page.getByLabel("Username").fill("nobody-" + username);
        page.getByLabel("Password or secret code").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByText("That did not work")).isVisible();
        assertThat(page.getByText("Check your username")).hasText(known);
    }

    @Test
    void five_wrong_secret_codes_lock_a_member_out_even_with_the_right_code() {
        var member = TestAccounts.member(accounts);
        onPhone();
        for (int i = 0; i < 5; i++) {
            open("login");
            page.getByLabel("Username").fill(member.username());
            page.getByLabel("Password or secret code").fill("wrong-code-" + i);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            assertThat(page.getByText("That did not work")).isVisible();
        }
        open("login");
        page.getByLabel("Username").fill(member.username());
        page.getByLabel("Password or secret code").fill(member.secret());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByText("That did not work")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
    }
}
