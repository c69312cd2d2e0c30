package org.youthvoice.actions.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.youthvoice.actions.Evidence;

/**
 * One kind of thing an action can point at as what young people said: feedback, a ballot's result, a participation
 * event, a survey question. Actions keeps the links itself ({@link EvidenceStore}); a source only says what the things
 * are, asking the module below that holds them (survey, feedback, voting) or reading what actions keeps from the
 * events of the module above (participation): design note 0038. Only {@code ActionService} calls it, after its own
 * role check.
 */
public interface EvidenceSource {

    /** The kind of evidence, e.g. {@code FEEDBACK}; its name on screen is {@code actions.evidence.kind.KIND}. */
    String kind();

    /** The things these references name, labelled, in the order officers see them. */
    List<Evidence> shown(Collection<String> refs);

    /** Things to choose from, newest first, matching {@code search} when given. */
    List<Evidence> choices(@Nullable String search, int limit);

    /** The thing a reference names, if an action may point at it now. */
    default Optional<Evidence> find(String ref) {
        return shown(List.of(ref)).stream().findFirst();
    }

    /** The numeric references among these, as ids; anything else names nothing. */
    static List<Long> ids(Collection<String> refs) {
        return refs.stream().filter(ref -> ref.matches("\\d{1,18}")).map(Long::valueOf).toList();
    }

    /** Text on one line, cut to 80 characters for a label. */
    static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
