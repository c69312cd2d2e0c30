package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.base.SystemTask;
import org.youthvoice.feedback.FeedbackForm;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.NewChannel;
import org.youthvoice.insight.QuoteService;
import org.youthvoice.insight.TaggingService;
import org.youthvoice.insight.TextFilter;
import org.youthvoice.insight.TextItem;
import org.youthvoice.insight.internal.AgreementService;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.TestAccounts;

class TaggingIT extends BrowserTest {

    static final String OPP = "CP-2022.OPP";
    static final String SAFE = "CYPS-2022.SAFE.3";
    static final String HEALTH = "CYPS-2022.HEALTH.2";

    @Autowired
    FeedbackService feedback;

    @Autowired
    TaggingService tagging;

    @Autowired
    QuoteService quotes;

    @Autowired
    AgreementService agreement;

    private static TextFilter search(String words) {
        return new TextFilter(null, null, null, null, null, null, null, false, words);
    }

    private TextItem item(String words) {
        var found = SystemTask.runAs(() -> tagging.list(search(words), 0, 5), Roles.OFFICER);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private List<String> codes(String words) {
        return item(words).tags().stream().map(t -> t.code() + " " + t.origin()).toList();
    }

    private Locator current() {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("The text you are tagging"));
    }

    private void searchFor(String words) {
        page.getByLabel("Words in the text").fill(words);
        page.getByLabel("Words in the text").press("Enter");
        settle();
    }

