package org.youthvoice.actions.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.actions.Evidence;
import org.youthvoice.actions.EvidenceSource;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveySummary;

/**
 * Survey questions as evidence for actions. Read through the survey module's service, never its tables; the links are
 * kept here, as survey question keys stay the same from round to round.
 */
@Component
class SurveyQuestionEvidence implements EvidenceSource {

    static final String KIND = "SURVEY_QUESTION";
    private static final int SURVEYS_TO_OFFER = 20;

    private final JdbcClient jdbc;
    private final SurveyService surveys;

    SurveyQuestionEvidence(JdbcClient jdbc, SurveyService surveys) {
        this.jdbc = jdbc;
        this.surveys = surveys;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Evidence> linkedTo(long actionId) {
        record Link(long surveyId, String question) {
        }
        var links = jdbc.sql("SELECT survey_id, question_key FROM council_action_survey_question WHERE action_id = ? "
                + "ORDER BY survey_id, question_key").param(actionId)
                .query((rs, n) -> new Link(rs.getLong(1), rs.getString(2))).list();
        var evidence = new ArrayList<Evidence>();
        for (Link link : links) {
            String ref = link.surveyId() + ":" + link.question();
            String label;
            try {
                var summary = surveys.summary(link.surveyId());
                label = surveys.definition(link.surveyId()).question(link.question())
                        .map(q -> label(summary, q)).orElse(summary.title() + ": " + link.question());
            } catch (UserFacingException gone) {
                label = ref;
            }
            evidence.add(new Evidence(KIND, ref, label));
        }
        return evidence;
    }

    @Override
    public List<Evidence> choices(@Nullable String search, int limit) {
        String words = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        var choices = new ArrayList<Evidence>();
        for (SurveySummary summary : surveys.list().stream().limit(SURVEYS_TO_OFFER).toList()) {
            for (var question : surveys.definition(summary.id()).questions()) {
                String label = label(summary, question);
                if (label.toLowerCase(Locale.ROOT).contains(words)) {
                    choices.add(new Evidence(KIND, summary.id() + ":" + question.key(), label));
                    if (choices.size() >= limit) {
                        return choices;
                    }
                }
            }
        }
        return choices;
    }

    @Override
    public void link(long actionId, String ref) {
        var parts = parse(ref);
        var known = surveys.definition(Long.parseLong(parts[0])).question(parts[1]);
        if (known.isEmpty()) {
            throw new UserFacingException("actions.error.evidenceGone");
        }
        jdbc.sql("INSERT IGNORE INTO council_action_survey_question (action_id, survey_id, question_key) "
                + "VALUES (?, ?, ?)").params(actionId, Long.parseLong(parts[0]), parts[1]).update();
    }

    @Override
    public void unlink(long actionId, String ref) {
        var parts = parse(ref);
        jdbc.sql("DELETE FROM council_action_survey_question WHERE action_id = ? AND survey_id = ? AND question_key = ?")
                .params(actionId, Long.parseLong(parts[0]), parts[1]).update();
    }

    private static String[] parse(String ref) {
        if (!ref.matches("\\d{1,18}:[A-Za-z0-9_.-]{1,40}")) {
            throw new UserFacingException("actions.error.evidenceGone");
        }
        return ref.split(":", 2);
    }

    private static String label(SurveySummary summary, SurveyDefinition.QuestionDefinition question) {
        return summary.title() + " (" + summary.round() + "): " + question.text();
    }
}
