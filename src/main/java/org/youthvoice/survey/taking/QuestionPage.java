package org.youthvoice.survey.taking;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.youthvoice.survey.Answer;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.TakerSurvey.TakerQuestion;
import org.youthvoice.survey.TakerSurvey;

/**
 * One question as its page shows it: where it is in the survey, the answer given so far (or just typed, when it was
 * refused; for a ranking refused as typed, the numbers as typed), and where the form goes. In an officer's preview the form only moves between questions and saves
 * nothing.
 */
public record QuestionPage(TakerSurvey survey, TakerQuestion question, int number, int total, boolean first,
        boolean last, boolean newSection, Answer given, List<OptionDefinition> rankOrder, @Nullable String code,
        @Nullable String error, String action, boolean canChangeVersion, boolean preview,
        Map<String, Integer> typedPlaces) {

    public QuestionPage {
        rankOrder = List.copyOf(rankOrder);
        typedPlaces = Map.copyOf(typedPlaces);
    }

    public String kind() {
        return question.kind().name();
    }

    public boolean choice() {
        return question.kind().isSingleChoice() || question.kind() == QuestionKind.MULTIPLE_CHOICE;
    }

    public boolean multiple() {
        return question.kind() == QuestionKind.MULTIPLE_CHOICE;
    }

    public boolean faces() {
        return question.kind() == QuestionKind.FACE_SCALE;
    }

    public boolean chosen(String optionKey) {
        return given.options().contains(optionKey);
    }

    public boolean chosenNumber(int n) {
        return given.number() != null && given.number() == n;
    }

    /** Where an option is in the ranking given (1 = first), or 0 when it has no place. */
    public int place(String optionKey) {
        if (!typedPlaces.isEmpty()) {
            return typedPlaces.getOrDefault(optionKey, 0);
        }
        return given.options().indexOf(optionKey) + 1;
    }

    public String text() {
        return given.text() == null ? "" : given.text();
    }

    public int maxLength() {
        return question.maxLength() == null ? 1000 : question.maxLength();
    }

    public int percent() {
        return total == 0 ? 0 : Math.round(100f * number / total);
    }

    /** Pictures as big cards (the 4-7 version, or options that all have pictures). */
    public boolean cards() {
        return !question.options().isEmpty() && (survey.assisted() || question.options().stream()
                .allMatch(o -> o.picture() != null)) && question.kind() != QuestionKind.SCALE_0_10;
    }
}
