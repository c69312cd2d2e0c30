package org.youthvoice.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youthvoice.base.SystemTask;
import org.youthvoice.feedback.FeedbackForm;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.NewChannel;
import org.youthvoice.audit.internal.NightlyRetention;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.Answer;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.StartRequest;
import org.youthvoice.survey.SurveyAccess;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveySettings;
import org.youthvoice.survey.SurveyTaking;
import org.youthvoice.testing.IntegrationTest;

/** Free text from feedback and surveys joins the tagging stream, with where it came from but never who wrote it. */
@IntegrationTest
class TextStreamIntegrationTest {

    @Autowired
    FeedbackService feedback;

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyTaking taking;

    @Autowired
    NightlyRetention retention;

    @Autowired
    JdbcClient jdbc;

    private Optional<Map<String, Object>> streamed(String sourceType, String text) {
        return jdbc.sql("SELECT * FROM insight_text WHERE source_type = ? AND text = ?").params(sourceType, text)
                .query().listOfRows().stream().findFirst();
    }

    private List<String> tags(Object textId) {
        return jdbc.sql("SELECT CONCAT(tag_code, ' ', origin) FROM insight_text_tag WHERE text_id = ? ORDER BY 1")
                .param(textId).query(String.class).list();
    }

    @Test
    void a_feedback_comment_joins_the_stream_with_its_channel_face_and_age_band() {
        String comment = "The bus home is too late " + System.nanoTime();
        var channel = SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Getting around",
                "How do you get to the youth club?", true, true, false)), Roles.OFFICER);
        feedback.submit(channel.slug(), new FeedbackForm(2, comment, false, null, null));

        var row = await().atMost(Duration.ofSeconds(90)).until(() -> streamed("FEEDBACK", comment), Optional::isPresent)
                .get();
        assertThat(row).containsEntry("place_kind", "CHANNEL").containsEntry("place_title", "Getting around")
                .containsEntry("rating", 2).containsEntry("written_on", java.sql.Date.valueOf(LocalDate.now()));
        assertThat(tags(row.get("id"))).isEmpty();
    }

    @Test
    void a_survey_answer_joins_the_stream_tagged_as_its_question_is() {
        String words = "More trips out please " + System.nanoTime();
        var why = new QuestionDefinition("why", QuestionKind.FREE_TEXT, "What would make it better?", null, null,
                true, 200, null, null, null, null, List.of(), List.of("CYPS-2022.SAFE", "CP-2022.OPP"));
        var version = new VersionDefinition("all", "Everyone", AgeBand.AGE_11_17, false, null,
                List.of(new VersionItem("why", null)));
        var definition = new SurveyDefinition("Clubs " + System.nanoTime(), null, null, List.of(version), List.of(why),
                Map.of());
        String slug = SystemTask.runAs(() -> {
            long id = surveys.create(definition);
            surveys.publish(id, new SurveySettings(SurveyAccess.LINK, null, null));
            return surveys.summary(id).slug();
        }, Roles.OFFICER);
        long versionId = taking.entry(slug).orElseThrow().versions().getFirst().id();
        var started = taking.start(slug, new StartRequest(versionId, null, "en", false, "10.0.0.9"));
        taking.save(started.deviceToken(), "why", Answer.text(words), 1);
        taking.submit(started.deviceToken());

        var row = await().atMost(Duration.ofSeconds(90)).until(() -> streamed("SURVEY_ANSWER", words),
                Optional::isPresent).get();
        assertThat(row).containsEntry("place_kind", "SURVEY").containsEntry("question_key", "why")
                .containsEntry("question_text", "What would make it better?").containsEntry("age_band", "AGE_11_17");
        assertThat(tags(row.get("id"))).containsExactly("CP-2022.OPP QUESTION", "CYPS-2022.SAFE QUESTION");
    }

    @Test
    void the_same_answer_to_the_same_question_within_minutes_is_streamed_and_screened_once_but_both_are_kept() {
        String words = "My dad hits me when he is angry " + System.nanoTime();
        var why = new QuestionDefinition("why", QuestionKind.FREE_TEXT, "What would make it better?", null, null,
                true, 200, null, null, null, null, List.of(), List.of());
        var version = new VersionDefinition("all", "Everyone", AgeBand.AGE_11_17, false, null,
                List.of(new VersionItem("why", null)));
        var definition = new SurveyDefinition("Flood " + System.nanoTime(), null, null, List.of(version), List.of(why),
                Map.of());
        String slug = SystemTask.runAs(() -> {
            long id = surveys.create(definition);
            surveys.publish(id, new SurveySettings(SurveyAccess.LINK, null, null));
            return surveys.summary(id).slug();
        }, Roles.OFFICER);
        long versionId = taking.entry(slug).orElseThrow().versions().getFirst().id();
        for (int i = 0; i < 3; i++) {
            var started = taking.start(slug, new StartRequest(versionId, null, "en", false, "10.0.1." + i));
            taking.save(started.deviceToken(), "why", Answer.text(words), 1);
            taking.submit(started.deviceToken());
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> streamed("SURVEY_ANSWER", words), Optional::isPresent);
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql("SELECT COUNT(*) FROM disclosure WHERE text = ?")
                .param(words).query(Integer.class).single() == 1);
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM insight_text WHERE text = ?").param(words).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM disclosure WHERE text = ?").param(words).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_answer WHERE text_value = ?").param(words)
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void retention_deletes_old_words_but_keeps_their_tags() {
        long sourceId = System.nanoTime();
        jdbc.sql("INSERT INTO insight_text (source_type, source_id, text, written_on) "
                + "VALUES ('TEST', ?, 'old words', '2001-01-01')").param(sourceId).update();
        long id = jdbc.sql("SELECT id FROM insight_text WHERE source_type = 'TEST' AND source_id = ?").param(sourceId)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO insight_text_tag (text_id, tag_code, origin, tagged_at) "
                + "VALUES (?, 'CP-2022.OPP', 'OFFICER', NOW())").param(id).update();

        org.youthvoice.testing.RetentionRun.runAndWaitFor(retention, jdbc, "insight_text");

        assertThat(jdbc.sql("SELECT text IS NULL AND text_deleted FROM insight_text WHERE id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
        assertThat(tags(id)).containsExactly("CP-2022.OPP OFFICER");
    }
}
