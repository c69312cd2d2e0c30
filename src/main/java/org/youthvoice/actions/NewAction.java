package org.youthvoice.actions;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * @param youSaid what young people said, in their kind of words
 * @param weDo what the council will do, or did
 * @param priorities framework codes this action serves
 */
public record NewAction(String youSaid, String weDo, ActionStatus status, String owner, @Nullable LocalDate dueOn,
        Set<String> priorities) {
}
