package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.base.SystemTask;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.testing.TestAccounts;

/** An officer pastes many answer options at once, and an import too big for a survey is refused by the server. */
class SurveyOptionsAndImportsIT extends BrowserTest {

    @Autowired
    SurveyService surveys;

    private Locator dialog() {
        return page.getByRole(AriaRole.DIALOG);
    }

    private void click(Locator within, String button) {
        within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    private Locator field(String label) {
        return dialog().getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    @Test
    void an_officer_pastes_many_options_at_once_and_bad_lines_are_refused_without_losing_anything() {
        String title = "Clubs " + TestAccounts.uniqueName("p");
        onLaptop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("surveys");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New survey")).click();
        dialog().getByLabel("Title").fill(title);
        click(dialog(), "Create and open");
        page.waitForURL(Pattern.compile(".*/surveys/\\d+$"));
        settle();
        long id = Long.parseLong(page.url().replaceFirst(".*/surveys/", ""));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a question").setExact(true)).click();
        field("Question").fill("Which day is best?");
        var paste = field("Add many options at once");
        assertThat(paste).isVisible();
        String twice = "Monday\nTuesday\n\nmonday\nFriday";
        paste.fill(twice);
        click(dialog(), "Add these options");

        assertThat(dialog().getByText("\"monday\" would be an option twice. Take one out, then try again. "
                + "Nothing was added yet.")).isVisible();
        assertThat(paste).hasValue(twice);
        assertThat(field("Option 1")).hasCount(0);
        assertAccessible();

        paste.fill("Monday\nTuesday\n\n  Wednesday  \nFriday\n");
        click(dialog(), "Add these options");

        assertThat(field("Option 1")).hasValue("Monday");
        assertThat(field("Option 2")).hasValue("Tuesday");
        assertThat(field("Option 3")).hasValue("Wednesday");
        assertThat(field("Option 4")).hasValue("Friday");
        assertThat(field("Option 5")).hasCount(0);
        assertThat(paste).hasValue("");
        assertAccessible();

        // One more typed the old way, then a line that would make it twice.
        click(dialog(), "Add an option");
        field("Option 5").fill("Saturday");
        paste.fill("Sunday\nsaturday");
        click(dialog(), "Add these options");
        assertThat(dialog().getByText("\"saturday\" would be an option twice.", new Locator.GetByTextOptions()))
                .isVisible();
        assertThat(field("Option 6")).hasCount(0);
        paste.fill("Sunday");
        click(dialog(), "Add these options");
        assertThat(field("Option 6")).hasValue("Sunday");

        click(dialog(), "Done");
        assertThat(dialog()).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(page.locator("#survey-problems")).isEmpty();
        assertThat(page.getByText("You have changes that are not saved yet.")).hasCount(0);
        var saved = SystemTask.runAs(() -> surveys.definition(id), Roles.OFFICER).questions().getLast();
        assertThat(saved.options().stream().map(OptionDefinition::label).toList())
                .containsExactly("Monday", "Tuesday", "Wednesday", "Friday", "Saturday", "Sunday");
        assertAccessible();
    }

    @Test
    void a_survey_file_over_2_mb_is_refused_by_the_server_even_when_the_browser_lets_it_through() {
        onLaptop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("surveys");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import a survey file")).click();
        assertAccessible();
        var upload = dialog().locator("vaadin-upload");
        // The browser's 2 MB check is a courtesy: switch it off, as any program posting to the upload could.
        upload.evaluate("u => u.maxFileSize = Infinity");
        byte[] tenMegabytes = ("{\"format\": \"youth-voice-survey\", \"padding\": \"" + "x".repeat(10 * 1024 * 1024)
                + "\"}").getBytes(StandardCharsets.UTF_8);

        var chooser = page.waitForFileChooser(() -> upload.locator("vaadin-button").first().click());
        var response = page.waitForResponse(r -> r.request().method().equals("POST")
                && !r.url().contains("v-r="), // the upload, not Vaadin's own messages
                new Page.WaitForResponseOptions().setTimeout(60_000),
                () -> chooser.setFiles(new FilePayload("big-survey.json", "application/json", tenMegabytes)));

        assertThat(response.status()).as("refused by the server").isEqualTo(422);
        assertThat(response.text()).contains("This file is too big: the most we can take is 2 MB.");
        settle();
        assertThat(dialog().getByText("This file is too big: the most we can take is 2 MB. Nothing was imported."))
                .isVisible();
        // The refusal is the one expected answer of 400 or more on this page.
        assertThat(pageProblems).singleElement().asString().startsWith("422 for ").endsWith("/upload");
        pageProblems.clear();
        assertAccessible();
    }
}
