package org.youthvoice.insight;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An action linked to a priority or outcome: the officer's words (never a young person's), its owner and status.
 *
 * @param status {@code PLANNED}, {@code IN_PROGRESS} or {@code DONE}
 * @param codes the codes it is linked to among those asked for
 */
public record TaggedAction(long id, String youSaid, String weDo, String status, String owner,
        @Nullable LocalDate dueOn, boolean published, Set<String> codes) {

    public TaggedAction {
        codes = Set.copyOf(codes);
    }
}
