package org.youthvoice.feedback;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.LikePattern;
import org.youthvoice.security.ForOfficers;

/**
 * Feedback as evidence for "you said, we did" actions: actions, a floor above, asks here what officers may point an
 * action at and what the items an action points at say; actions keeps the links (design note 0038). Officers only: the
 * comment is as the young person wrote it, or gone once the retention period has deleted it.
 */
@Service
public class FeedbackAsEvidence {

    /** An item as an officer picks it: its number, day, channel and comment (null once deleted, or if none). */
    public record Item(long id, LocalDate receivedOn, String channel, @Nullable String comment) {
    }

    private static final String SELECT = """
            SELECT i.id, i.received_on, c.title, i.comment FROM feedback_item i
            JOIN feedback_channel c ON c.id = i.channel_id""";

    private final JdbcClient jdbc;

    FeedbackAsEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The items among these ids, oldest first. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<Item> items(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE i.id IN (:ids) ORDER BY i.received_on, i.id").param("ids", ids)
                .query((rs, n) -> item(rs)).list();
    }

    /** Items to choose from, newest first: those with this number, or whose comment or channel has these words. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<Item> find(@Nullable String search, int limit) {
        Long id = search != null && search.strip().matches("\\d{1,18}") ? Long.valueOf(search.strip()) : null;
        return jdbc.sql(SELECT + """
                 WHERE :like IS NULL OR i.id = :id OR i.comment LIKE :like OR c.title LIKE :like
                ORDER BY i.received_on DESC, i.id DESC LIMIT :limit""")
                .param("like", LikePattern.containing(search)).param("id", id).param("limit", limit)
                .query((rs, n) -> item(rs)).list();
    }

    private static Item item(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Item(rs.getLong("id"), rs.getObject("received_on", LocalDate.class), rs.getString("title"),
                rs.getString("comment"));
    }
}
