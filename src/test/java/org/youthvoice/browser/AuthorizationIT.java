package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.TestAccounts;

/** Each role reaches what it should and is refused the rest; anonymous visitors reach only public pages. */
class AuthorizationIT extends BrowserTest {

    private static final String REFUSAL = "This page is not here for you";

    /** Every protected page, its heading, and who may open it. */
    private static final Map<String, Page> PAGES = new LinkedHashMap<>();

    record Page(String heading, Set<String> roles) {
    }

    static {
        PAGES.put("dashboard", new Page("Hello", Set.copyOf(Roles.STAFF_ROLES)));
        PAGES.put("frameworks", new Page("Strategy frameworks",
                Set.of(Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.SAFEGUARDING_LEAD)));
        PAGES.put("members", new Page("Young members", Set.of(Roles.ADMIN, Roles.OFFICER)));
        PAGES.put("admin/accounts", new Page("Staff accounts", Set.of(Roles.ADMIN)));
        PAGES.put("admin/help-lines", new Page("Help lines", Set.of(Roles.ADMIN)));
        PAGES.put("audit", new Page("Audit log", Set.of(Roles.ADMIN)));
        PAGES.put("feedback", new Page("Feedback", Set.of(Roles.ADMIN, Roles.OFFICER)));
        PAGES.put("safeguarding", new Page("Safeguarding queue", Set.of(Roles.SAFEGUARDING_LEAD)));
        PAGES.put("safeguarding/words", new Page("Screening words",
                Set.of(Roles.ADMIN, Roles.OFFICER, Roles.SAFEGUARDING_LEAD)));
        PAGES.put("insight/tagging", new Page("Tagging workbench", Set.of(Roles.ADMIN, Roles.OFFICER)));
        PAGES.put("insight/agreement", new Page("Agreement between coders", Set.of(Roles.ADMIN, Roles.OFFICER)));
        PAGES.put("actions", new Page("You said, we did", Set.of(Roles.ADMIN, Roles.OFFICER)));
        PAGES.put("surveys", new Page("Surveys", Set.of(Roles.ADMIN, Roles.OFFICER)));
        PAGES.put("forums", new Page("Forums", Set.of(Roles.ADMIN, Roles.OFFICER)));
        PAGES.put("ballots", new Page("Votes", Set.of(Roles.ADMIN, Roles.OFFICER)));
        PAGES.put("participation", new Page("Participation log", Set.of(Roles.ADMIN, Roles.OFFICER, Roles.VIEWER)));
        PAGES.put("api-tokens", new Page("API tokens", Set.of(Roles.ADMIN, Roles.OFFICER, Roles.VIEWER)));
        PAGES.put("me", new Page("Hi", Set.of(Roles.MEMBER)));
        PAGES.put("me/tell-someone", new Page("Tell someone now", Set.of(Roles.MEMBER)));
        PAGES.put("evidence", new Page("Evidence per priority", Set.of(Roles.ADMIN, Roles.OFFICER, Roles.VIEWER)));
        PAGES.put("evidence/NO-SUCH-CODE", new Page("Evidence per priority",
                Set.of(Roles.ADMIN, Roles.OFFICER, Roles.VIEWER)));
        PAGES.put("surveys/999999/preview/none", new Page("Preview", Set.of(Roles.ADMIN, Roles.OFFICER)));
    }

    @Test
    void anonymous_visitors_reach_public_pages_and_are_sent_to_log_in_for_the_rest() {
        onPhone();
        for (String publicPage : List.of("", "help", "privacy", "accessibility", "login", "you-said-we-did",
                "city-vote")) {
            open(publicPage);
            assertThat(page).hasURL(Pattern.compile(".*/" + publicPage + "(\\?.*)?$"));
            assertAccessible();
        }
        for (String path : PAGES.keySet()) {
            open(path);
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            assertHeading("Log in");
        }
    }

    @Test
    void each_role_opens_exactly_the_pages_it_is_allowed() {
        for (String role : List.of(Roles.ADMIN, Roles.OFFICER, Roles.SAFEGUARDING_LEAD, Roles.VIEWER, Roles.MEMBER)) {
            String username;
            String secret;
            if (role.equals(Roles.MEMBER)) {
                var member = TestAccounts.member(accounts);
                username = member.username();
                secret = member.secret();
                onPhone();
            } else {
                username = TestAccounts.staff(accounts, role);
                secret = TestAccounts.PASSWORD;
                onDesktop();
            }
            logIn(username, secret);
            boolean refusalScanned = false;
            for (var entry : PAGES.entrySet()) {
                open(entry.getKey());
                if (entry.getValue().roles().contains(role)) {
                    assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                            new com.microsoft.playwright.Page.GetByRoleOptions().setName(entry.getValue().heading()))
                            .first()).isVisible();
                    assertThat(page.getByText(REFUSAL)).hasCount(0);
                    assertAccessible();
                } else {
                    assertHeading(REFUSAL);
                    // the refusal is one page whatever was asked for: scanned once per role (its menu differs)
                    if (!refusalScanned) {
                        assertAccessible();
                        refusalScanned = true;
                    }
                }
            }
        }
    }
}
