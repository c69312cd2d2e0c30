package org.youthvoice.safeguarding;

import java.util.Objects;

/**
 * One entry of a phrase list: a pattern of words that may mean a young person is at risk.
 *
 * <p>Pattern syntax (words are matched after stemming, so "hits" also finds "hit" and "hitting"):
 * <ul>
 * <li>{@code kill myself} — these words, in this order, next to each other;</li>
 * <li>{@code (want|wanna) to die} — one of the alternatives; an empty alternative {@code (really|)} makes it optional;</li>
 * <li>{@code hurt {0,1} myself} — up to 1 (at most 3) other words may stand between;</li>
 * <li>{@code <adult> hits me} — any entry of the named word group of the list.</li>
 * </ul>
 */
public record Phrase(Category category, Severity severity, String pattern) {

    public Phrase {
        Objects.requireNonNull(category);
        Objects.requireNonNull(severity);
        if (pattern.isBlank()) {
            throw new IllegalArgumentException("A phrase needs at least one word");
        }
    }
}
