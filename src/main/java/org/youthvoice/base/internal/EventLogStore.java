package org.youthvoice.base.internal;

import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Spring Modulith's event log ({@code EVENT_PUBLICATION}): what {@code base.db.EventLogTimes} trims. */
@Component
public class EventLogStore {

    private final JdbcClient jdbc;

    EventLogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes the publications whose listeners are done. */
    public void deleteCompleted() {
        jdbc.sql("DELETE FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NOT NULL").update();
    }

    /** Cuts to the day the dates of publications still waiting that were published before {@code before}. */
    public int coarsenWaitingSince(LocalDateTime before) {
        return jdbc.sql("""
                UPDATE EVENT_PUBLICATION SET PUBLICATION_DATE = DATE(PUBLICATION_DATE),
                    LAST_RESUBMISSION_DATE = DATE(LAST_RESUBMISSION_DATE)
                WHERE COMPLETION_DATE IS NULL AND PUBLICATION_DATE < ?
                  AND (PUBLICATION_DATE <> DATE(PUBLICATION_DATE)
                       OR LAST_RESUBMISSION_DATE <> DATE(LAST_RESUBMISSION_DATE))""")
                .param(before).update();
    }
}
