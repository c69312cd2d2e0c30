package org.youthvoice.actions.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.youthvoice.actions.Evidence;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveySummary;

/**
 * Survey questions as evidence, read through the survey module's service, never its tables. A reference is the survey
 * and the question's key, which stays the same from round to round.
 */
@Component
class SurveyQuestionEvidence implements EvidenceSource {

    private static final int SURVEYS_TO_OFFER = 20;

    private final SurveyService surveys;

    SurveyQuestionEvidence(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public String kind() {
        return "SURVEY_QUESTION";
    }

    /** A question since taken out of its survey is still shown, by its key; a survey gone, by the reference. */
    @Override
    public List<Evidence> shown(Collection<String> refs) {
        return refs.stream().map(Question::of).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Question::surveyId).thenComparing(Question::key)).map(this::shown)
                .toList();
    }

    @Override
    public Optional<Evidence> find(String ref) {
        return Question.of(ref).flatMap(this::find);
    }

    @Override
    public List<Evidence> choices(@Nullable String search, int limit) {
        String words = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        var choices = new ArrayList<Evidence>();
        for (SurveySummary summary : surveys.list().stream().limit(SURVEYS_TO_OFFER).toList()) {
            for (var question : surveys.definition(summary.id()).questions()) {
                String label = label(summary, question);
                if (label.toLowerCase(Locale.ROOT).contains(words)) {
                    choices.add(new Evidence(kind(), summary.id() + ":" + question.key(), label));
                    if (choices.size() >= limit) {
                        return choices;
                    }
                }
            }
        }
        return choices;
    }

    private Evidence shown(Question q) {
        String label;
        try {
            var summary = surveys.summary(q.surveyId());
            label = surveys.definition(q.surveyId()).question(q.key()).map(question -> label(summary, question))
                    .orElse(summary.title() + ": " + q.key());
        } catch (UserFacingException gone) {
            label = q.ref();
        }
        return new Evidence(kind(), q.ref(), label);
    }

    private Optional<Evidence> find(Question q) {
        try {
            var summary = surveys.summary(q.surveyId());
            return surveys.definition(q.surveyId()).question(q.key())
                    .map(question -> new Evidence(kind(), q.ref(), label(summary, question)));
        } catch (UserFacingException gone) {
            return Optional.empty();
        }
    }

    private static String label(SurveySummary summary, SurveyDefinition.QuestionDefinition question) {
        return summary.title() + " (" + summary.round() + "): " + question.text();
    }

    private record Question(long surveyId, String key) {

        static Optional<Question> of(String ref) {
            if (!ref.matches("\\d{1,18}:[A-Za-z0-9_.-]{1,40}")) {
                return Optional.empty();
            }
            String[] parts = ref.split(":", 2);
            return Optional.of(new Question(Long.parseLong(parts[0]), parts[1]));
        }

        String ref() {
            return surveyId + ":" + key;
        }
    }
}
