package org.youthvoice.actions;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An action as officers see it. */
public record ActionView(long id, String youSaid, String weDo, ActionStatus status, String owner,
        @Nullable LocalDate dueOn, @Nullable LocalDate publishedOn, List<String> priorities) {

    public boolean published() {
        return publishedOn != null;
    }
}
