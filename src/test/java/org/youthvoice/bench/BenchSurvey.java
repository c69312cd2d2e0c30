package org.youthvoice.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.youthvoice.base.SystemTask;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyAccess;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveySettings;

/**
 * The survey the benchmarks use: 20 questions of the kinds young people meet most (yes / no / not sure, faces,
 * single and multiple choice, 0-10 scales, one free text), in two age-banded versions that share all of them, so
 * the welcome screen has a version to choose as a real survey does.
 */
final class BenchSurvey {

    static final int QUESTIONS = 20;

    private BenchSurvey() {
    }

    static List<QuestionDefinition> questions() {
        var questions = new ArrayList<QuestionDefinition>();
        String[] topics = {"where you live", "school", "your friends", "your family", "your social worker"};
        for (int i = 0; i < QUESTIONS; i++) {
            String key = "q" + (i + 1);
            String topic = topics[i % topics.length];
            questions.add(switch (i % 5) {
                case 0 -> question(key, QuestionKind.YES_NO_NOT_SURE, "Do you feel safe at " + topic + "?",
                        List.of(option("yes", "Yes"), option("no", "No"), option("not-sure", "Not sure")));
                case 1 -> question(key, QuestionKind.FACE_SCALE, "How do you feel about " + topic + "?",
                        List.of(option("1", "Really bad"), option("2", "Bad"), option("3", "OK"), option("4", "Good"),
                                option("5", "Really good")));
                case 2 -> question(key, QuestionKind.SINGLE_CHOICE, "How often do you see " + topic + "?",
                        List.of(option("never", "Never"), option("sometimes", "Sometimes"),
                                option("often", "Often"), option("always", "All the time")));
                case 3 -> new QuestionDefinition(key, QuestionKind.SCALE_0_10,
                        "How happy are you with " + topic + "?", null, null, false, null, "Not at all",
                        "Completely", null, null, List.of(), List.of());
                default -> i == QUESTIONS - 1
                        ? new QuestionDefinition(key, QuestionKind.FREE_TEXT, "Is there anything else about " + topic
                                + " you want to tell us?", null, null, true, 500, null, null, null, null, List.of(),
                                List.of())
                        : new QuestionDefinition(key, QuestionKind.MULTIPLE_CHOICE, "What is good about " + topic
                                + "?", null, null, true, null, null, null, null, null,
                                List.of(option("people", "The people"), option("place", "The place"),
                                        option("fun", "Things to do"), option("help", "Help when I need it")),
                                List.of());
            });
        }
        return questions;
    }

    static SurveyDefinition definition(String title) {
        var items = questions().stream().map(q -> new VersionItem(q.key(), null)).toList();
        return new SurveyDefinition(title, "Tell us how things are for you.", "Thank you for telling us.",
                List.of(new VersionDefinition("younger", "I am 8 to 11", AgeBand.AGE_8_11, false, null, items),
                        new VersionDefinition("older", "I am 11 to 17", AgeBand.AGE_11_17, false, null, items)),
                questions(), Map.of());
    }

    /** Creates and publishes the survey for anyone with the link; gives its slug. */
    static String publish(SurveyService surveys, String title) {
        return SystemTask.runAs(() -> {
            long id = surveys.create(definition(title));
            surveys.publish(id, new SurveySettings(SurveyAccess.LINK, null, null));
            return surveys.summary(id).slug();
        }, Roles.OFFICER);
    }

    private static OptionDefinition option(String key, String label) {
        return new OptionDefinition(key, label, null);
    }

    private static QuestionDefinition question(String key, QuestionKind kind, String text,
            List<OptionDefinition> options) {
        return new QuestionDefinition(key, kind, text, null, null, false, null, null, null, null, null, options,
                List.of());
    }
}
