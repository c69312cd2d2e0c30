package org.youthvoice.survey.ui;

import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;
import org.youthvoice.survey.SurveyResults.QuestionResult;
import org.youthvoice.survey.results.Benchmark;

/** How a benchmark reads on screen, the same in the results and in the dialog that lists them. */
final class ResultWords {

    private ResultWords() {
    }

    static String benchmark(Component on, Benchmark b, @Nullable QuestionResult question) {
        String value = java.math.BigDecimal.valueOf(b.value()).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        if (b.optionKey() == null) {
            return on.getTranslation("benchmark.compare.mean", value, b.described(), b.source(),
                    String.valueOf(b.year()));
        }
        String answer = question == null ? b.optionKey() : question.options().stream()
                .filter(o -> o.key().equals(b.optionKey())).map(o -> o.label()).findFirst().orElse(b.optionKey());
        return on.getTranslation("benchmark.compare.percent", value, answer, b.described(), b.source(),
                String.valueOf(b.year()));
    }
}
