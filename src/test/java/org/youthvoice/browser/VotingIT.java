package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.base.SystemTask;
import org.youthvoice.people.IssuedSecret;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.TestAccounts;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotService;
import org.youthvoice.voting.CityBallotService;
import org.youthvoice.voting.NewCityBallot;
import org.youthvoice.voting.NewGroup;
import org.youthvoice.voting.ForumService;
import org.youthvoice.voting.NewBallot;

class VotingIT extends BrowserTest {

    @Autowired
    ForumService forums;
    @Autowired
    BallotService ballots;
    @Autowired
    CityBallotService city;

    private long forumWith(String name, IssuedSecret... members) {
        return SystemTask.runAs(() -> {
            long id = forums.create(name, null);
            for (IssuedSecret m : members) {
                forums.addMember(id, m.accountId());
            }
            return id;
        }, Roles.OFFICER);
    }

    private void scan(Page other) {
        var mine = page;
        page = other;
        try {
            assertAccessible();
        } finally {
            page = mine;
        }
    }

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void an_officer_runs_a_secret_ranked_vote_with_a_projector_and_two_members_voting_on_phones() {
        var first = TestAccounts.member(accounts);
        var second = TestAccounts.member(accounts);
        var third = TestAccounts.member(accounts);
        String forum = TestAccounts.uniqueName("Children in care council");
        forumWith(forum, first, second, third);
        String question = "Where should the summer trip go? " + TestAccounts.uniqueName("q");

        // The officer sets up the vote on a desktop and opens it.
        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("ballots");
        assertHeading("Votes");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("New vote")).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Forum")).fill(forum);
        page.getByRole(AriaRole.OPTION, named(forum)).click();
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Kind of vote"))
                .fill("Ranked, one winner");
        page.getByRole(AriaRole.OPTION, named("Ranked, one winner (instant runoff)")).click();
        dialog.getByLabel("Question").fill(question);
        dialog.getByLabel("Options, one a line").fill("Zoo\nBeach\nCinema");
        dialog.getByLabel("Options, one a line").blur();
        // A picture for one option helps younger members; the others have none.
        dialog.getByLabel("Picture for \"Beach\"", new Locator.GetByLabelOptions().setExact(true)).click();
        pickOption("sun");
        assertAccessible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        page.getByRole(AriaRole.BUTTON, named(question)).click();
        settle();
        assertHeading(question);
        assertThat(page.getByText("Not open yet. 0 of 3 have voted")).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Open the vote")).click();
        assertThat(page.getByText("Open. 0 of 3 have voted")).isVisible();
        String projectorLink = page.getByRole(AriaRole.LINK, named("Projector screen (opens in a new tab)"))
                .getAttribute("href");
        String ballotPage = page.url();

