package org.youthvoice.safeguarding;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What screening found in one text.
 *
 * @param text the text as screened
 * @param matches what should reach a safeguarding lead, in text order
 * @param setAside what matched a phrase but was set aside (negated concern, figure of speech), kept for explanation
 */
public record ScreeningResult(String text, List<Match> matches, List<Match> setAside) {

    public ScreeningResult {
        matches = List.copyOf(matches);
        setAside = List.copyOf(setAside);
    }

    /** Whether the text goes to the safeguarding queue. */
    public boolean flagged() {
        return !matches.isEmpty();
    }

    /** The most urgent severity among the matches, or {@code null} when nothing was flagged. */
    public @Nullable Severity severity() {
        return matches.stream().map(Match::severity).min(Enum::compareTo).orElse(null);
    }

    public boolean urgent() {
        return severity() == Severity.URGENT;
    }

    public Set<Category> categories() {
        var categories = EnumSet.noneOf(Category.class);
        matches.forEach(m -> categories.add(m.category()));
        return categories;
    }

    /** The most urgent category (first in declaration order among the most urgent matches), or {@code null}. */
    public @Nullable Category mainCategory() {
        return matches.stream()
                .min((a, b) -> a.severity() != b.severity() ? a.severity().compareTo(b.severity())
                        : a.category().compareTo(b.category()))
                .map(Match::category).orElse(null);
    }

    /** Offsets of every word to highlight, in text order. */
    public List<Highlight> highlights() {
        return matches.stream().flatMap(m -> m.words().stream()).distinct()
                .sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
    }

    /** One line per match, then one per set-aside match, each saying why; "nothing found" when both are empty. */
    public String explanation() {
        if (matches.isEmpty() && setAside.isEmpty()) {
            return "nothing found";
        }
        return java.util.stream.Stream.concat(matches.stream().map(m -> m.explain(text)),
                setAside.stream().map(m -> "set aside: " + m.explain(text))).collect(Collectors.joining("\n"));
    }
}
