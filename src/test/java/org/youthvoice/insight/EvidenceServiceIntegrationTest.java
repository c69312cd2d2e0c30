package org.youthvoice.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.youthvoice.actions.ActionService;
import org.youthvoice.actions.ActionStatus;
import org.youthvoice.actions.NewAction;
import org.youthvoice.base.SystemTask;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.Answer;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.StartRequest;
import org.youthvoice.survey.SurveyAccess;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveySettings;
import org.youthvoice.survey.SurveyTaking;
import org.youthvoice.testing.IntegrationTest;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotService;
import org.youthvoice.voting.NewBallot;
import org.youthvoice.voting.NewBallotOption;
import org.youthvoice.voting.internal.ForumService;

/** Evidence per priority: each module's evidence gathered under the code, a priority with its outcomes'. */
@IntegrationTest
class EvidenceServiceIntegrationTest {

    @Autowired
    EvidenceService evidence;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    SurveyService surveys;
    @Autowired
    SurveyTaking taking;
    @Autowired
    BallotService ballots;
    @Autowired
    ForumService forums;
    @Autowired
    ActionService actions;
    @Autowired
    QuoteService quotes;
    @Autowired
    JdbcClient jdbc;

    String framework;
    String priority;
    String outcome;
    String empty;

    @BeforeEach
    void aPlanWithOnePriorityAndItsOutcome() {
        framework = "EV" + Long.toString(System.nanoTime(), 36).toUpperCase();
        priority = framework + ".SAFE";
        outcome = priority + "-HOME";
        empty = framework + ".FUN";
        officer(() -> {
            frameworks.createFramework(framework, "Evidence plan " + framework);
            frameworks.addNode(framework, null, priority, "Feeling safe");
            frameworks.addNode(framework, priority, outcome, "Safe at home");
            frameworks.addNode(framework, null, empty, "Things to do");
        });
    }

    static void officer(Runnable work) {
        SystemTask.runAs(work, Roles.OFFICER);
    }

    static <T> T officer(java.util.function.Supplier<T> work) {
        return SystemTask.runAs(work, Roles.OFFICER);
    }

    static <T> T viewer(java.util.function.Supplier<T> work) {
        return SystemTask.runAs(work, Roles.VIEWER);
    }

    /** Two rounds of a survey whose question is tagged with the outcome: half say yes, then everyone. */
    long surveyInTwoRounds() {
        var safe = new QuestionDefinition("safe", QuestionKind.YES_NO_NOT_SURE, "Do you feel safe at home?", null,
                null, false, null, null, null, null, null, List.of(new OptionDefinition("yes", "Yes", null),
                        new OptionDefinition("no", "No", null), new OptionDefinition("not-sure", "Not sure", null)),
                List.of(outcome));
        var version = new VersionDefinition("all", "Everyone", AgeBand.AGE_11_17, false, null,
                List.of(new VersionItem("safe", null)));
        var definition = new SurveyDefinition("Home life " + framework, null, null, List.of(version), List.of(safe),
                Map.of());
        long first = officer(() -> {
            long id = surveys.create(definition);
            surveys.publish(id, new SurveySettings(SurveyAccess.LINK, null, null));
            return id;
        });
        for (int i = 0; i < 10; i++) {
            send(first, i < 5 ? "yes" : "no");
        }
        long second = officer(() -> {
            long next = surveys.nextRound(first);
            surveys.publish(next, new SurveySettings(SurveyAccess.LINK, null, null));
            return next;
        });
        for (int i = 0; i < 6; i++) {
            send(second, "yes");
        }
        // Not sent yet: its answer is saved but must not count.
        String slug = officer(() -> surveys.summary(second).slug());
        var unsent = taking.start(slug, new StartRequest(taking.entry(slug).orElseThrow().versions().getFirst().id(),
                null, "en", false, "10.3.0.2")).deviceToken();
        taking.save(unsent, "safe", Answer.choice("no"), 1);
        return second;
    }

    void send(long surveyId, String answer) {
        String slug = officer(() -> surveys.summary(surveyId).slug());
        long versionId = taking.entry(slug).orElseThrow().versions().getFirst().id();
        var token = taking.start(slug, new StartRequest(versionId, null, "en", false, "10.3.0.1")).deviceToken();
        taking.save(token, "safe", Answer.choice(answer), 1);
        taking.submit(token);
    }

    long publishedBallot(String code) {
        long forum = officer(() -> forums.create("Forum " + framework, null));
        long id = officer(() -> ballots.create(new NewBallot(forum, BallotKind.SINGLE_CHOICE,
                "Where should the new youth club be?", List.of(new NewBallotOption("By the park", null),
                        new NewBallotOption("In the high street", null)), true, 1, 0, null, false, null, null,
                Set.of(code))));
        officer(() -> {
            ballots.open(id);
            ballots.setPaperVoters(id, 12);
            for (int i = 0; i < 12; i++) {
                ballots.enterPaper(id, List.of(i < 7 ? 1 : 0));
            }
            ballots.close(id);
            ballots.publish(id, "The high street won.", Map.of(), null);
        });
        return id;
    }

