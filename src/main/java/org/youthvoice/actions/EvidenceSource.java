package org.youthvoice.actions;

import java.util.List;
import org.jspecify.annotations.Nullable;

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
}
