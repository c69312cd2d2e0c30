package org.youthvoice.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.youthvoice.actions.internal.ActionPosters;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.feedback.ChannelView;
import org.youthvoice.feedback.FeedbackFilter;
import org.youthvoice.feedback.FeedbackForm;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.NewChannel;
import org.youthvoice.insight.QuoteService;
import org.youthvoice.participation.internal.EventType;
import org.youthvoice.participation.internal.ParticipationEventForm;
import org.youthvoice.participation.internal.ParticipationService;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;

@IntegrationTest
class ActionEvidenceIntegrationTest {

    @Autowired
    ActionService actions;

    @Autowired
    ActionPosters posters;

    @Autowired
    QuoteService quotes;

    @Autowired
    FeedbackService feedback;

    @Autowired
    ParticipationService participation;

    private long action(String youSaid, ActionStatus status) {
        return SystemTask.runAs(() -> actions.create(new NewAction(youSaid, "We put on a later bus from the youth club",
                status, "Transport team", null, Set.of("CP-2022.OPP"))), Roles.OFFICER);
    }

    private long feedbackItem(String comment) {
        ChannelView channel = SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Getting around",
                "How do you get to the youth club?", true, true, false)), Roles.OFFICER);
        feedback.submit(channel.slug(), new FeedbackForm(2, comment, false, null, null));
        return SystemTask.runAs(() -> feedback.items(new FeedbackFilter(channel.id(), null, null), Pageable.ofSize(1))
                .getFirst().id(), Roles.OFFICER);
    }

    @Test
    void an_action_cannot_be_published_while_a_linked_quote_waits_for_approval() {
        long id = action("The last bus is too early " + System.nanoTime(), ActionStatus.PLANNED);
        long item = feedbackItem("Jamie and me miss the bus from Shirley every week");
        var quote = SystemTask.runAs(() -> quotes.save("FEEDBACK", item, "[name] and me miss the bus every week"),
                Roles.OFFICER);
        SystemTask.runAs(() -> actions.linkQuote(id, quote.id()), Roles.OFFICER);

        assertThatThrownBy(() -> SystemTask.runAs(() -> actions.setPublished(id, true), Roles.OFFICER))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("actions.error.quoteNotApproved");
                    assertThat(e.arguments()).containsExactly(1L);
                });
        assertThat(actions.publishedAction(id, null)).isEmpty();

        SystemTask.runAs(() -> quotes.approve(quote.id()), Roles.OFFICER);
        SystemTask.runAs(() -> actions.setPublished(id, true), Roles.OFFICER);
        var shown = actions.publishedAction(id, null).orElseThrow();
        assertThat(shown.quotes()).containsExactly("[name] and me miss the bus every week");
        assertThat(shown.toString()).doesNotContain("Jamie", "Shirley");
    }

    @Test
    void a_quote_changed_after_publishing_is_not_shown_until_approved_again() {
        long id = action("The bus is late " + System.nanoTime(), ActionStatus.DONE);
        long item = feedbackItem("The bus is always late");
        var quote = SystemTask.runAs(() -> quotes.save("FEEDBACK", item, "The bus is always late"), Roles.OFFICER);
        SystemTask.runAs(() -> quotes.approve(quote.id()), Roles.OFFICER);
        SystemTask.runAs(() -> actions.linkQuote(id, quote.id()), Roles.OFFICER);
        SystemTask.runAs(() -> actions.setPublished(id, true), Roles.OFFICER);
        SystemTask.runAs(() -> quotes.save("FEEDBACK", item, "The bus is late"), Roles.OFFICER);

        assertThat(actions.published(null, null, 1000)).filteredOn(a -> a.id() == id).singleElement()
                .satisfies(a -> assertThat(a.quotes()).isEmpty());
    }

    @Test
    void feedback_participation_events_and_survey_questions_are_linked_as_evidence() {
        long id = action("Meetings clash with football " + System.nanoTime(), ActionStatus.PLANNED);
        long item = feedbackItem("Meetings are on football night");
        long event = SystemTask.runAs(() -> participation.record(new ParticipationEventForm(LocalDate.now(),
                EventType.YOUTH_FORUM, "Youth forum", 0, 0, 8, Map.of(), "When should we meet?", "Not Tuesdays",
                Set.of(), Set.of())), Roles.OFFICER);
        assertThat(SystemTask.runAs(() -> actions.evidenceKinds(), Roles.OFFICER))
                .contains("FEEDBACK", "PARTICIPATION", "SURVEY_QUESTION");

        assertThat(SystemTask.runAs(() -> actions.evidenceChoices("FEEDBACK", "football night"), Roles.OFFICER))
                .extracting(Evidence::ref).contains(String.valueOf(item));
        assertThat(SystemTask.runAs(() -> actions.evidenceChoices("PARTICIPATION", "When should we meet"),
                Roles.OFFICER)).extracting(Evidence::ref).contains(String.valueOf(event));
        assertThat(SystemTask.runAs(() -> actions.evidenceChoices("SURVEY_QUESTION", null), Roles.OFFICER))
                .isNotNull();
        SystemTask.runAs(() -> actions.linkEvidence(id, "FEEDBACK", String.valueOf(item)), Roles.OFFICER);
        SystemTask.runAs(() -> actions.linkEvidence(id, "PARTICIPATION", String.valueOf(event)), Roles.OFFICER);
        var evidence = SystemTask.runAs(() -> actions.evidence(id), Roles.OFFICER);
        assertThat(evidence).extracting(Evidence::kind, Evidence::ref).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("FEEDBACK", String.valueOf(item)),
                org.assertj.core.groups.Tuple.tuple("PARTICIPATION", String.valueOf(event)));
        // The event's own record shows the action it led to: the link is one and the same.
        assertThat(SystemTask.runAs(() -> participation.event(event), Roles.OFFICER).actions()).containsExactly(id);

        SystemTask.runAs(() -> actions.unlinkEvidence(id, "FEEDBACK", String.valueOf(item)), Roles.OFFICER);
        assertThat(SystemTask.runAs(() -> actions.evidence(id), Roles.OFFICER)).extracting(Evidence::kind)
                .containsExactly("PARTICIPATION");
        assertThatThrownBy(() -> SystemTask.runAs(() -> actions.linkEvidence(id, "FEEDBACK", "999999999999"),
                Roles.OFFICER)).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("actions.error.evidenceGone"));
        assertThatThrownBy(() -> SystemTask.runAs(() -> actions.linkEvidence(id, "SURVEY_QUESTION", "1:<script>"),
                Roles.OFFICER)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> SystemTask.runAs(() -> actions.evidence(id), Roles.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_poster_says_you_said_we_did_with_the_words_for_an_age_band_approved_quotes_topics_and_the_link()
            throws IOException {
        String youSaid = "There is nothing to do on Sundays " + System.nanoTime();
        long id = action(youSaid, ActionStatus.DONE);
        SystemTask.runAs(() -> actions.setWordsFor(id, AgeBand.AGE_8_11, "Sundays are boring", "The club opens on "
                + "Sundays now"), Roles.OFFICER);
        long item = feedbackItem("Sundays are so boring at Redbridge");
        var quote = SystemTask.runAs(() -> quotes.save("FEEDBACK", item, "Sundays are so boring at [name]"),
                Roles.OFFICER);
        SystemTask.runAs(() -> quotes.approve(quote.id()), Roles.OFFICER);
        SystemTask.runAs(() -> actions.linkQuote(id, quote.id()), Roles.OFFICER);
        String link = "https://youthvoice.example/you-said-we-did?action=" + id;

        byte[] pdf = SystemTask.runAs(() -> posters.poster(id, null, link), Roles.OFFICER);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(text).contains("You said", youSaid, "We did", "We put on a later bus from the youth club",
                "Sundays are so boring at [name]", "Opportunities and education", link,
                "Your council's children's services").doesNotContain("Redbridge");

        byte[] young = SystemTask.runAs(() -> posters.poster(id, AgeBand.AGE_8_11, link), Roles.OFFICER);
        assertThat(new PdfTextExtractor(new PdfReader(young)).getTextFromPage(1).replaceAll("\\s+", " "))
                .contains("Sundays are boring", "The club opens on Sundays now");

        // Anyone may print a published action's poster, and only a published one.
        assertThatThrownBy(() -> posters.publishedPoster(id, null, link)).isInstanceOf(UserFacingException.class);
        SystemTask.runAs(() -> actions.setPublished(id, true), Roles.OFFICER);
        assertThat(new PdfTextExtractor(new PdfReader(posters.publishedPoster(id, null, link))).getTextFromPage(1))
                .contains("We did");
    }
}
