package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.base.SystemTask;
import org.youthvoice.people.IssuedSecret;
import org.youthvoice.people.NewMember;
import org.youthvoice.people.SecretKind;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.TestAccounts;

/** A member taps "Tell someone now" on a phone; the safeguarding lead sees it at once, urgent and named. */
class TellSomeoneNowIT extends BrowserTest {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private IssuedSecret member(String name) {
        String username = TestAccounts.uniqueName("robin");
        return SystemTask.runAs(() -> accounts.createMember(new NewMember(username, name, null,
                SecretKind.PASSPHRASE)), Roles.OFFICER);
    }

    @Test
    void a_member_tells_someone_now_on_a_phone_and_the_lead_sees_it_named_and_urgent() {
        var member = member("Robin");
        String marker = TestAccounts.uniqueName("m");
        String words = "Someone at home scares me and I do not want to go back tonight " + marker;

        onSmallPhone();
        logIn(member.username(), member.secret());
        assertThat(page).hasURL(Pattern.compile(".*/me$"));
        // On every young person's page, beside "Get help now".
        page.getByRole(AriaRole.LINK, named("Tell someone now")).tap();
        assertHeading("Tell someone now");
        assertThat(page.getByText("The safeguarding lead will read it.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(page.getByText("They will read it today.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertAccessible();
        // Sending nothing is refused in plain words, on the same page.
        page.getByRole(AriaRole.BUTTON, named("Send it now")).tap();
        assertThat(page.getByText("Please write what is wrong, then tap Send it now.").first()).isVisible();
        assertAccessible();
        page.getByLabel("What is wrong?").fill(words);
        page.getByRole(AriaRole.BUTTON, named("Send it now")).tap();
        assertHeading("Your message has gone");
        assertThat(page.getByText(marker)).hasCount(0); // a shared phone shows nothing of it
        assertAccessible();
        // The help lines are still one tap away.
        page.getByRole(AriaRole.LINK, named("Get help now")).tap();
        assertHeading("Get help now");
        assertThat(page.getByRole(AriaRole.LINK, named("Tell someone now")).first()).isVisible();

        long id = jdbc.sql("SELECT id FROM disclosure WHERE text = ?").param(words).query(Long.class).single();
        onDesktop();
        page.setViewportSize(1366, 768);
        logIn(TestAccounts.staff(accounts, Roles.SAFEGUARDING_LEAD), TestAccounts.PASSWORD);
        // The red notice on every staff page.
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Pattern.compile("Safeguarding: \\d+ urgent item")))).isVisible();
        open("safeguarding");
        assertThat(page.getByText("Robin (" + member.username() + "), Tell someone now").first()).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open item " + id).setExact(true)).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText(marker, new Locator.GetByTextOptions().setExact(false))).isVisible();
        assertThat(dialog.getByText("From Robin (account " + member.username() + ")",
                new Locator.GetByTextOptions().setExact(false))).isVisible();
        assertThat(dialog.getByText("Answer by", new Locator.GetByTextOptions().setExact(false))).isVisible();
        assertThat(dialog.getByText("Urgent", new Locator.GetByTextOptions().setExact(false)).first()).isVisible();
        // A member's own words are never quotable: no release button.
        assertThat(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Release for quoting")))
                .hasCount(0);
        assertAccessible();
    }

    @Test
    void it_works_with_script_switched_off_and_anyone_not_logged_in_is_asked_to_log_in() {
        onPhone();
        open("me/tell-someone");
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        open("help");
        assertThat(page.getByRole(AriaRole.LINK, named("Tell someone now"))).hasCount(0);

        var member = member("Kit");
        String marker = TestAccounts.uniqueName("n");
        onPhoneWithoutScript();
        logIn(member.username(), member.secret());
        page.getByRole(AriaRole.LINK, named("Tell someone now")).tap();
        page.getByLabel("What is wrong?").fill("I am being bullied every day and I feel scared " + marker);
        page.getByRole(AriaRole.BUTTON, named("Send it now")).tap();
        assertHeading("Your message has gone");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT named_person FROM disclosure WHERE text LIKE ?")
                .param("%" + marker).query(String.class).single()).isEqualTo("Kit");
    }
}
