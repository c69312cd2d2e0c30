package org.youthvoice.survey;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One answer: the chosen option keys (in rank order for a ranking question), a number (0-10 scale) or text. An empty
 * answer is a skip.
 */
public record Answer(List<String> options, @Nullable Integer number, @Nullable String text) {

    public static final Answer SKIPPED = new Answer(List.of(), null, null);

    public Answer {
        options = List.copyOf(options);
    }

    public static Answer choice(String... options) {
        return new Answer(List.of(options), null, null);
    }

    public static Answer number(int number) {
        return new Answer(List.of(), number, null);
    }

    public static Answer text(String text) {
        return new Answer(List.of(), null, text);
    }

    public boolean isEmpty() {
        return options.isEmpty() && number == null && (text == null || text.isBlank());
    }
}