    /** A feedback comment in the tagging stream, tagged with the code; returns its source id. */
    long feedback(String code, Integer rating) {
        long sourceId = System.nanoTime();
        jdbc.sql("INSERT INTO insight_text (source_type, source_id, place_kind, rating, text, written_on) "
                + "VALUES ('FEEDBACK', ?, 'CHANNEL', ?, 'raw words nobody else may read', CURDATE())")
                .params(sourceId, rating).update();
        long id = jdbc.sql("SELECT id FROM insight_text WHERE source_type = 'FEEDBACK' AND source_id = ?")
                .param(sourceId).query(Long.class).single();
        jdbc.sql("INSERT INTO insight_text_tag (text_id, tag_code, origin, tagged_at) VALUES (?, ?, 'OFFICER', NOW())")
                .params(id, code).update();
        return sourceId;
    }

    @Test
    void an_outcome_s_small_comment_count_cannot_be_worked_out_from_its_priority_and_the_other_outcomes() {
        String second = priority + "-SCHOOL";
        officer(() -> frameworks.addNode(framework, priority, second, "Safe at school"));
        for (int i = 0; i < 3; i++) {
            feedback(outcome, 2);
        }
        for (int i = 0; i < 8; i++) {
            feedback(second, 4);
        }

        var rows = viewer(() -> evidence.overview(framework)).rows();
        assertThat(row(rows, priority).comments().value()).isEqualTo(11);
        assertThat(row(rows, outcome).comments().suppressed()).as("3 is under 5").isTrue();
        assertThat(row(rows, second).comments().suppressed())
                .as("or 11 - 8 would give the 3 away: nothing is tagged to the priority alone").isTrue();
        var secondPage = viewer(() -> evidence.evidence(second)).orElseThrow().comments();
        assertThat(secondPage.total().suppressed()).as("the outcome's own page, the same").isTrue();
        assertThat(secondPage.feedback().suppressed()).isTrue();
        assertThat(secondPage.faces()).as("faces would add up to it").allMatch(f -> f.suppressed() || f.value() == 0);

        for (int i = 0; i < 6; i++) {
            feedback(priority, 5);
        }
        rows = viewer(() -> evidence.overview(framework)).rows();
        assertThat(row(rows, second).comments().value())
                .as("17 - 8 is now the 3 plus the priority's own 6: no longer one hidden number").isEqualTo(8);
        assertThat(row(rows, outcome).comments().suppressed()).isTrue();
    }

    @Test
    void faces_are_hidden_when_the_feedback_they_add_up_to_is_hidden() {
        for (int i = 0; i < 12; i++) {
            feedback(outcome, 4);
        }
        for (int i = 0; i < 3; i++) {
            jdbc.sql("INSERT INTO insight_text (source_type, source_id, place_kind, text, written_on) "
                    + "VALUES ('SURVEY_ANSWER', ?, 'SURVEY', 'an answer', CURDATE())").param(System.nanoTime())
                    .update();
            jdbc.sql("INSERT INTO insight_text_tag (text_id, tag_code, origin, tagged_at) "
                    + "VALUES (LAST_INSERT_ID(), ?, 'OFFICER', NOW())").param(outcome).update();
        }

        var comments = viewer(() -> evidence.evidence(outcome)).orElseThrow().comments();

        assertThat(comments.total().value()).isEqualTo(15);
        assertThat(comments.surveyAnswers().suppressed()).as("3 is under 5").isTrue();
        assertThat(comments.feedback().suppressed()).as("or 15 - 12 gives the 3 away").isTrue();
        assertThat(comments.faces().get(3).suppressed()).as("12 very happy faces would give the 12 away").isTrue();
    }

