package org.youthvoice.safeguarding;

import java.util.List;
import org.jspecify.annotations.Nullable;
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
 * @param learned the small classifier trained on the examples and labelled comments, or {@code null} for none
 */
public record ExampleList(List<MeaningExample> examples, double urgent, double concern, double harmlessMargin,
        double harmlessOverPhrase, @Nullable Learned learned) {

    public ExampleList {
        examples = List.copyOf(examples);
        if (!(concern > 0 && concern <= urgent && urgent <= 1)) {
            throw new IllegalArgumentException("Thresholds need 0 < concern <= urgent <= 1");
        }
    }

    /** Nearest examples only, no classifier. */
    public ExampleList(List<MeaningExample> examples, double urgent, double concern, double harmlessMargin,
            double harmlessOverPhrase) {
        this(examples, urgent, concern, harmlessMargin, harmlessOverPhrase, null);
    }

    /**
     * A classifier (two logistic regressions on the sentence embedding) trained, when screening is built, on every
     * example and on these labelled comments (an ordinary comment is given as a harmless example).
     *
     * @param comments labelled comments kept beside the examples ({@code safeguarding/evaluation-tuning*.tsv})
     * @param urgent least probability of "urgent" for an urgent match
     * @param flagged least probability of "urgent or concern" for a concern
     * @param penalty how strongly the weights are held small (L2); larger is smoother
     * @param urgentWhenFlagged least probability of "urgent" that makes urgent a text flagged anyway (by a phrase, a
     *                          near enough example or the classifier's "urgent or concern"); at most {@code urgent}
     * @param neighbours how many of the most alike labelled texts (examples and comments) also vote, 0 for none
     * @param neighbourWeight the share of the neighbours' vote in each probability, the regression having the rest
     * @param keepUrgent least probability of "urgent" at which an urgent match by meaning is not lowered to a concern
     *                   by a harmless example or by a negation, figure of speech or joke the phrase list saw (the
     *                   classifier learnt those from the harmless examples and ordinary comments); above 1: always
     *                   lowered
     * @param keepFlagged least probability of "urgent or concern" at which a concern by meaning is not set aside the
     *                    same way; above 1: always set aside
     * @param wordWeight the share of a second pair of regressions, on the words of the text and the pairs of words
     *                   next to each other, in each probability (0: none); the sentence embedding has the rest
     * @param wordPenalty how strongly that word model's weights are held small
     * @param phraseDoubt a phrase listed as a concern is set aside when the classifier gives the stretch it is in a
     *                    probability of "urgent or concern" below this (0: never); urgent phrases are never set aside
     */
    public record Learned(List<MeaningExample> comments, double urgent, double flagged, double penalty,
            double urgentWhenFlagged, int neighbours, double neighbourWeight, double keepUrgent, double keepFlagged,
            double wordWeight, double wordPenalty, double phraseDoubt) {
        public Learned {
            if (!(wordWeight >= 0 && wordWeight <= 1 && wordPenalty > 0)) {
                throw new IllegalArgumentException("The classifier needs 0 <= word_weight <= 1 and word_penalty > 0");
            }
            if (!(phraseDoubt >= 0 && phraseDoubt < flagged)) {
                throw new IllegalArgumentException("The classifier needs 0 <= phrase_doubt < flagged");
            }
            comments = List.copyOf(comments);
            if (!(flagged > 0 && flagged <= 1 && urgent > 0 && urgent <= 1 && penalty > 0 && urgentWhenFlagged > 0
                    && urgentWhenFlagged <= urgent)) {
                throw new IllegalArgumentException("The classifier needs 0 < urgent, flagged <= 1, a penalty > 0 and"
                        + " 0 < urgent_when_flagged <= urgent");
            }
            if (neighbours < 0 || neighbours > 100 || neighbourWeight < 0 || neighbourWeight > 1) {
                throw new IllegalArgumentException("The classifier needs 0 <= neighbours <= 100 and"
                        + " 0 <= neighbour_weight <= 1");
            }
            if (!(keepUrgent > 0 && keepFlagged > 0)) {
                throw new IllegalArgumentException("The classifier needs keep_urgent > 0 and keep_flagged > 0");
            }
        }

        /** Without the word model. */
        public Learned(List<MeaningExample> comments, double urgent, double flagged, double penalty,
                double urgentWhenFlagged, int neighbours, double neighbourWeight, double keepUrgent,
                double keepFlagged) {
            this(comments, urgent, flagged, penalty, urgentWhenFlagged, neighbours, neighbourWeight, keepUrgent,
                    keepFlagged, 0, DEFAULT_WORD_PENALTY, 0);
        }

        /** The word model's penalty when none is given. */
        public static final double DEFAULT_WORD_PENALTY = 0.0001;

        /** The classifier's verdict is lowered by harmless examples and phrase signals like any other match. */
        public Learned(List<MeaningExample> comments, double urgent, double flagged, double penalty,
                double urgentWhenFlagged, int neighbours, double neighbourWeight) {
            this(comments, urgent, flagged, penalty, urgentWhenFlagged, neighbours, neighbourWeight, NEVER, NEVER);
        }

        /** A {@code keep_} threshold no probability reaches. */
        public static final double NEVER = 2;

        /** Without neighbours. */
        public Learned(List<MeaningExample> comments, double urgent, double flagged, double penalty,
                double urgentWhenFlagged) {
            this(comments, urgent, flagged, penalty, urgentWhenFlagged, 0, 0);
        }

        /** Without a separate threshold for texts flagged anyway (urgent only at {@code urgent}), nor neighbours. */
        public Learned(List<MeaningExample> comments, double urgent, double flagged, double penalty) {
            this(comments, urgent, flagged, penalty, urgent);
        }
    }

    public static ExampleList englishStarter() {
        return ExampleListYaml.readResource("safeguarding/examples-en.yaml");
    }

    public ExampleList withExamples(List<MeaningExample> replacement) {
        return new ExampleList(replacement, urgent, concern, harmlessMargin, harmlessOverPhrase, learned);
    }

    public ExampleList withThresholds(double urgent, double concern, @Nullable Learned learned) {
        return new ExampleList(examples, urgent, concern, harmlessMargin, harmlessOverPhrase, learned);
    }
}
