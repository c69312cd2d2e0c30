package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.base.SystemTask;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.AnsweredSurvey;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveyTaking;
import org.youthvoice.testing.TestAccounts;

/** An officer takes a survey's data away: the responses file, the results workbook, and an API token for a program. */
class ExportsIT extends BrowserTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyTaking taking;

    @Test
    void an_officer_downloads_the_responses_and_the_workbook_and_makes_an_api_token_shown_once() throws Exception {
        var survey = AnsweredSurvey.create(surveys, taking);
        String title = SystemTask.runAs(() -> surveys.summary(survey.id()).title(), Roles.OFFICER);
        String officer = TestAccounts.staff(accounts, Roles.OFFICER);

        onDesktop();
        logIn(officer, TestAccounts.PASSWORD);
        open("surveys/" + survey.id() + "/results");
        assertHeading("Results: " + title);
        assertAccessible();

        var csv = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Download responses (CSV)")).click());
        assertThat(csv.suggestedFilename()).isEqualTo("survey-" + survey.id() + "-responses.csv");
        byte[] bytes = Files.readAllBytes(csv.path());
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFResponse,Version,Group,Day sent,Best colour?,What do you like?,How good?,"
                + "Why?,Put these in order,Are you in care?\r\n");
        assertThat(text.split("\r\n")).hasSize(18);
        assertThat(text).contains("[suppressed]", "[text given]").doesNotContain(AnsweredSurvey.WORDS);

        var dictionary = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Download the data dictionary (CSV)")).click());
        assertThat(new String(Files.readAllBytes(dictionary.path()), StandardCharsets.UTF_8))
                .startsWith("\uFEFFColumn heading,Key,Question,Kind of question,Answers it can hold\r\n")
                .contains("\r\nBest colour?,colour,Best colour?,Single choice,\"Red, bright; Say \"\"blue\"\"; =1+1\"\r\n");

        var xlsx = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Download results tables (XLSX)")).click());
        var parts = new HashSet<String>();
        String results = "";
        try (var zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(xlsx.path())))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.add(entry.getName());
                String content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                    results = content;
                }
            }
        }
        assertThat(parts).contains("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
        assertThat(results).contains("Best colour?", "Red, bright", "fewer than 5");

        open("api-tokens");
        assertHeading("API tokens");
        assertAccessible();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Analysts' notebook");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
        assertHeading("Your new token");
        var field = page.getByLabel("Token", new Page.GetByLabelOptions().setExact(true));
        assertThat(field).hasValue(java.util.regex.Pattern.compile("yv_[A-Za-z0-9_-]{43}"));
        String secret = field.inputValue();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have copied it")).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.getByText("Analysts' notebook")).isVisible();
        assertThat(page.content()).doesNotContain(secret);

        var api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/surveys/" + survey.id() + "/results")).header("Authorization", "Bearer " + secret).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"suppressed\":true").doesNotContain(AnsweredSurvey.WORDS);

        open("api-tokens");
        assertThat(page.getByText("Analysts' notebook")).isVisible();
        assertThat(page.content()).as("shown once only").doesNotContain(secret);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke Analysts' notebook")).click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator
                .GetByRoleOptions().setName("Revoke").setExact(true)).click();
        assertThat(page.getByText("Token \"Analysts' notebook\" revoked.", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        assertAccessible();
        var refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/surveys")).header("Authorization", "Bearer " + secret).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
    }
}
