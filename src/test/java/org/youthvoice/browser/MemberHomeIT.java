package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.base.SystemTask;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.NewChannel;
import org.youthvoice.people.AgeBand;
import org.youthvoice.people.IssuedSecret;
import org.youthvoice.people.NewMember;
import org.youthvoice.people.SecretKind;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.SurveyAccess;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveySettings;
import org.youthvoice.testing.TestAccounts;

/** A young member's own page, on the smallest phone. */
class MemberHomeIT extends BrowserTest {

    @Autowired
    FeedbackService feedback;
    @Autowired
    SurveyService surveys;

    private String survey(String title, SurveyAccess access) {
        return SystemTask.runAs(() -> {
            long id = surveys.create(SurveyTakingIT.survey(title));
            surveys.publish(id, new SurveySettings(access, null, null));
            return surveys.summary(id).slug();
        }, Roles.OFFICER);
    }

    private String channel(String title, AgeBand band) {
        return SystemTask.runAs(() -> feedback.createChannel(new NewChannel(title, "What do you think?", true, true,
                false, band)), Roles.OFFICER).slug();
    }

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void a_members_home_lists_surveys_open_to_them_and_only_the_tell_us_channels_for_their_age_band() {
        String username = TestAccounts.uniqueName("sam");
        IssuedSecret member = SystemTask.runAs(() -> accounts.createMember(new NewMember(username, "Sam",
                AgeBand.AGE_11_17, SecretKind.PASSPHRASE)), Roles.OFFICER);
        String linkSurvey = "Your life " + TestAccounts.uniqueName("s");
        String linkSlug = survey(linkSurvey, SurveyAccess.LINK);
        String membersSurvey = "Forum members: your year " + TestAccounts.uniqueName("s");
        String membersSlug = survey(membersSurvey, SurveyAccess.MEMBERS);
        String secondary = "Tell us about secondary school " + TestAccounts.uniqueName("c");
        String secondarySlug = channel(secondary, AgeBand.AGE_11_17);
        String primary = "Tell us about primary school " + TestAccounts.uniqueName("c");
        channel(primary, AgeBand.AGE_8_11);
        String anyone = "Tell us about the fun day " + TestAccounts.uniqueName("c");
        channel(anyone, null);

        onSmallPhone();
        logIn(member.username(), member.secret());
        assertThat(page).hasURL(Pattern.compile(".*/me$"));
        assertHeading("Hi " + username);
        assertThat(page.getByRole(AriaRole.LINK, named(linkSurvey))).hasAttribute("href", "/s/" + linkSlug);
        assertThat(page.getByRole(AriaRole.LINK, named(membersSurvey))).hasAttribute("href", "/s/" + membersSlug);
        assertThat(page.getByRole(AriaRole.LINK, named(secondary))).hasAttribute("href", "/tell-us/" + secondarySlug);
        assertThat(page.getByRole(AriaRole.LINK, named(anyone))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named(primary))).hasCount(0);
        assertThat(page.getByText("There is nothing to vote on right now.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named("Who sees what you tell us")))
                .hasAttribute("href", "/privacy?age=11-17");
        assertAccessible();

        page.getByRole(AriaRole.LINK, named("Who sees what you tell us")).tap();
        assertHeading("For ages 11 to 17");
        assertAccessible();
    }

    @Test
    void the_home_works_with_script_switched_off() {
        var member = TestAccounts.member(accounts);
        onPhone();
        logIn(member.username(), member.secret());
        var cookies = page.context().cookies();
        onPhoneWithoutScript();
        page.context().addCookies(cookies);
        open("me");
        assertHeading("Hi " + member.username());
        assertHeading("My surveys");
        assertHeading("Tell us");
        assertAccessible();
    }
}
