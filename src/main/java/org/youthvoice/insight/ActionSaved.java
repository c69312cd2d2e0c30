package org.youthvoice.insight;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What actions tells insight when a "you said, we did" action is made or changed (its status, or whether it is
 * published): the action as the evidence pages show it, with the framework codes it is linked to. Insight keeps the
 * latest of each in its own tables (the evidence read model, design note 0038); actions sends it in the transaction
 * that makes the change. Only the officers' words: nothing here is a young person's.
 *
 * @param status {@code PLANNED}, {@code IN_PROGRESS} or {@code DONE}
 * @param codes every framework code the action is linked to
 */
public record ActionSaved(long actionId, String youSaid, String weDo, String status, String owner,
        @Nullable LocalDate dueOn, boolean published, Set<String> codes) {

    public ActionSaved {
        codes = Set.copyOf(codes);
    }
}
