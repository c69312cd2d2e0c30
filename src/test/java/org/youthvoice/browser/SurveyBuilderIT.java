package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.base.SystemTask;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.testing.TestAccounts;

/** A participation officer builds a survey with every kind of question, sends it, makes cards and watches responses. */
class SurveyBuilderIT extends BrowserTest {

    @Autowired
    SurveyService surveys;

    private Locator dialog() {
        return page.getByRole(AriaRole.DIALOG);
    }

    private void click(Locator within, String button) {
        within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    private void clickButton(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private void choose(Locator field, String option) {
        field.click();
        pickOption(option);
    }

    private Locator field(String label) {
        return dialog().getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    /** Opens a new question of this kind and types its words; the dialog stays open. */
    private void newQuestion(String kind, String text) {
        clickButton("Add a question");
        if (!kind.equals("Single choice")) {
            choose(field("Kind of answer"), kind);
        }
        field("Question").fill(text);
    }

    private void options(String... labels) {
        for (int i = 0; i < labels.length; i++) {
            click(dialog(), "Add an option");
            field("Option " + (i + 1)).fill(labels[i]);
        }
    }

    private void done() {
        click(dialog(), "Done");
        assertThat(dialog()).hasCount(0);
    }

    @Test
    void an_officer_builds_a_survey_for_two_age_bands_with_every_kind_of_question_and_sends_it() throws IOException {
        String title = "Youth clubs " + TestAccounts.uniqueName("s");
        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("surveys");
        assertHeading("Surveys");
        assertAccessible();

        clickButton("New survey");
        dialog().getByLabel("Title").fill(title);
        assertAccessible();
        click(dialog(), "Create and open");
        page.waitForURL(Pattern.compile(".*/surveys/\\d+$"));
        settle();
        assertHeading(title);
        assertThat(page.locator("#survey-status")).hasText("Draft. Round 1. Responses sent: 0.");
        assertAccessible();

        // Two versions: the one a new survey starts with, made 8-11, and a new one for 11-17.
        clickButton("Edit version Everyone");
        field("Name").fill("Ages 8 to 11");
        choose(field("Age band"), "Ages 8-11");
        assertAccessible();
        done();
        clickButton("Add a version");
        field("Name").fill("Ages 11 to 17");
        choose(field("Age band"), "Ages 11-17");
        field("Introduction for this version").fill("This is for young people aged 11 to 17.");
        done();

        // 1. Single choice, asked in both versions, with a picture and a tag.
        newQuestion("Single choice", "How often do you go to a youth club?");
        options("Every week", "Sometimes", "Never");
        choose(field("Picture for option 1"), "home");
        choose(field("Picture"), "friends");
        var tags = field("Priorities and outcomes");
        tags.fill("Live safely");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Live safely (CYPS-2022.SAFE)")
                .setExact(true)).click();
        tags.press("Tab");
        field("Section heading in \"Ages 8 to 11\"").fill("About your club");
        assertAccessible();
        done();

        // 2. Multiple choice, only for the older version.
        newQuestion("Multiple choice", "What do you do there?");
        options("Sport", "Games", "Music");
        field("Ask in \"Ages 8 to 11\"").uncheck();
        done();

        // 3. Faces, with words changed for one face.
        newQuestion("Faces (really bad to really good)", "How do you feel about your club?");
        assertThat(field("Words for face 1 (Really bad)")).hasValue("Really bad");
        field("Words for face 3 (OK)").fill("Just OK");
        assertAccessible();
        done();

        // 4. Yes / no / not sure.
        newQuestion("Yes / no / not sure", "Do you feel safe at the club?");
        field("Help text").fill("Think about the last time you went.");
        assertThat(field("Words for the answer \"Not sure\"")).hasValue("Not sure");
        done();

        // 5. 0-10, only asked when question 1 was answered "Every week".
        newQuestion("Scale from 0 to 10", "How much do you like the club?");
        field("What 0 means").fill("Not at all");
        field("What 10 means").fill("Loads");
        choose(field("Only ask if an earlier question was answered with"),
                "Question 1: How often do you go to a youth club?");
        field("One of these answers").fill("Every");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Every week").setExact(true)).click();
        field("One of these answers").press("Tab");
        assertAccessible();
        done();

        // 6. Free text, optional, with a length limit.
        newQuestion("Free text", "What would make your club better?");
        field("Longest answer (characters)").fill("500");
        field("Young people may skip this question").check();
        done();

        // 7. Ranking.
        newQuestion("Ranking (put in order)", "Put these in order, most important first");
        options("Trips", "Food", "Staff");
        done();

        // 8. A choice with only one option: refused on save, and nothing else is lost.
        newQuestion("Single choice", "Which day is best?");
        options("Monday");
        done();
        clickButton("Save");
        var problems = page.locator("#survey-problems");
        assertThat(problems).containsText(
                "Question 8 (\"Which day is best?\"), the answer options: Give between 2 and 30 options.");
        assertThat(page.getByText("How often do you go to a youth club?", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(page.getByText("Put these in order, most important first")).isVisible();
        assertThat(page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))).hasValue(title);
        assertAccessible();

        clickButton("Edit question 8");
        assertThat(field("Option 1")).hasValue("Monday");
        click(dialog(), "Add an option");
        field("Option 2").fill("Saturday");
        done();
        clickButton("Move question 8 up");
        clickButton("Save");
        assertThat(problems).isEmpty();
        assertThat(page.getByText("You have changes that are not saved yet.")).hasCount(0);

        // What was saved comes back: the moved question, the rule and the words.
        open(page.url().replaceFirst("^https?://[^/]+/", ""));
        clickButton("Edit question 7");
        assertThat(field("Question")).hasValue("Which day is best?");
        click(dialog(), "Cancel");
        assertThat(dialog()).hasCount(0);
        clickButton("Edit question 5");
        assertThat(field("What 10 means")).hasValue("Loads");
        assertThat(dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Only ask if an earlier question was answered with")))
                .containsText("Question 1: How often do you go to a youth club?");
        click(dialog(), "Cancel");
        assertThat(dialog()).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Preview Ages 11 to 17 as a young person"))).hasAttribute("href",
                Pattern.compile("surveys/\\d+/preview/v[a-z2-9]{6}"));

        // Sending: a group with a code and how many could answer, then publish for group codes only.
        clickButton("Sending");
        settle();
        assertAccessible();
        page.getByLabel("Group", new Page.GetByLabelOptions().setExact(true)).fill("Bitterne Youth Club");
        page.getByLabel("Could answer", new Page.GetByLabelOptions().setExact(true)).fill("40");
        clickButton("Add group");
        assertThat(page.getByText("Group Bitterne Youth Club added.")).isVisible();
        assertThat(page.locator("vaadin-grid").getByText("Bitterne Youth Club",
                new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText(Pattern.compile("^[A-Z2-9]{8}$"))).isVisible();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Only with a group code")).check();
        // One notice at a time: two stacked notices move while the accessibility check measures them.
        assertThat(page.getByText("Group Bitterne Youth Club added.")).isHidden(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsHiddenOptions().setTimeout(10_000));
        clickButton("Publish");
        var publishing = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(publishing).containsText("Young people with the link and their group's code can start it at once.");
        click(publishing, "Publish");
        assertThat(page.getByText("Published. Young people can now answer.")).isVisible();
        assertThat(page.locator("#survey-status")).hasText("Open. Round 1. Responses sent: 0.");
        var link = page.locator("#survey-link");
        assertThat(link).hasAttribute("href", Pattern.compile("^http://localhost:" + port + "/s/[0-9a-f]{24}$"));
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR code for the survey link")))
                .isVisible();
        assertAccessible();

        var svg = download("Download the QR code (SVG, for print)");
        org.assertj.core.api.Assertions.assertThat(svg.headers().get("content-type")).startsWith("image/svg+xml");
        org.assertj.core.api.Assertions.assertThat(new String(svg.body(), StandardCharsets.UTF_8)).startsWith("<svg")
                .contains("QR code for the survey link");
        var png = download("Download the QR code (PNG picture)");
        org.assertj.core.api.Assertions.assertThat(png.headers().get("content-type")).startsWith("image/png");
        var image = ImageIO.read(new ByteArrayInputStream(png.body()));
        org.assertj.core.api.Assertions.assertThat(image).isNotNull();
        org.assertj.core.api.Assertions.assertThat(image.getWidth()).isEqualTo(image.getHeight()).isGreaterThan(300);

        // Cards for the group, shown once on a page to print.
        choose(page.getByLabel("For group", new Page.GetByLabelOptions().setExact(true)), "Bitterne Youth Club");
        page.getByLabel("How many cards", new Page.GetByLabelOptions().setExact(true)).fill("3");
        clickButton("Make cards");
        assertThat(dialog().getByText("The codes are shown only this once", new Locator.GetByTextOptions()
                .setExact(false))).isVisible();
        assertAccessible();
        Page cards = page.waitForPopup(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Open the cards to print")).click());
        cards.waitForLoadState();
        assertThat(cards.locator(".card")).hasCount(3);
        assertThat(cards.locator(".card").first()).containsText(title);
        assertThat(cards.locator(".card").first()).containsText("This code works once. Nobody can tell who used it.");
        assertThat(cards.locator(".code").first()).hasText(Pattern.compile("^[A-Z2-9]{5}-[A-Z2-9]{5}$"));
        assertThat(cards.locator(".card").first()).containsText(link.getAttribute("href"));
        var officerPage = page;
        page = cards;
        try {
            assertAccessible();
        } finally {
            page = officerPage;
            cards.close();
        }
        click(dialog(), "I have printed them");
        assertThat(page.getByText("Cards made: 3. Cards used: 0.")).isVisible();

        // Responses: none yet, and why small numbers would be hidden.
        clickButton("Responses");
        settle();
        assertThat(page.locator("#responses-total")).hasText("Responses sent: 0");
        assertThat(page.getByText("Still in progress: 0")).isVisible();
        assertThat(page.getByText(Pattern.compile("any count from 1 to 4 is shown as \"fewer than 5\""))).isVisible();
        var grids = page.locator("vaadin-grid");
        assertThat(grids.getByText("Bitterne Youth Club", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(grids.getByText("40", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(grids.getByText("Ages 11 to 17", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(grids.getByText("No responses sent yet.")).isVisible();
        assertAccessible();

        // Close (after a warning), reopen, start the next round, and throw that draft away.
        String firstRound = page.url();
        clickButton("Close survey");
        var confirm = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirm).containsText("Answers left unfinished are sent as they are");
        assertAccessible();
        click(confirm, "Close survey");
        assertThat(page.locator("#survey-status")).hasText("Closed. Round 1. Responses sent: 0.");
        clickButton("Reopen survey");
        assertThat(page.locator("#survey-status")).hasText("Open. Round 1. Responses sent: 0.");
        clickButton("Start next round");
        click(page.getByRole(AriaRole.ALERTDIALOG), "Start next round");
        page.waitForURL(url -> !url.equals(firstRound) && url.matches(".*/surveys/\\d+$"));
        settle();
        assertHeading(title);
        assertThat(page.locator("#survey-status")).hasText("Draft. Round 2. Responses sent: 0.");
        clickButton("Questions and versions");
        assertThat(page.getByText("Put these in order, most important first")).isVisible();
        assertAccessible();
        clickButton("Delete draft");
        click(page.getByRole(AriaRole.ALERTDIALOG), "Delete draft");
        page.waitForURL(Pattern.compile(".*/surveys$"));
        settle();

        open("surveys");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).hasCount(1);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
        assertThat(page.getByText("Only with a group code").first()).isVisible();
        assertAccessible();
    }

    private com.microsoft.playwright.APIResponse download(String linkName) {
        String href = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(linkName)).getAttribute("href");
        var response = page.context().request().get("http://localhost:" + port + "/" + href.replaceFirst("^/", ""));
        org.assertj.core.api.Assertions.assertThat(response.status()).as(linkName).isEqualTo(200);
        return response;
    }

    @Test
    void young_members_and_anonymous_visitors_cannot_open_the_survey_screens() {
        long id = SystemTask.runAs(() -> surveys.create(new SurveyDefinition("Private " + TestAccounts.uniqueName("s"),
                null, null, List.of(new SurveyDefinition.VersionDefinition("all", "Everyone", null, false, null,
                        List.of())), List.of(), Map.of())), Roles.OFFICER);
        onPhone();
        for (String path : List.of("surveys", "surveys/" + id)) {
            open(path);
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
        }
        var member = TestAccounts.member(accounts);
        logIn(member.username(), member.secret());
        for (String path : List.of("surveys", "surveys/" + id)) {
            open(path);
            assertHeading("This page is not here for you");
            assertThat(page.getByText("Private ")).hasCount(0);
            assertAccessible();
        }
    }
}
