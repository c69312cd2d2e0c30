package org.youthvoice.base.internal;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** When keyed texts were last seen, one row per key, kept while their window lasts. */
@Component
public class RepeatedTextStore {

    private final JdbcClient jdbc;

    RepeatedTextStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * When the text was last seen, locking its row for writing until the caller's transaction ends: a second sending of
     * the same words waits here for the first.
     */
    public Optional<LocalDateTime> seenAtForUpdate(String textKey) {
        return jdbc.sql("SELECT seen_at FROM repeated_text WHERE text_key = ? FOR UPDATE").param(textKey)
                .query((rs, n) -> rs.getObject("seen_at", LocalDateTime.class)).optional();
    }

    /** A known text seen again after its window: it starts a new one. */
    public void seenAgain(String textKey, LocalDateTime at) {
        jdbc.sql("UPDATE repeated_text SET seen_at = ? WHERE text_key = ?").params(at, textKey).update();
    }

    /** Notes a new text; false if another sending noted the same text first. */
    public boolean seenFirst(String textKey, LocalDateTime at) {
        return jdbc.sql("INSERT IGNORE INTO repeated_text (text_key, seen_at) VALUES (?, ?)").params(textKey, at)
                .update() > 0;
    }

    /** Deletes the texts last seen at or before {@code upTo}. */
    public void forgetSeenUpTo(LocalDateTime upTo) {
        jdbc.sql("DELETE FROM repeated_text WHERE seen_at <= ?").param(upTo).update();
    }
}
