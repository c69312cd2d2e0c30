package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PublicPagesIT extends BrowserTest {

    @Test
    void get_help_now_is_one_tap_away_and_calls_childline() {
        onPhone();
        open("");
        assertHeading("Welcome to Youth Voice");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Get help now")).tap();
        assertThat(page).hasURL(Pattern.compile(".*/help$"));
        assertHeading("Get help now");
        var call = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call 0800 1111"));
        assertThat(call).hasAttribute("href", "tel:08001111");
        assertAccessible();
    }

    @Test
    void privacy_information_has_a_short_page_for_each_age_band() {
        onPhone();
        open("privacy");
        assertHeading("For ages 11 to 17");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "For children aged 4 to 7 and the adult helping them")).tap();
        settle();
        assertThat(page.getByText("We do not ask your name.")).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("For care leavers aged 16 to 25")).tap();
        settle();
        assertThat(page.getByText("public task", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        assertAccessible();
    }

    @Test
    void help_privacy_and_accessibility_fit_the_smallest_phone_and_work_without_script() {
        onSmallPhone();
        for (String path : java.util.List.of("help", "privacy", "accessibility")) {
            open(path);
            assertAccessible();
        }
        onPhoneWithoutScript();
        open("help");
        assertHeading("Get help now");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Privacy: what happens to what you tell us"))
                .tap();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("For care leavers aged 16 to 25")).tap();
        assertThat(page.getByText("public task", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        assertAccessible();
    }

    @Test
    void the_accessibility_statement_is_published() {
        onDesktop();
        open("accessibility");
        assertHeading("Accessibility statement");
        assertThat(page.getByText("WCAG", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        assertAccessible();
    }

    @Test
    void an_unknown_page_gets_a_plain_refusal_with_a_way_to_help() {
        var member = org.youthvoice.testing.TestAccounts.member(accounts);
        onPhone();
        logIn(member.username(), member.secret());
        var response = page.navigate("no-such-page");
        org.assertj.core.api.Assertions.assertThat(response.status()).isBetween(403, 404);
        assertHeading("This page is not here for you");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Get help now"))).isVisible();
        assertAccessible();
    }
}
