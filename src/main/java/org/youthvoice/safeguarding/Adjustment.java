package org.youthvoice.safeguarding;

/**
 * Why a match was lowered from urgent to concern, or set aside.
 */
public enum Adjustment {
    /** A word such as "not" or "never" stands just before it, or inside it ("he never hits me"). */
    NEGATED,
    /** It is part of a figure of speech or an everyday use ("dying of boredom", "a lesson about bullying"). */
    FIGURE_OF_SPEECH,
    /** A joking marker ("lol", "jk", a laughing emoji) stands next to it. */
    JOKING,
    /** A match by meaning whose text is at least as close to a harmless example ("I used to, but I'm better now"). */
    LIKE_HARMLESS_EXAMPLE,
    /**
     * A phrase listed as a concern, in a stretch the classifier (trained on the examples and thousands of labelled
     * comments) is sure reads like an ordinary comment ("a bruise from the trampoline").
     */
    READS_AS_ORDINARY;

    public String messageKey() {
        return "safeguarding.adjustment." + switch (this) {
            case NEGATED -> "negated";
            case FIGURE_OF_SPEECH -> "figureOfSpeech";
            case JOKING -> "joking";
            case LIKE_HARMLESS_EXAMPLE -> "likeHarmlessExample";
            case READS_AS_ORDINARY -> "readsAsOrdinary";
        };
    }
}
