package org.youthvoice.safeguarding;

import org.youthvoice.safeguarding.internal.PhraseMatcher;

/**
 * Screens free text for possible disclosures of harm, using one phrase list. Thread-safe; build once per list
 * (building analyses every pattern), then call {@link #screen(String)} from any thread.
 *
 * <p>This is a safety net that puts text in front of a person, not a classifier that decides anything.
 */
public final class Screening {

    private final PhraseList list;
    private final PhraseMatcher matcher;

    private Screening(PhraseList list) {
        this.list = list;
        this.matcher = new PhraseMatcher(list);
    }

    /** @throws IllegalArgumentException naming the pattern, when a pattern cannot be read */
    public static Screening of(PhraseList list) {
        return new Screening(list);
    }

    public PhraseList list() {
        return list;
    }

    public ScreeningResult screen(String text) {
        return matcher.screen(text);
    }
}