    static EvidenceAmounts row(List<EvidenceAmounts> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void evidence_tagged_with_an_earlier_plan_s_code_counts_for_the_code_it_was_mapped_onto() {
        String older = framework + "OLD";
        String oldCode = older + ".SAFETY";
        officer(() -> {
            frameworks.createFramework(older, "Earlier plan " + older);
            frameworks.addNode(older, null, oldCode, "Keeping safe");
        });
        for (int i = 0; i < 6; i++) {
            feedback(oldCode, 3);
        }
        publishedBallot(oldCode);
        assertThat(viewer(() -> evidence.evidence(outcome)).orElseThrow().comments().total().value())
                .as("not mapped yet").isZero();

        officer(() -> frameworks.mapCode(oldCode, outcome));

        var outcomePage = viewer(() -> evidence.evidence(outcome)).orElseThrow();
        assertThat(outcomePage.mappedFrom()).containsExactly(oldCode);
        assertThat(outcomePage.comments().total().value()).isEqualTo(6);
        assertThat(outcomePage.ballots()).hasSize(1);
        var priorityPage = viewer(() -> evidence.evidence(priority)).orElseThrow();
        assertThat(priorityPage.mappedFrom()).as("through its outcome").containsExactly(oldCode);
        assertThat(priorityPage.comments().total().value()).isEqualTo(6);
        var rows = viewer(() -> evidence.overview(framework)).rows();
        assertThat(rows).filteredOn(r -> r.code().equals(outcome)).singleElement()
                .satisfies(r -> assertThat(r.comments().value()).isEqualTo(6));
        assertThat(viewer(() -> evidence.evidence(empty)).orElseThrow().mappedFrom()).isEmpty();
        var oldPage = viewer(() -> evidence.evidence(oldCode)).orElseThrow();
        assertThat(oldPage.comments().total().value()).as("the old page keeps its own").isEqualTo(6);
        assertThat(oldPage.mappedFrom()).isEmpty();
    }

    @Test
    void a_priority_gathers_survey_results_with_their_trend_ballots_feedback_quotes_and_actions_of_its_outcomes() {
        surveyInTwoRounds();
        publishedBallot(priority);
        long quoted = feedback(outcome, 4);
        for (int i = 0; i < 5; i++) {
            feedback(outcome, 4);
        }
        feedback(outcome, 1);
        feedback(outcome, 1);
        for (int i = 0; i < 5; i++) {
            feedback(priority, 5);
        }
        long waiting = feedback(priority, 4);
        officer(() -> {
            quotes.approve(quotes.save("FEEDBACK", quoted, "I feel safe now the lights are fixed").id());
            quotes.save("FEEDBACK", waiting, "Not approved words about [name]");
            long planned = actions.create(new NewAction("You said the park is dark", "We will fix the park lights",
                    ActionStatus.PLANNED, "Parks team", null, Set.of(priority)));
            long done = actions.create(new NewAction("You said home visits were rushed", "Visits are now an hour",
                    ActionStatus.DONE, "Social care", null, Set.of(outcome)));
            assertThat(planned).isNotEqualTo(done);
        });

        var page = viewer(() -> evidence.evidence(priority)).orElseThrow();

        assertThat(page.outcomes()).extracting(PriorityEvidence.Node::code).containsExactly(outcome);
        var survey = page.surveys().getFirst();
        assertThat(survey.round()).isEqualTo(2);
        assertThat(survey.earlierRound()).isEqualTo(1);
        assertThat(survey.questions().getFirst().answered().value()).as("sent responses only").isEqualTo(6);
        var yes = survey.questions().getFirst().options().getFirst();
        assertThat(yes.percent()).isEqualTo(100);
        assertThat(yes.earlierPercent()).as("5 of 10 in round 1").isEqualTo(50);
        assertThat(survey.questions().getFirst().options().get(1).count().value()).as("the unsent no").isZero();
        var ballot = page.ballots().getFirst();
        assertThat(ballot.winners()).containsExactly("In the high street");
        assertThat(ballot.options()).extracting(o -> o.votes().value()).containsExactly(7L, 5L);
        assertThat(page.comments().total().value()).isEqualTo(14);
        assertThat(page.comments().feedback().value()).isEqualTo(14);
        var faces = page.comments().faces();
        assertThat(faces.get(0).suppressed()).as("2 sad faces are fewer than 5").isTrue();
        assertThat(faces.get(3).value()).as("6 + 1 good faces").isEqualTo(7);
        assertThat(faces.get(4).suppressed()).as("5 hidden too, or 14 - 7 would give the 2 away").isTrue();
        assertThat(page.quotes()).extracting(PriorityEvidence.ApprovedQuote::text)
                .containsExactly("I feel safe now the lights are fixed");
        assertThat(page.actions()).extracting(TaggedAction::status).containsExactlyInAnyOrder("PLANNED", "DONE");
        assertThat(page.toString()).doesNotContain("raw words");

        var outcomePage = viewer(() -> evidence.evidence(outcome)).orElseThrow();
        assertThat(outcomePage.parentCode()).isEqualTo(priority);
        assertThat(outcomePage.ballots()).as("tagged to the priority, not the outcome").isEmpty();
        assertThat(outcomePage.surveys()).hasSize(1);
        assertThat(outcomePage.actions()).extracting(TaggedAction::status).containsExactly("DONE");

        var overview = viewer(() -> evidence.overview(framework));
        var rows = overview.rows();
        assertThat(rows).extracting(EvidenceAmounts::code).containsExactly(priority, outcome, empty);
        var top = rows.get(0);
        assertThat(top.surveyQuestions()).isEqualTo(1);
        assertThat(top.responses().value()).as("the latest round").isEqualTo(6);
        assertThat(top.ballots()).isEqualTo(1);
        assertThat(top.comments().value()).isEqualTo(14);
        assertThat(top.quotes()).isEqualTo(1);
        assertThat(top.actions()).containsEntry("PLANNED", 1).containsEntry("DONE", 1);
        assertThat(top.gap()).isFalse();
        assertThat(rows.get(1).ballots()).isZero();
        assertThat(rows.get(1).comments().value()).isEqualTo(8);
        assertThat(rows.get(2).gap()).isTrue();
    }

    @Test
    void a_priority_page_shows_only_surveys_young_people_have_answered_not_tables_of_zeros() {
        surveyInTwoRounds();
        var quiet = new QuestionDefinition("quiet", QuestionKind.YES_NO_NOT_SURE, "Is your street quiet?", null,
                null, false, null, null, null, null, null, List.of(new OptionDefinition("yes", "Yes", null),
                        new OptionDefinition("no", "No", null), new OptionDefinition("not-sure", "Not sure", null)),
                List.of(outcome));
        var version = new VersionDefinition("all", "Everyone", AgeBand.AGE_11_17, false, null,
                List.of(new VersionItem("quiet", null)));
        officer(() -> {
            long id = surveys.create(new SurveyDefinition("Nobody answered " + framework, null, null,
                    List.of(version), List.of(quiet), Map.of()));
            surveys.publish(id, new SurveySettings(SurveyAccess.LINK, null, null));
        });

        var page = viewer(() -> evidence.evidence(priority)).orElseThrow();

        assertThat(page.surveys()).extracting(r -> r.title()).containsExactly("Home life " + framework);
        assertThat(viewer(() -> evidence.overview(framework)).rows().getFirst().surveyQuestions())
                .as("the unanswered survey's question is no evidence yet").isEqualTo(1);
    }

    @Test
    void a_handful_of_comments_shows_as_fewer_than_five() {
        feedback(outcome, 3);
        feedback(outcome, 3);

        var page = viewer(() -> evidence.evidence(outcome)).orElseThrow();

        assertThat(page.comments().total().suppressed()).isTrue();
        assertThat(page.comments().faces().get(2).suppressed()).isTrue();
        var row = viewer(() -> evidence.overview(framework)).rows().get(1);
        assertThat(row.comments().suppressed()).isTrue();
        assertThat(row.gap()).as("suppressed is not nothing").isFalse();
    }

    @Test
    void the_evidence_pack_is_a_pdf_with_cover_summary_results_quotes_and_actions_and_is_logged() throws Exception {
        surveyInTwoRounds();
        long quoted = feedback(outcome, 4);
        officer(() -> {
            quotes.approve(quotes.save("FEEDBACK", quoted, "The new lights make me feel safe").id());
            actions.create(new NewAction("You said the park is dark", "We will fix the park lights",
                    ActionStatus.IN_PROGRESS, "Parks team", null, Set.of(priority)));
        });

        byte[] pdf = viewer(() -> evidence.pack(priority));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        var extractor = new PdfTextExtractor(reader);
        String cover = extractor.getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(cover).contains("Evidence pack", "Feeling safe", "Summary", "Safe at home");
        var all = new StringBuilder();
        for (int page = 2; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append(' ');
        }
        assertThat(all.toString().replaceAll("\\s+", " ")).contains("Survey results", "Do you feel safe at home?",
                "100%", "earlier round 50%", "The new lights make me feel safe", "We will fix the park lights",
                "fewer than 5").doesNotContain("raw words");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'EVIDENCE_PACK_EXPORTED' "
                + "AND record_id = ?").param(priority).query(Long.class).single()).isEqualTo(1);

        byte[] whole = viewer(() -> evidence.frameworkPack(framework));
        String text = new PdfTextExtractor(new PdfReader(whole)).getTextFromPage(2).replaceAll("\\s+", " ");
        assertThat(text).contains("All priorities and outcomes", "Feeling safe", "Things to do", "No evidence yet");
    }

    @Test
    void viewers_may_read_evidence_and_members_or_anonymous_visitors_may_not() {
        assertThat(viewer(() -> evidence.overview(framework)).rows()).hasSize(3);
        assertThatThrownBy(() -> SystemTask.runAs(() -> evidence.evidence(priority), Roles.MEMBER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemTask.runAs(() -> evidence.pack(priority), Roles.SAFEGUARDING_LEAD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evidence.overview(framework))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }
}
