package org.youthvoice.survey;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A survey version as one young person takes it, in their language, with the answers they have given so far and the
 * step they were on.
 */
public record TakerSurvey(String slug, String title, @Nullable String intro, @Nullable String thankYou,
        String versionLabel, boolean assisted, String language, List<TakerQuestion> questions,
        Map<String, Answer> answers, int step, boolean sharedDevices) {

    public TakerSurvey {
        questions = List.copyOf(questions);
        answers = Map.copyOf(answers);
    }

    /** The same survey with other answers and step (after an answer is saved, without reading it all back). */
    public TakerSurvey with(Map<String, Answer> newAnswers, int newStep) {
        return new TakerSurvey(slug, title, intro, thankYou, versionLabel, assisted, language, questions, newAnswers,
                newStep, sharedDevices);
    }

    /** Whether a question is asked, given the answers so far: its show-if rule, if any, is met. */
    public static boolean isAsked(TakerQuestion question, Map<String, Answer> given) {
        var rule = question.showIf();
        if (rule == null) {
            return true;
        }
        Answer earlier = given.get(rule.question());
        return earlier != null && earlier.options().stream().anyMatch(rule.options()::contains);
    }

    /** A question in the words of the chosen language. */
    public record TakerQuestion(String key, QuestionKind kind, @Nullable String section, String text,
            @Nullable String help, @Nullable String picture, boolean optional, @Nullable Integer maxLength,
            @Nullable String lowLabel, @Nullable String highLabel, SurveyDefinition.@Nullable ShowIf showIf,
            List<SurveyDefinition.OptionDefinition> options) {
        public TakerQuestion {
            options = List.copyOf(options);
        }
    }
}
