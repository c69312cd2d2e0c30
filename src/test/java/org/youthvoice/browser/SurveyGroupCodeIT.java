package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.base.SystemTask;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.testing.TestAccounts;

/** An officer on a laptop (1366x768) gives a group a code of their own, and is told in plain words when it cannot be. */
class SurveyGroupCodeIT extends BrowserTest {

    @Autowired
    SurveyService surveys;

    private long draftSurvey() {
        var question = new QuestionDefinition("club", QuestionKind.FREE_TEXT, "What is the club like?", null, null,
                true, 400, null, null, null, null, List.of(), List.of());
        var version = new VersionDefinition("all", "Everyone", AgeBand.AGE_11_17, false, null,
                List.of(new VersionItem("club", null)));
        return SystemTask.runAs(() -> surveys.create(new SurveyDefinition("Clubs " + TestAccounts.uniqueName("s"),
                null, null, List.of(version), List.of(question), Map.of())), Roles.OFFICER);
    }

    private Locator label(String name) {
        return page.getByLabel(name, new Page.GetByLabelOptions().setExact(true));
    }

    private void addGroup(String name, String code) {
        label("Group").fill(name);
        label("Its code").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add group").setExact(true)).click();
    }

    private void waitTillGone(Locator notice) {
        assertThat(notice).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(12_000));
    }

    @Test
    void an_officer_types_a_group_code_and_a_clash_or_a_bad_code_is_refused_in_plain_words() {
        long id = draftSurvey();
        onDesktop();
        page.setViewportSize(1366, 768);
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("surveys/" + id);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sending").setExact(true)).click();
        settle();
        assertThat(label("Its code")).isVisible();
        assertAccessible();

        addGroup("Oakwood School", "oak-wood 9");
        var added = page.getByText("Group Oakwood School added.");
        assertThat(added).isVisible();
        var grid = page.locator("vaadin-grid").getByText("OAKWOOD9", new Locator.GetByTextOptions().setExact(true));
        assertThat(grid).isVisible();
        assertThat(label("Its code")).hasValue("");
        waitTillGone(added);

        addGroup("Oakwood Youth Club", "OAKWOOD-9");
        var clash = page.getByText("Another group in this survey already has the code OAKWOOD9. Please choose a "
                + "different one.");
        assertThat(clash).isVisible();
        assertAccessible();
        assertThat(label("Group")).hasValue("Oakwood Youth Club");
        waitTillGone(clash);

        label("Its code").fill("ab");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add group").setExact(true)).click();
        var bad = page.getByText("A code is 4 to 16 letters or numbers (spaces and dashes are left out).");
        assertThat(bad).isVisible();
        waitTillGone(bad);

        addGroup("Oakwood Youth Club", "oak club");
        assertThat(page.getByText("Group Oakwood Youth Club added.")).isVisible();
        assertThat(page.locator("vaadin-grid").getByText("OAKCLUB", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();

        // Without a code the field cannot be typed in.
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Give it an access code")).uncheck();
        assertThat(label("Its code")).isDisabled();
        org.assertj.core.api.Assertions.assertThat(SystemTask.runAs(() -> surveys.groups(id), Roles.OFFICER))
                .extracting(g -> g.name() + "=" + g.code())
                .containsExactly("Oakwood School=OAKWOOD9", "Oakwood Youth Club=OAKCLUB");
    }
}
