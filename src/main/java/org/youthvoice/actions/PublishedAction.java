package org.youthvoice.actions;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An action as young people see it: words for their age where the officer wrote them, the topics, and approved,
 * de-identified quotes only.
 *
 * @param publishedOn null only in an officer's preview of a draft
 */
public record PublishedAction(long id, String youSaid, String weDo, ActionStatus status,
        @Nullable LocalDate publishedOn, List<String> topics,
        List<String> quotes) {
}
