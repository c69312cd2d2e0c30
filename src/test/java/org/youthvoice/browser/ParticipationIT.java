package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.youthvoice.base.SystemTask;
import org.youthvoice.feedback.FeedbackFilter;
import org.youthvoice.feedback.FeedbackItemView;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.NewChannel;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.TestAccounts;

/**
 * Every voice gets an answer young people can see: feedback on a phone, triage, a quote made safe and approved, an
 * action linked to both, published, shown on the member's home and the public page, and printed as a poster.
 */
class ParticipationIT extends BrowserTest {

    @Autowired
    FeedbackService feedback;

    @Test
    void feedback_from_a_phone_becomes_an_action_with_an_approved_quote_that_young_people_see_and_can_print() throws IOException {
        String marker = TestAccounts.uniqueName("bus");
        var channel = SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Getting to the youth club " + marker,
                "How do you get to the youth club?", true, true, true)), Roles.OFFICER);
        var group = SystemTask.runAs(() -> feedback.addGroup(channel.id(), "Year 9 forum", null), Roles.OFFICER);
        String comment = "The last bus home from Bitterne goes at 6 so Jamie and I miss the end " + marker;

        // A young person on a phone, with the group's code from the link, asks for someone to get back to them.
        onPhone();
        open("tell-us/" + channel.slug() + "?code=" + group.code());
        assertHeading(channel.title());
        assertThat(page.getByLabel("Group code (only if you were given one)")).hasValue(group.code());
        page.getByText("Bad", new Page.GetByTextOptions().setExact(true)).tap();
        page.getByLabel("Tell us more (you can skip this)").fill(comment);
        page.getByLabel("I would like someone to get back to me").check();
        page.getByLabel("Your first name").fill("Sam");
        page.getByLabel("Phone number or e-mail").fill("07700 900123");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).tap();
        assertHeading("Thank you!");
        assertThat(page.getByText("If you asked us to get back to you, someone will try soon.",
                new Page.GetByTextOptions().setExact(false))).isVisible();
        assertAccessible();
        // And again without contact, and with a wrong code first: told plainly, nothing typed is lost.
        open("tell-us/" + channel.slug());
        page.getByText("Really bad", new Page.GetByTextOptions().setExact(true)).tap();
        page.getByLabel("Tell us more (you can skip this)").fill("The club shuts too early " + marker);
        page.getByLabel("Group code (only if you were given one)").fill("NOTACODE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).tap();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("That code is not right.");
        assertThat(page.getByLabel("Group code (only if you were given one)")).hasAccessibleDescription(
                java.util.regex.Pattern.compile(".*That code is not right\\..*"));
        assertThat(page.getByLabel("Group code (only if you were given one)")).hasValue("NOTACODE");
        assertThat(page.getByLabel("Tell us more (you can skip this)")).hasValue("The club shuts too early " + marker);
        page.getByLabel("Group code (only if you were given one)").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).tap();
        assertHeading("Thank you!");
        assertAccessible();

        long itemId = SystemTask.runAs(() -> feedback.items(new FeedbackFilter(channel.id(), null, null),
                Pageable.ofSize(10)), Roles.OFFICER).stream().filter(FeedbackItemView::hasContact)
                .findFirst().orElseThrow().id();

        // The officer triages it to "action planned" and makes a quote with the names taken out.
        String officer = TestAccounts.staff(accounts, Roles.OFFICER);
        onDesktop();
        logIn(officer, TestAccounts.PASSWORD);
        open("feedback");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Channel")).fill(channel.title());
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(channel.title())).click();
        settle();
        assertThat(page.getByText("Year 9 forum").filter(new Locator.FilterOptions().setVisible(true)).first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Triage feedback number " + itemId)
                .setExact(true)).click();
        var triage = page.getByRole(AriaRole.DIALOG);
        triage.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Status")).fill("Action planned");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Action planned")).click();
        triage.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Quote")).click();
        var quoteDialog = page.getByRole(AriaRole.DIALOG).last();
        quoteDialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Take out names, e-mails, phone numbers and postcodes")).click();
        String quote = "The last bus home from [name] goes at 6 so [name] and I miss the end " + marker;
        assertThat(quoteDialog.getByLabel("Words of the quote")).hasValue(quote);
        assertAccessible();
        screeningBuilt();
        quoteDialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save and approve")).click();
        // The quote dialog closes on approval (its "Quote approved." notice may come and go on a slow machine; the
        // young people's page below shows the approved words).
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(1, new com.microsoft.playwright.assertions
                .LocatorAssertions.HasCountOptions().setTimeout(15_000));
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")
                .setExact(true)).click();
        // The status box's own list keeps a hidden "Action planned" option: the row's status is the visible one.
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        // The officer keeps the channel chosen after triage (its counts changed).
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Channel")))
                .hasValue(channel.title());
        assertThat(page.getByText("Action planned").filter(new Locator.FilterOptions().setVisible(true)).first())
                .isVisible();
        assertAccessible();

        // An action answering it, with the feedback as evidence and the approved quote.
        String youSaid = "The last bus from the youth club is too early " + marker;
        open("actions");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New action")).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("You said").fill(youSaid);
        dialog.getByLabel("We will / we did").fill("We asked the bus company for a bus at 9pm on club nights");
        dialog.getByLabel("Who owns it").fill("Transport team");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText(youSaid)).isVisible();
        long id = Long.parseLong(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("Publish action \\d+"))).first().getAttribute("aria-label")
                .replaceAll("\\D", ""));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Evidence and quotes, action " + id)
                .setExact(true)).click();
        var evidence = page.getByRole(AriaRole.DIALOG);
        evidence.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Kind")).fill("Feedback");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Feedback").setExact(true)).click();
        evidence.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Find")).fill(marker);
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("Bitterne")).first().click();
        evidence.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Link").setExact(true)).click();
        assertThat(evidence.getByText("Feedback: #" + itemId, new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        evidence.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Quote")).fill(marker);
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("[name] and I miss")).first()
                .click();
        evidence.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add the quote")).click();
        assertThat(evidence.getByText("Approved", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertAccessible();
        evidence.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish action " + id).setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take down action " + id)
                .setExact(true))).isVisible();

        // The poster downloads, with the words young people see.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Poster (PDF), action " + id)
                .setExact(true)).click();
        assertAccessible();
        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Download the poster (PDF)")).click());
        String poster = pdfText(Files.readAllBytes(download.path()));
        org.assertj.core.api.Assertions.assertThat(poster).contains(squeeze("You said"), squeeze(youSaid),
                squeeze("We will"), squeeze(quote)).doesNotContain("Bitterne", "Jamie");

        // A young member sees it on their home, and anyone on the public page, in plain words.
        var member = TestAccounts.member(accounts);
        onPhone();
        logIn(member.username(), member.secret());
        assertThat(page.getByText(youSaid, new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        assertThat(page.getByText("Someone said: \u201c" + quote + "\u201d")).isVisible();
        assertAccessible();
        open("you-said-we-did");
        var card = page.locator("section").filter(new Locator.FilterOptions().setHasText(youSaid));
        assertThat(card.getByText("We will", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(card.getByText("\u201c" + quote + "\u201d")).isVisible();
        assertThat(card.getByText("Bitterne", new Locator.GetByTextOptions().setExact(false))).hasCount(0);
        assertAccessible();
        var publicPoster = page.waitForDownload(() -> card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Print this (PDF) " + youSaid)).click());
        org.assertj.core.api.Assertions.assertThat(pdfText(Files.readAllBytes(publicPoster.path())))
                .contains(squeeze(youSaid), "you-said-we-did?action=" + id);
        open("you-said-we-did?action=" + id);
        assertThat(page.getByText(youSaid)).isVisible();
        assertAccessible();
    }

    @Test
    void an_officer_records_a_meeting_with_members_ticked_and_reads_the_counts_with_small_numbers_hidden() {
        var member = TestAccounts.member(accounts);
        String group = "Children in care council " + TestAccounts.uniqueName("cic");
        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu")).getByText("Participation")
                .click();
        settle();
        assertHeading("Participation log");
        assertThat(page.getByText("A financial year runs from 1 April to 31 March", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record an event")).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Type of event"))
                .fill("Children in care council meeting");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Children in care council meeting"))
                .click();
        dialog.getByLabel("Forum or group").fill(group);
        dialog.getByLabel("Children in care", new Locator.GetByLabelOptions().setExact(true)).fill("3");
        dialog.getByLabel("Care leavers", new Locator.GetByLabelOptions().setExact(true)).fill("1");
        dialog.getByLabel("Aged 11-17").fill("9");
        dialog.getByLabel("What we asked").fill("What should the council do about school moves?");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("The ages add up to 9, but 4 young people came.", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        dialog.getByLabel("Aged 11-17").fill("4");
        dialog.getByLabel("Find a member").fill(member.username());
        // The list is searched a moment after typing stops: wait for it, so the tick lands on the new row.
        page.waitForTimeout(800);
        settle();
        dialog.getByLabel("Alex (" + member.username() + ")").check();
        settle();
        assertThat(dialog.getByText("Members ticked: 1")).isVisible();
        assertAccessible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        // The year's counts by group (the last table, every row shown) have the new group. The list of events
        // shows only its first rows, and other tests record events in years to come, which come first.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("By forum or group, for the year"))).isVisible();
        assertThat(page.locator("vaadin-grid").last().getByText(group)).isVisible();
        assertThat(page.getByText("Whole year", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        page.getByText("Calendar year (January to December)").click();
        settle();
        assertThat(page.getByText("January to March", new Page.GetByTextOptions().setExact(false)).first())
                .isVisible();
        assertAccessible();
    }

    /** The poster's text with all spaces and line breaks taken out: long words wrap at a hyphen on the page. */
    private static String pdfText(byte[] pdf) throws IOException {
        org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        return squeeze(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
