package org.youthvoice.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.base.RandomIds;
import org.youthvoice.feedback.ContactDetails;
import org.youthvoice.feedback.FeedbackAsEvidence;
import org.youthvoice.feedback.FeedbackFilter;
import org.youthvoice.feedback.FeedbackItemView;
import org.youthvoice.feedback.FeedbackStatus;

/**
 * Reads and writes feedback items and the contact details left with them. An item has a random id and only the day
 * it came (design note 0023): lists sort by the day, then id.
 */
@Component
public class FeedbackItemStore {

    private static final String ITEM_SELECT = """
            SELECT i.id, i.channel_id, c.title, i.received_on, i.rating, i.comment, i.comment_deleted, i.status,
                   i.assignee, i.status_note, i.redacted_comment, (fc.item_id IS NOT NULL) AS has_contact,
                   g.name AS group_name
            FROM feedback_item i JOIN feedback_channel c ON c.id = i.channel_id
            LEFT JOIN feedback_contact fc ON fc.item_id = i.id LEFT JOIN feedback_group g ON g.id = i.group_id""";

    private static final String ITEM_WHERE = """

            WHERE (:channel IS NULL OR i.channel_id = :channel) AND (:status IS NULL OR i.status = :status)
               AND (:rating IS NULL OR i.rating = :rating) AND (:group IS NULL OR i.group_id = :group)
            """;

    private static final String EVIDENCE_SELECT = """
            SELECT i.id, i.received_on, c.title, i.comment FROM feedback_item i
            JOIN feedback_channel c ON c.id = i.channel_id""";

    private final JdbcClient jdbc;

    FeedbackItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new item, {@link FeedbackStatus#NEW}, under a random id (a clash is tried again, five times in all). */
    public long receive(long channelId, LocalDate receivedOn, @Nullable Integer rating, @Nullable String comment,
            boolean wantsContact, @Nullable Long groupId) {
        for (int attempt = 0; ; attempt++) {
            long tried = RandomIds.next();
            try {
                jdbc.sql("INSERT INTO feedback_item (id, channel_id, received_on, rating, comment, wants_contact, "
                                + "status, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(tried, channelId, receivedOn, rating, comment, wantsContact,
                                FeedbackStatus.NEW.name(), groupId)
                        .update();
                return tried;
            } catch (DuplicateKeyException e) {
                if (attempt >= 4) {
                    throw e;
                }
            }
        }
    }

    public void keepContact(long itemId, String name, String howToReach, LocalDate deleteAfter) {
        jdbc.sql("INSERT INTO feedback_contact (item_id, name, how_to_reach, delete_after) VALUES (?, ?, ?, ?)")
                .params(itemId, name, howToReach, deleteAfter)
                .update();
    }

    /** Newest day first. */
    public List<FeedbackItemView> page(FeedbackFilter filter, Pageable page) {
        return jdbc.sql(ITEM_SELECT + ITEM_WHERE + " ORDER BY i.received_on DESC, i.id DESC LIMIT :limit OFFSET :offset")
                .params(filterParams(filter))
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(FeedbackItemStore::item)
                .list();
    }

    public long count(FeedbackFilter filter) {
        return jdbc.sql("SELECT COUNT(*) FROM feedback_item i" + ITEM_WHERE)
                .params(filterParams(filter))
                .query(Long.class).single();
    }

    /** Moves an item to {@code status}, with who has it and why; false if there is no such item. */
    public boolean triage(long itemId, FeedbackStatus status, @Nullable String assignee, @Nullable String note) {
        return jdbc.sql("UPDATE feedback_item SET status = ?, assignee = ?, status_note = ?, version = version + 1 "
                + "WHERE id = ?").params(status.name(), assignee, note, itemId).update() > 0;
    }

    /** Keeps (or with null, drops) the edited copy of the comment; false if there is no such item. */
    public boolean redact(long itemId, @Nullable String redacted) {
        return jdbc.sql("UPDATE feedback_item SET redacted_comment = ? WHERE id = ?").params(redacted, itemId)
                .update() > 0;
    }

    public Optional<ContactDetails> contact(long itemId) {
        return jdbc.sql("SELECT item_id, name, how_to_reach, delete_after FROM feedback_contact WHERE item_id = ?")
                .param(itemId)
                .query((rs, n) -> new ContactDetails(rs.getLong("item_id"), rs.getString("name"),
                        rs.getString("how_to_reach"), rs.getObject("delete_after", LocalDate.class)))
                .optional();
    }

    /** Items received between the days (both included) per quarter, keyed by the quarter's first day, in order. */
    public Map<LocalDate, Long> countByQuarter(LocalDate from, LocalDate to) {
        var items = new LinkedHashMap<LocalDate, Long>();
        jdbc.sql("""
                SELECT MAKEDATE(YEAR(received_on), 1) + INTERVAL (QUARTER(received_on) - 1) QUARTER AS quarter_start,
                       COUNT(*) AS items
                FROM feedback_item WHERE received_on BETWEEN ? AND ? GROUP BY quarter_start ORDER BY quarter_start""")
                .params(from, to)
                .query(rs -> {
                    items.put(rs.getObject("quarter_start", LocalDate.class), rs.getLong("items"));
                });
        return items;
    }

    /** The items among these ids, oldest first. */
    public List<FeedbackAsEvidence.Item> evidence(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(EVIDENCE_SELECT + " WHERE i.id IN (:ids) ORDER BY i.received_on, i.id").param("ids", ids)
                .query(FeedbackItemStore::evidence).list();
    }

    /** Newest first: the item {@code id}, or those whose comment or channel title match {@code like} (null: all). */
    public List<FeedbackAsEvidence.Item> findEvidence(@Nullable String like, @Nullable Long id, int limit) {
        return jdbc.sql(EVIDENCE_SELECT + """
                 WHERE :like IS NULL OR i.id = :id OR i.comment LIKE :like OR c.title LIKE :like
                ORDER BY i.received_on DESC, i.id DESC LIMIT :limit""")
                .param("like", like).param("id", id).param("limit", limit)
                .query(FeedbackItemStore::evidence).list();
    }

    /** Deletes contact details whose last day was before {@code today}; how many. */
    public int deleteContactsDue(LocalDate today) {
        return jdbc.sql("DELETE FROM feedback_contact WHERE delete_after < ?").param(today).update();
    }

    /** Deletes the words of comments received before {@code day}; ratings and triage stay. How many. */
    public int deleteCommentsReceivedBefore(LocalDate day) {
        return jdbc.sql("UPDATE feedback_item SET comment = NULL, comment_deleted = TRUE "
                + "WHERE comment IS NOT NULL AND received_on < ?").param(day).update();
    }

    private static Map<String, @Nullable Object> filterParams(FeedbackFilter filter) {
        var params = new java.util.HashMap<String, @Nullable Object>();
        params.put("channel", filter.channelId());
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("rating", filter.rating());
        params.put("group", filter.groupId());
        return params;
    }

    private static FeedbackItemView item(ResultSet rs, int row) throws SQLException {
        return new FeedbackItemView(rs.getLong("id"), rs.getLong("channel_id"), rs.getString("title"),
                rs.getObject("received_on", LocalDate.class), rs.getObject("rating", Integer.class),
                rs.getString("comment"), rs.getBoolean("comment_deleted"), rs.getBoolean("has_contact"),
                FeedbackStatus.valueOf(rs.getString("status")), rs.getString("assignee"), rs.getString("status_note"),
                rs.getString("redacted_comment"), rs.getString("group_name"));
    }

    private static FeedbackAsEvidence.Item evidence(ResultSet rs, int row) throws SQLException {
        return new FeedbackAsEvidence.Item(rs.getLong("id"), rs.getObject("received_on", LocalDate.class),
                rs.getString("title"), rs.getString("comment"));
    }
}
