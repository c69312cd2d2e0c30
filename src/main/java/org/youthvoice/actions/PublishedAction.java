package org.youthvoice.actions;

import java.time.LocalDate;
import java.util.List;

/** An action as young people see it: words for their age where the officer wrote them, and the topics. */
public record PublishedAction(long id, String youSaid, String weDo, ActionStatus status, LocalDate publishedOn,
        List<String> topics) {
}
