package org.youthvoice.actions;

import java.util.List;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.UserFacingException;

/**
 * Something an action can point at as what young people said: feedback, a participation event, a survey question.
 * The module that holds the thing implements this in its own package and keeps the links itself, so actions reads
 * evidence without depending on those modules. Only {@link ActionService} calls it, after its own role check.
 */
public interface EvidenceSource {

    /** The kind of evidence, e.g. {@code FEEDBACK}; its name on screen is {@code actions.evidence.kind.KIND}. */
    String kind();

    /** What is linked to the action, oldest link first. */
    List<Evidence> linkedTo(long actionId);

    /** Things to choose from, newest first, matching {@code search} when given. */
    List<Evidence> choices(@Nullable String search, int limit);

    /** Links the thing to the action; refuses an unknown {@code ref} with a {@code UserFacingException}. */
    void link(long actionId, String ref);

    void unlink(long actionId, String ref);

    /** A LIKE pattern for "contains the search words" (wildcards in them taken literally), or null for no search. */
    static @Nullable String containing(@Nullable String search) {
        return search == null || search.isBlank() ? null
                : "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** A numeric reference that {@code exists}; anything else is refused as evidence that has gone. */
    static long numericRef(String ref, LongPredicate exists) {
        long id;
        try {
            id = Long.parseLong(ref);
        } catch (NumberFormatException e) {
            throw new UserFacingException("actions.error.evidenceGone");
        }
        if (!exists.test(id)) {
            throw new UserFacingException("actions.error.evidenceGone");
        }
        return id;
    }

    /** Text on one line, cut to 80 characters for a label. */
    static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
