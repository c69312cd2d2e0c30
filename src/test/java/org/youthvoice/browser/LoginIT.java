package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.TestAccounts;

/** One login page for everybody, a plain HTML form: staff and young members, phones and desktops, script or none. */
class LoginIT extends BrowserTest {

    private void fillIn(String username, String secret) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password or secret code").fill(secret);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    @Test
    void each_staff_role_lands_on_the_staff_start_page_with_only_its_own_menu() {
        for (String role : Roles.STAFF_ROLES) {
            String username = TestAccounts.staff(accounts, role);
            onDesktop();
            open("login");
            assertAccessible();
            logIn(username, TestAccounts.PASSWORD);
            assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
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
        assertThat(page).hasURL(Pattern.compile(".*/me$"));
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
        fillIn(username, "not-the-password");
        assertThat(page.getByText("That did not work")).isVisible();
        String known = page.getByText("Check your username").textContent();
        assertAccessible();

        open("login");
        fillIn("nobody-" + username, "not-the-password");
        assertThat(page.getByText("That did not work")).isVisible();
        assertThat(page.getByText("Check your username")).hasText(known);
    }

    @Test
    void five_wrong_secret_codes_lock_a_member_out_even_with_the_right_code() {
        var member = TestAccounts.member(accounts);
        onPhone();
        for (int i = 0; i < 5; i++) {
            open("login");
            fillIn(member.username(), "wrong-code-" + i);
            assertThat(page.getByText("That did not work")).isVisible();
        }
        open("login");
        fillIn(member.username(), member.secret());
        assertThat(page.getByText("That did not work")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
    }

    @Test
    void a_young_member_logs_in_with_a_secret_code_on_a_phone_without_script() {
        var member = TestAccounts.member(accounts);
        onPhoneWithoutScript();
        open("");
        assertHeading("Welcome to Youth Voice");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertHeading("Log in");
        assertAccessible();

        fillIn(member.username(), "not-the-code-1");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByText("That did not work")).isVisible();
        assertAccessible();

        fillIn(member.username(), member.secret());
        assertThat(page).hasURL(Pattern.compile(".*/me$"));
    }

    @Test
    void the_login_page_fits_a_small_phone_with_its_refusal_too() {
        var member = TestAccounts.member(accounts);
        onSmallPhone();
        open("login");
        assertHeading("Log in");
        assertAccessible();
        fillIn(member.username(), "not-the-code-2");
        assertThat(page.getByText("That did not work")).isVisible();
        assertAccessible();
        fillIn(member.username(), member.secret());
        page.waitForURL(Pattern.compile(".*/me$"));
        settle();
        assertHeading("Hi " + member.username());
        assertAccessible();
    }

    @Test
    void a_login_form_left_open_in_a_second_tab_asks_again_in_plain_words() {
        var member = TestAccounts.member(accounts);
        onPhone();
        open("login");
        var secondTab = page.context().newPage();
        secondTab.navigate("login");
        // Logging in gives the browser a new form token, so the form in the other tab is out of date.
        logIn(member.username(), member.secret());
        page = secondTab;
        fillIn(member.username(), member.secret());
        assertThat(page).hasURL(Pattern.compile(".*/login\\?again$"));
        assertThat(page.getByText("Please type your username")).isVisible();
        assertAccessible();
        fillIn(member.username(), member.secret());
        assertThat(page).hasURL(Pattern.compile(".*/me$"));
    }

    @Test
    void staff_sent_to_log_in_from_a_staff_screen_land_back_on_it() {
        String username = TestAccounts.staff(accounts, Roles.ADMIN);
        onDesktop();
        open("audit");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertHeading("Log in");

        logIn(username, TestAccounts.PASSWORD);

        assertThat(page).hasURL(Pattern.compile(".*/audit(\\?.*)?$"));
        assertHeading("Audit log");
        assertAccessible();
    }

    @Test
    void the_front_door_sends_signed_in_people_to_their_own_start_page() {
        var member = TestAccounts.member(accounts);
        onPhone();
        logIn(member.username(), member.secret());
        open("");
        assertThat(page).hasURL(Pattern.compile(".*/me$"));

        String officer = TestAccounts.staff(accounts, Roles.OFFICER);
        onDesktop();
        logIn(officer, TestAccounts.PASSWORD);
        open("");
        assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
    }

    @Test
    void a_member_logs_out_from_a_plain_page_without_script() {
        var member = TestAccounts.member(accounts);
        onPhoneWithoutScript();
        open("login");
        fillIn(member.username(), member.secret());
        assertThat(page).hasURL(Pattern.compile(".*/me$"));
        open("help");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();

        assertThat(page).hasURL(Pattern.compile(".*/$"));
        assertHeading("Welcome to Youth Voice");
        open("help");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))).hasCount(0);
    }
}
