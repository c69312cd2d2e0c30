package org.youthvoice.survey.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.survey.Answer;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.TakerSurvey;
import org.youthvoice.survey.TakerSurvey.TakerQuestion;

/**
 * One question as its page shows it: where it is in the survey, the answer given so far (or just typed, when it was
 * refused), and where the form goes. {@code action} is null in an officer's preview, which saves nothing.
 */
public record QuestionPage(TakerSurvey survey, TakerQuestion question, int number, int total, boolean first,
        boolean last, boolean newSection, Answer given, List<OptionDefinition> rankOrder, @Nullable String code,
        @Nullable String error, @Nullable String action, boolean canChangeVersion) {

    public QuestionPage {
        rankOrder = List.copyOf(rankOrder);
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
