package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.youthvoice.base.SystemTask;
import org.youthvoice.people.IssuedSecret;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.TestAccounts;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotService;
import org.youthvoice.voting.NewBallot;
import org.youthvoice.voting.NewBallotOption;
import org.youthvoice.voting.VoteService;
import org.youthvoice.voting.internal.ForumService;

/**
 * The projector at 1920 x 1080 as a room sees it, and the officer's result at 1366 x 768: one turnout on both, nothing
 * scrolls on the projector, nothing overflows its container on either.
 */
class ProjectorIT extends BrowserTest {

    @Autowired
    ForumService forums;
    @Autowired
    BallotService ballots;
    @Autowired
    VoteService votes;

    /**
     * Every element inside {@code selector} lies within its parent (an inline element only sideways), and no box that
     * does not scroll holds more than it shows. Returns what overflows, described, so a failure says where.
     */
    private List<String> overflowing(Page on, String selector) {
        @SuppressWarnings("unchecked")
        var found = (List<String>) on.evaluate("""
                selector => {
                  const bad = [];
                  const name = e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string'
                      ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' "' + (e.textContent || '').trim()
                      .slice(0, 40) + '"';
                  for (const root of document.querySelectorAll(selector)) {
                    for (const el of [root, ...root.querySelectorAll('*')]) {
                      if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
                      const style = getComputedStyle(el);
                      if (style.display === 'none' || style.position === 'fixed' || style.position === 'absolute') continue;
                      const r = el.getBoundingClientRect();
                      if (r.width === 0 && r.height === 0) continue;
                      const parent = el.parentElement;
                      if (parent) {
                        const p = parent.getBoundingClientRect();
                        const inline = style.display === 'inline';
                        if (r.left < p.left - 2 || r.right > p.right + 2
                            || (!inline && (r.top < p.top - 2 || r.bottom > p.bottom + 2))) {
                          bad.push(name(el) + ' leaves ' + name(parent));
                        }
                      }
                      const clips = ['auto', 'scroll', 'hidden', 'clip'];
                      if (!inline(style) && !clips.includes(style.overflowX) && el.scrollWidth > el.clientWidth + 2
                          && el.clientWidth > 0) {
                        bad.push(name(el) + ' is wider inside (' + el.scrollWidth + ' > ' + el.clientWidth + ')');
                      }
                      if (!inline(style) && !clips.includes(style.overflowY) && el.scrollHeight > el.clientHeight + 2
                          && el.clientHeight > 0) {
                        bad.push(name(el) + ' is taller inside (' + el.scrollHeight + ' > ' + el.clientHeight + ')');
                      }
                    }
                  }
                  return bad;
                  function inline(s) { return s.display === 'inline'; }
                }""", selector);
        return found;
    }

    private void assertNoScrolling(Page on) {
        int scrollHeight = ((Number) on.evaluate("document.documentElement.scrollHeight")).intValue();
        int innerHeight = ((Number) on.evaluate("window.innerHeight")).intValue();
        int scrollWidth = ((Number) on.evaluate("document.documentElement.scrollWidth")).intValue();
        int innerWidth = ((Number) on.evaluate("window.innerWidth")).intValue();
        assertThat(scrollHeight).as("page height at %dx%d", innerWidth, innerHeight).isLessThanOrEqualTo(innerHeight);
        assertThat(scrollWidth).as("page width at %dx%d", innerWidth, innerHeight).isLessThanOrEqualTo(innerWidth);
    }