    @Test
    void an_officer_tags_with_keys_in_bulk_and_by_suggestion_and_makes_a_quote() {
        String m = "zq" + Long.toString(System.nanoTime(), 36);
        var channel = SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Parks " + m, "Tell us", true,
                true, false)), Roles.OFFICER);
        for (String words : List.of(m + " skate ramps are broken", m + " skate ramps need fixing",
                m + " the skate ramps at Hollybrook Park are broken", m + " the bus is late",
                m + " the bus never comes")) {
            feedback.submit(channel.slug(), new FeedbackForm(3, words, false, null, null));
        }
        await().atMost(Duration.ofSeconds(90))
                .until(() -> SystemTask.runAs(() -> tagging.count(search(m)), Roles.OFFICER) == 5);
        SystemTask.runAs(() -> tagging.tagAll(List.of(item(m + " skate ramps are broken").id(),
                item(m + " skate ramps need fixing").id()), HEALTH), Roles.OFFICER);

        String officer = TestAccounts.staff(accounts, Roles.OFFICER);
        onDesktop();
        logIn(officer, TestAccounts.PASSWORD);
        open("insight/tagging");
        assertHeading("Tagging workbench");
        assertAccessible();

        // a suggestion learnt from the two tagged texts, accepted with A; then Q makes it a quote
        searchFor(m + " the skate");
        assertThat(current()).containsText("Hollybrook");
        assertThat(current().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Accept the suggestion " + HEALTH))).isVisible();
        assertAccessible();
        current().focus();
        page.keyboard().press("a");
        settle();
        assertThat(current().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take off " + HEALTH)))
                .isVisible();
        assertThat(codes(m + " the skate")).containsExactly(HEALTH + " SUGGESTION");

        page.keyboard().press("q");
        var dialog = page.getByRole(AriaRole.DIALOG);
        var words = dialog.getByLabel("Words of the quote");
        assertThat(words).hasValue(m + " the skate ramps at [name] are broken");
        assertAccessible();
        screeningBuilt();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save and approve")).click();
        assertThat(page.getByText("Quote approved.")).isVisible();
        long sourceId = item(m + " the skate").sourceId();
        assertThat(SystemTask.runAs(() -> quotes.quoteFor("FEEDBACK", sourceId), Roles.OFFICER))
                .hasValueSatisfying(q -> {
                    assertThat(q.approved()).isTrue();
                    assertThat(q.text()).isEqualTo(m + " the skate ramps at [name] are broken");
                });

        // quick code 1 with the number key, J to move on
        searchFor(m + " the bus");
        var quick = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Quick codes (keys 1 to 9)"));
        quick.fill(OPP);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(OPP).setExact(false)).first().click();
        quick.press("Escape");
        assertThat(page.getByText("1 " + OPP)).isVisible();
        // Texts of one day come in no particular order (random ids, note 0023): whichever bus text is first.
        assertThat(current()).containsText("the bus");
        boolean neverFirst = current().textContent().contains("the bus never comes");
        current().focus();
        page.keyboard().press("1");
        settle();
        page.keyboard().press("j");
        settle();
        assertThat(current()).containsText(neverFirst ? "the bus is late" : "the bus never comes");
        page.keyboard().press("1");
        settle();
        assertThat(current().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take off " + OPP)))
                .isVisible();
        assertThat(codes(m + " the bus never")).containsExactly(OPP + " OFFICER");
        assertThat(codes(m + " the bus is late")).containsExactly(OPP + " OFFICER");

        // bulk: select both bus texts and tag them
        page.locator("#selectAllCheckbox").click();
        var picker = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Any code"));
        picker.fill(SAFE);
        pickOption(SAFE + " All children and young people live safely within their homes and families");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tag selected")).click();
        assertThat(page.getByText("2 texts got the code " + SAFE + ".")).isVisible();
        assertThat(codes(m + " the bus never")).containsExactly(OPP + " OFFICER", SAFE + " OFFICER");
        assertThat(codes(m + " the bus is late")).containsExactly(OPP + " OFFICER", SAFE + " OFFICER");
        assertAccessible();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Path.of("target", "screenshots", "TaggingIT-workbench.png")));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keyword rules")).click();
        assertThat(page.getByRole(AriaRole.DIALOG).getByLabel("Words or phrases")).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close"))
                .click();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Agreement between coders")).click();
        settle();
        assertHeading("Agreement between coders");
        assertAccessible();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Path.of("target", "screenshots", "TaggingIT-agreement.png")));
    }

    @Test
    void two_officers_code_a_sample_on_their_own_and_see_their_agreement() {
        String m = "zq" + Long.toString(System.nanoTime(), 36);
        var channel = SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Clubs " + m, "Tell us", true,
                true, false)), Roles.OFFICER);
        for (String words : List.of(m + " more clubs please", m + " the club is too far", m + " I like art")) {
            feedback.submit(channel.slug(), new FeedbackForm(4, words, false, null, null));
        }
        await().atMost(Duration.ofSeconds(90))
                .until(() -> SystemTask.runAs(() -> tagging.count(search(m)), Roles.OFFICER) == 3);
        String first = TestAccounts.staff(accounts, Roles.OFFICER);
        String second = TestAccounts.staff(accounts, Roles.OFFICER);

        onDesktop();
        logIn(first, TestAccounts.PASSWORD);
        open("insight/agreement");
        assertHeading("Agreement between coders");
        searchFor(m);
        page.getByLabel("Name of the sample").fill("Clubs " + m);
        page.getByLabel("How many texts").fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Draw the sample")).click();
        var codeIt = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Code the sample Clubs " + m));
        assertThat(codeIt).isVisible();
        assertAccessible();

        // the second coder codes through the service: OPP for every text
        var sample = SystemTask.runAs(() -> agreement.samples(), Roles.OFFICER).stream()
                .filter(s -> s.name().equals("Clubs " + m)).findFirst().orElseThrow();
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(second, null, List.of(new org.springframework.security.core.authority
                        .SimpleGrantedAuthority("ROLE_OFFICER"))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            agreement.items(sample.id()).forEach(i -> agreement.code(sample.id(), i.textId(), List.of(OPP)));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }

        codeIt.click();
        var scheme = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Codes for this sample"));
        scheme.fill(OPP);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(OPP).setExact(false)).first().click();
        scheme.press("Escape");
        var coding = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Coding a sample"));
        assertThat(coding).containsText("Text 1 of 3");
        assertThat(coding.getByRole(AriaRole.CHECKBOX)).hasCount(1);
        assertAccessible();
        coding.focus();
        page.keyboard().press("1");
        page.keyboard().press("n");
        settle();
        assertThat(coding).containsText("Text 2 of 3");
        page.keyboard().press("n");
        settle();
        assertThat(coding).containsText("Text 3 of 3");
        page.keyboard().press("1");
        page.keyboard().press("n");
        settle();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See agreement for Clubs " + m)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName(first + " and " + second + ": 3 texts both coded").setExact(false))
                .or(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                        .setName(second + " and " + first + ": 3 texts both coded").setExact(false)))).isVisible();
        // two of three agree (OPP on two texts, the second coder on all three): kappa 0, "slight agreement"
        assertThat(page.getByText("Pooled kappa 0.00: slight agreement (3 decisions)")).isVisible();
        assertAccessible();
    }
}
