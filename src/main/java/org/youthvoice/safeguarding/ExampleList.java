package org.youthvoice.safeguarding;

import java.util.List;
import org.youthvoice.safeguarding.internal.ExampleListYaml;

/**
 * The example statements screening by meaning compares each text with, and how close is close enough. The English
 * starter examples ship as {@code safeguarding/examples-en.yaml}; leads keep the examples in the database.
 *
 * @param examples the examples, harmless ones included
 * @param urgent least similarity to an urgent example for an urgent match
 * @param concern least similarity to any urgent or concern example for a concern
 * @param harmlessMargin a harmless example this much less similar than the matched one still lowers the match
 * @param harmlessOverPhrase least similarity to a harmless example, closer than to any other example, for a concern
 *     the phrase list found to be set aside ("I used to self-harm but I'm better now"); phrase urgents stay
 */
public record ExampleList(List<MeaningExample> examples, double urgent, double concern, double harmlessMargin,
        double harmlessOverPhrase) {

    public ExampleList {
        examples = List.copyOf(examples);
        if (!(concern > 0 && concern <= urgent && urgent <= 1)) {
            throw new IllegalArgumentException("Thresholds need 0 < concern <= urgent <= 1");
        }
    }

    public static ExampleList englishStarter() {
        return ExampleListYaml.readResource("safeguarding/examples-en.yaml");
    }

    public ExampleList withExamples(List<MeaningExample> replacement) {
        return new ExampleList(replacement, urgent, concern, harmlessMargin, harmlessOverPhrase);
    }
}
