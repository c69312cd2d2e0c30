package org.youthvoice.survey;

import java.util.List;

/** The kinds of question a survey can ask. Choice kinds keep their options; the others store a number or text. */
public enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, FACE_SCALE, YES_NO_NOT_SURE, SCALE_0_10, FREE_TEXT, RANKING;

    /** The answer is one or more of the question's options. */
    public boolean hasOptions() {
        return this != SCALE_0_10 && this != FREE_TEXT;
    }

    /** Only one option can be chosen, so a show-if rule can depend on it. */
    public boolean isSingleChoice() {
        return this == SINGLE_CHOICE || this == FACE_SCALE || this == YES_NO_NOT_SURE;
    }

    /** Option keys a question of this kind must have, in order, or an empty list when the officer chooses them. */
    public List<String> fixedOptionKeys() {
        return switch (this) {
            case FACE_SCALE -> List.of("1", "2", "3", "4", "5");
            case YES_NO_NOT_SURE -> List.of("yes", "no", "not-sure");
            default -> List.of();
        };
    }
}
