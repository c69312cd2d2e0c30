package org.youthvoice.safeguarding;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An example statement for screening by meaning: a comment close enough in meaning to it is flagged in its category
 * at its severity. A harmless example (no category, no severity: "this homework is killing me", "I used to self-harm
 * but I'm better now") can only lower what meaning found.
 */
public record MeaningExample(@Nullable Category category, @Nullable Severity severity, String text) {

    public MeaningExample {
        Objects.requireNonNull(text);
        if ((category == null) != (severity == null)) {
            throw new IllegalArgumentException("An example has a category and a severity, or neither (harmless)");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("An example needs some words");
        }
    }

    public static MeaningExample harmless(String text) {
        return new MeaningExample(null, null, text);
    }

    public boolean isHarmless() {
        return category == null;
    }
}