        // The projector in the meeting room: no login.
        var projector = anotherDesktop();
        projector.navigate(projectorLink);
        assertThat(projector.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(question)))
                .isVisible();
        assertThat(projector.getByText("0 of 3 have voted")).isVisible();
        assertThat(projector.getByText("Beach")).isVisible();
        assertThat(projector.locator("li").filter(new Locator.FilterOptions().setHasText("Beach")).locator("svg"))
                .hasCount(1);
        assertThat(projector.locator("li").filter(new Locator.FilterOptions().setHasText("Zoo")).locator("svg"))
                .hasCount(0);
        scan(projector);

        // The first member votes on a phone: taps in order, then moves one up.
        onPhone();
        logIn(first.username(), first.secret());
        page.getByRole(AriaRole.LINK, named("Vote now: " + question)).tap();
        settle();
        assertHeading(question);
        assertAccessible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Add Beach as number 1")).locator("svg")).hasCount(1);
        page.getByRole(AriaRole.BUTTON, named("Add Zoo as number 1")).tap();
        page.getByRole(AriaRole.BUTTON, named("Add Beach as number 2")).tap();
        page.getByRole(AriaRole.BUTTON, named("Move Beach up")).tap();
        assertThat(page.getByText("1. Beach")).isVisible();
        assertThat(page.getByText("2. Zoo")).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Send my vote")).tap();
        assertThat(page.getByText("Thank you. Your vote is in.")).isVisible();
        assertAccessible();
        assertThat(projector.getByText("1 of 3 have voted")).isVisible();

        // The second member, placed out of area, votes the same way.
        onPhone();
        logIn(second.username(), second.secret());
        page.getByRole(AriaRole.LINK, named("Vote now: " + question)).tap();
        settle();
        page.getByRole(AriaRole.BUTTON, named("Add Beach as number 1")).tap();
        page.getByRole(AriaRole.BUTTON, named("Send my vote")).tap();
        assertThat(page.getByText("Thank you. Your vote is in.")).isVisible();
        assertThat(projector.getByText("2 of 3 have voted")).isVisible();
        assertThat(projector.getByText("The result shows here when voting closes.")).isVisible();

        // The third, in the meeting room, puts Cinema first.
        onPhone();
        logIn(third.username(), third.secret());
        page.getByRole(AriaRole.LINK, named("Vote now: " + question)).tap();
        settle();
        page.getByRole(AriaRole.BUTTON, named("Add Cinema as number 1")).tap();
        page.getByRole(AriaRole.BUTTON, named("Add Beach as number 2")).tap();
        page.getByRole(AriaRole.BUTTON, named("Send my vote")).tap();
        assertThat(page.getByText("Thank you. Your vote is in.")).isVisible();
        assertThat(projector.getByText("3 of 3 have voted")).isVisible();
        open("me");
        assertThat(page.getByRole(AriaRole.LINK, named("You voted: " + question))).isVisible();
        assertAccessible();

        // The officer closes it; the result shows on the officer's page and on the projector.
        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        page.navigate(ballotPage);
        settle();
        page.getByRole(AriaRole.BUTTON, named("Close the vote")).click();
        assertThat(page.getByText("Beach won with 2 of the 3 votes still counting, in round 1.")).isVisible();
        assertThat(page.getByText("Round by round").first()).isVisible();
        assertAccessible();
        assertThat(projector.getByText("Voting has closed.")).isVisible();
        assertThat(projector.getByText("Beach won with 2 of the 3 votes still counting, in round 1.")).isVisible();
        scan(projector);

        page.getByLabel("Summary in plain words for everyone").fill("The trip goes to the beach.");
        page.getByRole(AriaRole.BUTTON, named("Publish the result")).click();
        assertThat(page.getByText("Version 1 published on")).isVisible();
        assertAccessible();

        onPhone();
        logIn(first.username(), first.secret());
        page.getByRole(AriaRole.LINK, named("Result: " + question)).tap();
        settle();
        assertThat(page.getByText("The trip goes to the beach.")).isVisible();
        assertAccessible();
    }

    @Test
    void members_cannot_see_other_forums_votes_and_visitors_reach_only_the_projector() {
        var member = TestAccounts.member(accounts);
        forumWith(TestAccounts.uniqueName("SEND youth forum"), member);
        long otherForum = forumWith(TestAccounts.uniqueName("Youth forum"));
        long theirs = SystemTask.runAs(() -> {
            long id = ballots.create(new NewBallot(otherForum, BallotKind.MOTION, "Should we meet on Saturdays?",
                    List.of(), true, 1, 0, null, false, null, null, Set.of()));
            ballots.open(id);
            return id;
        }, Roles.OFFICER);
        String code = SystemTask.runAs(() -> ballots.get(theirs).orElseThrow().meetingCode(), Roles.OFFICER);

        onPhone();
        for (String path : List.of("ballots", "forums", "ballots/" + theirs, "vote/" + theirs)) {
            open(path);
            assertThat(page.getByLabel("Password or secret code")).isVisible();
        }
        open("meeting/" + code);
        assertHeading("Should we meet on Saturdays?");
        assertThat(page.getByText("0 of 0 have voted")).isVisible();
        assertAccessible();
        open("meeting/aaaaaaaaaaaaaaaaaaaa");
        assertHeading("No meeting here");
        assertAccessible();

        logIn(member.username(), member.secret());
        assertThat(page.getByText("Should we meet on Saturdays?")).not().isVisible();
        open("vote/" + theirs);
        assertHeading("Vote not found");
        assertAccessible();
    }

    @Test
    void young_people_vote_city_wide_with_their_groups_code_on_a_phone_and_the_officer_sees_results_by_group() {
        String question = "What should the youth council work on? " + TestAccounts.uniqueName("c");
        long id = SystemTask.runAs(() -> {
            long created = city.create(new NewCityBallot(question, true, List.of("Mental health", "Transport",
                    "Jobs", "Climate"), List.of(new NewGroup("Oak School", 200), new NewGroup("Youth club", 3)), null,
                    null, Set.of()));
            ballots.open(created);
            return created;
        }, Roles.OFFICER);
        String code = SystemTask.runAs(() -> city.groups(id), Roles.OFFICER).stream()
                .filter(g -> g.name().equals("Oak School")).findFirst().orElseThrow().code();

        onPhone();
        open("city-vote");
        assertHeading("Have your say");
        assertAccessible();
        page.getByLabel("Your group's code").fill("wrongcode1");
        page.getByRole(AriaRole.BUTTON, named("Go")).tap();
        settle();
        assertThat(page.getByText("We do not know that code.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        page.getByLabel("Your group's code").fill(code.toUpperCase());
        page.getByRole(AriaRole.BUTTON, named("Go")).tap();
        settle();
        assertHeading(question);
        assertThat(page.getByText("Voting with: Oak School")).isVisible();
        page.getByRole(AriaRole.BUTTON, named("Add Climate as number 1")).tap();
        page.getByRole(AriaRole.BUTTON, named("Add Jobs as number 2")).tap();
        page.getByRole(AriaRole.BUTTON, named("Add Transport as number 3")).tap();
        // Top 3 only: nothing more to add.
        assertThat(page.getByRole(AriaRole.BUTTON, named("Add Mental health as number 4"))).hasCount(0);
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Send my vote")).tap();
        assertThat(page.getByText("Thank you. Your vote is in.")).isVisible();
        assertAccessible();

        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("ballots/" + id);
        assertHeading(question);
        assertThat(page.getByText(code, new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText("fewer than 5").first()).isVisible();
        assertAccessible();
    }

    @Test
    void a_motion_that_fails_its_quorum_says_so_in_plain_words() {
        var member = TestAccounts.member(accounts);
        long forum = forumWith(TestAccounts.uniqueName("Youth forum"), member, TestAccounts.member(accounts),
                TestAccounts.member(accounts));
        String question = "Should the forum meet online in the holidays? " + TestAccounts.uniqueName("m");
        long id = SystemTask.runAs(() -> {
            long created = ballots.create(new NewBallot(forum, BallotKind.MOTION, question, List.of(), true, 1, 2,
                    org.youthvoice.voting.PassThreshold.TWO_THIRDS, false, null, null, Set.of()));
            ballots.open(created);
            return created;
        }, Roles.OFFICER);
        onPhone();
        logIn(member.username(), member.secret());
        page.getByRole(AriaRole.LINK, named("Vote now: " + question)).tap();
        settle();
        page.getByText("Yes", new Page.GetByTextOptions().setExact(true)).tap();
        page.getByRole(AriaRole.BUTTON, named("Send my vote")).tap();
        assertThat(page.getByText("Thank you. Your vote is in.")).isVisible();
        SystemTask.runAs(() -> ballots.close(id), Roles.OFFICER);

        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("ballots/" + id);
        assertThat(page.getByText("Not enough people voted for this to count: 1 voted and at least 2 needed to."))
                .isVisible();
        assertAccessible();
    }
}
