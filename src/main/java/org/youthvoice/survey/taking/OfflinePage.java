package org.youthvoice.survey.taking;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.survey.TakerSurvey;

/**
 * A survey's offline page: each question of the young person's version as a blank form with its show-if rule, the
 * carry-on code, and the answers so far (as the forms' fields, in JSON) for the page's script.
 */
public record OfflinePage(TakerSurvey survey, List<Question> questions, String code, String answersJson) {

    public OfflinePage {
        questions = List.copyOf(questions);
    }

    /** One question's blank page; asked only when the answer to {@code ifQuestion} has one of {@code ifOptions}. */
    public record Question(QuestionPage page, @Nullable String ifQuestion, @Nullable String ifOptions) {
    }
}