    private static void as(IssuedSecret member, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member.username(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.MEMBER))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void the_projector_shows_a_qr_code_and_live_turnout_then_large_bars_on_close_without_scrolling_at_1080p() {
        var members = new java.util.ArrayList<IssuedSecret>();
        for (int i = 0; i < 7; i++) {
            members.add(TestAccounts.member(accounts));
        }
        String question = "What should the forum spend its budget on this year? " + TestAccounts.uniqueName("q");
        long id = SystemTask.runAs(() -> {
            long forum = forums.create(TestAccounts.uniqueName("Youth forum"), null);
            members.forEach(m -> forums.addMember(forum, m.accountId()));
            long ballot = ballots.create(new NewBallot(forum, BallotKind.SINGLE_CHOICE, question,
                    List.of(new NewBallotOption("A skate park by the river", "sun"),
                            new NewBallotOption("Longer youth club opening hours", null),
                            new NewBallotOption("Free bus passes for everyone under 18", null),
                            new NewBallotOption("Better Wi-Fi in children's homes", null)),
                    true, 1, 3, null, false, null, null, Set.of()));
            ballots.open(ballot);
            return ballot;
        }, Roles.OFFICER);
        for (int i = 0; i < 3; i++) {
            as(members.get(i), () -> votes.vote(id, List.of(0)));
        }
        String code = SystemTask.runAs(() -> ballots.get(id).orElseThrow().meetingCode(), Roles.OFFICER);

        // The room's screen: 1920 x 1080, no login.
        onDesktop();
        page.setViewportSize(1920, 1080);
        open("meeting/" + code);
        assertHeading(question);
        assertThat(page.getByText("3 of 7 have voted")).isVisible();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR code to vote: localhost:" + port
                + "/vote/" + id))).isVisible();
        assertThat(page.locator(".meeting-link")).hasText("localhost:" + port + "/vote/" + id);
        assertThat(page.getByText("The result shows here when voting closes.")).isVisible();
        // Read from the back of a room: the turnout in big type.
        double turnoutSize = Double.parseDouble(((String) page.locator(".meeting-turnout")
                .evaluate("e => getComputedStyle(e).fontSize")).replace("px", ""));
        assertThat(turnoutSize).isGreaterThanOrEqualTo(60);
        assertNoScrolling(page);
        assertThat(overflowing(page, ".young-layout")).isEmpty();
        assertAccessible();

        as(members.get(3), () -> votes.vote(id, List.of(1)));
        as(members.get(4), () -> votes.vote(id, List.of(0)));
        assertThat(page.getByText("5 of 7 have voted")).isVisible();

        // The officer's page, at an officer's 1366 x 768, says the same.
        var officer = anotherDesktop();
        officer.setViewportSize(1366, 768);
        var mine = page;
        page = officer;
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("ballots/" + id);
        assertThat(page.getByText("Open. 5 of 7 have voted")).isVisible();
        page.getByRole(AriaRole.BUTTON, named("Close the vote")).click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Close the vote")).click();
        assertThat(page.getByText("5 of 7 people voted.")).isVisible();
        assertThat(page.getByText("Enough people voted for this to count: 5 voted and at least 3 needed to."))
                .isVisible();
        assertThat(overflowing(page, ".vote-results")).isEmpty();
        assertAccessible();
        page = mine;

        // Revealed on close: large bars, the winner said in words, the same turnout; no QR code any more.
        assertThat(page.getByText("Voting has closed.")).isVisible();
        assertThat(page.getByText("A skate park by the river (won)")).isVisible();
        assertThat(page.getByText("4 votes (80%)")).isVisible();
        assertThat(page.getByText("1 vote (20%)")).isVisible();
        assertThat(page.getByText("5 of 7 have voted")).isVisible();
        assertThat(page.locator(".meeting-qr")).hasCount(0);
        assertThat(page.locator(".meeting-bar")).hasCount(4);
        double barLabel = Double.parseDouble(((String) page.locator(".meeting-bar").first()
                .evaluate("e => getComputedStyle(e).fontSize")).replace("px", ""));
        assertThat(barLabel).isGreaterThanOrEqualTo(40);
        assertNoScrolling(page);
        assertThat(overflowing(page, ".young-layout")).isEmpty();
        assertAccessible();
    }

    @Test
    void a_long_question_with_many_long_options_fits_the_room_screen_open_and_closed_for_each_kind_of_vote() {
        // Cases nobody wrote the screen for: a 200-character question, twelve options that wrap, a motion, and
        // ranked results with several rounds. At 1920 x 1080 nothing scrolls or spills, and words stay readable.
        String longQuestion = ("Which of these should the children in care council ask the corporate parenting "
                + "board to fund first next year, given what young people told us in the Bright Spots survey? ")
                .repeat(2).substring(0, 200) + " " + TestAccounts.uniqueName("q");
        var labels = new java.util.ArrayList<NewBallotOption>();
        for (int i = 1; i <= 12; i++) {
            labels.add(new NewBallotOption("Option " + i + ": more help with " + "money, housing and getting a job "
                    .repeat(1 + i % 3), null));
        }
        var members = new java.util.ArrayList<IssuedSecret>();
        for (int i = 0; i < 6; i++) {
            members.add(TestAccounts.member(accounts));
        }
        var cases = List.of(BallotKind.SINGLE_CHOICE, BallotKind.INSTANT_RUNOFF, BallotKind.MOTION);
        for (var kind : cases) {
            long id = SystemTask.runAs(() -> {
                long forum = forums.create(TestAccounts.uniqueName("Council"), null);
                members.forEach(m -> forums.addMember(forum, m.accountId()));
                long ballot = ballots.create(new NewBallot(forum, kind, longQuestion + " " + kind,
                        kind == BallotKind.MOTION ? List.of() : labels, false, 1, 0, null, true, null, null,
                        Set.of()));
                ballots.open(ballot);
                return ballot;
            }, Roles.OFFICER);
            String code = SystemTask.runAs(() -> ballots.get(id).orElseThrow().meetingCode(), Roles.OFFICER);
            onDesktop();
            page.setViewportSize(1920, 1080);
            open("meeting/" + code);
            assertHeading(longQuestion + " " + kind);
            settleFit();
            assertNoScrolling(page);
            assertThat(overflowing(page, ".young-layout")).as(kind + " open").isEmpty();
            for (int i = 0; i < members.size(); i++) {
                var ranking = kind == BallotKind.INSTANT_RUNOFF ? List.of(i % 4, (i + 1) % 4, 11)
                        : List.of(kind == BallotKind.MOTION ? i % 2 : i % 5);
                as(members.get(i), () -> votes.vote(id, ranking));
            }
            SystemTask.runAs(() -> ballots.close(id), Roles.OFFICER);
            assertThat(page.getByText("Voting has closed.")).isVisible();
            settleFit();
assertNoScrolling(page);
            assertThat(overflowing(page, ".young-layout")).as(kind + " closed").isEmpty();
            double question = fontSize(".meeting-question");
            assertThat(question).as(kind + " question").isGreaterThanOrEqualTo(28);
            if (page.locator(".meeting-bar").count() > 0) {
                assertThat(fontSize(".meeting-bar")).as(kind + " bars").isGreaterThanOrEqualTo(16);
            }
            assertAccessible();
        }
    }

    /** The screen fits itself after each change, a frame later: wait for that (or give up after 5 s). */
    private void settleFit() {
        try {
            page.waitForFunction("() => document.documentElement.scrollHeight <= innerHeight", null,
                    new Page.WaitForFunctionOptions().setTimeout(5000));
        } catch (com.microsoft.playwright.TimeoutError tooLong) {
            // assertNoScrolling says by how much
        }
    }

    private double fontSize(String selector) {
        return Double.parseDouble(((String) page.locator(selector).first()
                .evaluate("e => getComputedStyle(e).fontSize")).replace("px", ""));
    }

    @Test
    void the_officer_refused_too_many_papers_and_reads_an_stv_count_whose_stages_add_up_at_1366x768() throws Exception {
        String question = "Two places on the youth council " + TestAccounts.uniqueName("q");
        long id = SystemTask.runAs(() -> {
            long forum = forums.create(TestAccounts.uniqueName("Youth council"), null);
            return ballots.create(new NewBallot(forum, BallotKind.STV, question,
                    List.of("Andy Montroll", "Bob Kiss", "Dan Smith", "Kurt Wright", "James Simpson", "Write-in")
                            .stream().map(n -> new NewBallotOption(n, null)).toList(),
                    true, 2, 0, null, false, null, null, Set.of()));
        }, Roles.OFFICER);
        onDesktop();
        page.setViewportSize(1366, 768);
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("ballots/" + id);
        assertHeading(question);

        // Nobody in this forum and nobody said to vote on paper: a paper ballot is refused, saying what to do.
        page.getByLabel("Ranking on the paper ballot").fill("2 4");
        page.getByRole(AriaRole.BUTTON, named("Add this paper ballot")).click();
        // It asks first, saying what the paper counts as, since a paper cannot be taken out again.
        var confirm = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirm.getByText("It counts as: 1. Bob Kiss, 2. Kurt Wright", new Locator.GetByTextOptions()
                .setExact(false))).isVisible();
        assertAccessible();
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add this paper ballot")).click();
        assertThat(page.getByText("This paper ballot cannot be added: there is no room for more", 
                new Page.GetByTextOptions().setExact(false))).isVisible();
        assertAccessible();

        page.getByLabel("People voting on paper who are not members").fill("8980");
        page.getByRole(AriaRole.BUTTON, named("Save the number")).click();
        assertThat(page.getByText("Paper ballots in: 0. Room for 8,980 more", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        String file;
        try (var in = getClass().getResourceAsStream("/ballots/burlington-2009.toi")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The officer imports the file on the vote's page: it is read first, then it asks, naming how many.
        var upload = page.locator("vaadin-upload");
        var chooser = page.waitForFileChooser(() -> upload.locator("vaadin-button").first().click());
        chooser.setFiles(new com.microsoft.playwright.options.FilePayload("burlington-2009.toi", "text/plain",
                file.getBytes(StandardCharsets.UTF_8)));
        var importing = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(importing.getByText("Add 8,980 paper ballots from burlington-2009.toi?")).isVisible();
        assertAccessible();
        importing.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add 8,980 paper ballots"))
                .click();
        assertThat(page.getByText("Not open yet. 8,980 of 8,980 have voted")).isVisible();
        page.getByRole(AriaRole.BUTTON, named("Open the vote")).click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Open the vote")).click();
        page.getByRole(AriaRole.BUTTON, named("Close the vote")).click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Close the vote")).click();
        assertThat(page.getByText("8,980 of 8,980 people voted.")).isVisible();

        // Stage by stage, once; per-stage moves and running totals on rows of their own; every total row comes back
        // to the 8,976 valid votes, with what rounding lost in stage 5 (Wright's surplus) shown.
        assertThat(page.getByText("Stage by stage", new Page.GetByTextOptions().setExact(true))).hasCount(1);
        var table = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Stage by stage"));
        assertThat(table.locator("tr.stage-totals")).hasCount(5);
        assertThat(table.locator("tr.stage-moved")).hasCount(4);
        for (Locator total : table.locator("tr.stage-totals td:nth-last-child(2)").all()) {
            assertThat(total).hasText("8,976");
        }
        assertThat(table.locator("tr.stage-moved").last().locator("td").nth(8)).hasText("+0.02722");
        assertThat(overflowing(page, ".vote-results")).isEmpty();
        assertAccessible();
    }
}
