package org.youthvoice.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.youthvoice.feedback.ChannelGroup;
import org.youthvoice.feedback.ChannelView;
import org.youthvoice.feedback.FeedbackStatus;
import org.youthvoice.feedback.PublicChannel;
import org.youthvoice.people.AgeBand;

/** Reads and writes "tell us" channels and their groups' codes. */
@Component
public class ChannelStore {

    /** An open channel as a send needs it: what it asks, and whom it is for ({@code ageBand} null: anyone). */
    public record OpenChannel(long id, String title, boolean askRating, boolean askComment, boolean allowContact,
            @Nullable String ageBand) {
    }

    /** A group that a code names. */
    public record Group(long id, String name) {
    }

    private static final String CHANNEL_SELECT = """
            SELECT c.id, c.slug, c.title, c.prompt, c.ask_rating, c.ask_comment, c.allow_contact, c.open, c.created_at,
                   COUNT(i.id) AS items, COALESCE(SUM(i.status = :newStatus), 0) AS new_items
            FROM feedback_channel c LEFT JOIN feedback_item i ON i.channel_id = c.id""";

    private static final String PUBLIC_CHANNEL = """
            SELECT slug, title, prompt, ask_rating, ask_comment, allow_contact, age_band,
                   EXISTS (SELECT 1 FROM feedback_group g WHERE g.channel_id = c.id) AS has_groups
            FROM feedback_channel c""";

    private final JdbcClient jdbc;

    ChannelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new channel, open, with a slug already made; its id. */
    public long create(String slug, String title, String prompt, boolean askRating, boolean askComment,
            boolean allowContact, LocalDateTime createdAt, @Nullable AgeBand ageBand) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO feedback_channel (slug, title, prompt, ask_rating, ask_comment, allow_contact, open, created_at,
                    age_band)
                VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)""")
                .params(slug, title, prompt, askRating, askComment, allowContact, createdAt,
                        ageBand == null ? null : ageBand.name())
                .update(keys);
        return keys.getKey().longValue();
    }

    public ChannelView find(long id) {
        return jdbc.sql(CHANNEL_SELECT + " WHERE c.id = :id GROUP BY c.id")
                .param("newStatus", FeedbackStatus.NEW.name()).param("id", id)
                .query(ChannelStore::channel).single();
    }

    /** Open channels first, then newest first. */
    public List<ChannelView> all() {
        return jdbc.sql(CHANNEL_SELECT + " GROUP BY c.id ORDER BY c.open DESC, c.created_at DESC")
                .param("newStatus", FeedbackStatus.NEW.name())
                .query(ChannelStore::channel).list();
    }

    public boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM feedback_channel WHERE id = ?").param(id).query(Integer.class)
                .single() > 0;
    }

    /** False if there is no such channel. */
    public boolean setOpen(long id, boolean open) {
        return jdbc.sql("UPDATE feedback_channel SET open = ? WHERE id = ?").params(open, id).update() > 0;
    }

    /** Open channels for anyone and for this age band ({@code ""}: only those for anyone), newest first, 20 at most. */
    public List<PublicChannel> openFor(String ageBand) {
        return jdbc.sql(PUBLIC_CHANNEL + " WHERE open = TRUE AND (age_band IS NULL OR age_band = ?)"
                        + " ORDER BY created_at DESC LIMIT 20")
                .param(ageBand)
                .query(ChannelStore::publicChannel).list();
    }

    public Optional<PublicChannel> openPublic(String slug) {
        return jdbc.sql(PUBLIC_CHANNEL + " WHERE slug = ? AND open = TRUE").param(slug)
                .query(ChannelStore::publicChannel).optional();
    }

    public Optional<OpenChannel> open(String slug) {
        return jdbc.sql("SELECT id, title, ask_rating, ask_comment, allow_contact, age_band "
                        + "FROM feedback_channel WHERE slug = ? AND open = TRUE")
                .param(slug)
                .query((rs, n) -> new OpenChannel(rs.getLong("id"), rs.getString("title"),
                        rs.getBoolean("ask_rating"), rs.getBoolean("ask_comment"), rs.getBoolean("allow_contact"),
                        rs.getString("age_band")))
                .optional();
    }

    public Optional<Group> group(long channelId, String code) {
        return jdbc.sql("SELECT id, name FROM feedback_group WHERE channel_id = ? AND code = ?")
                .params(channelId, code)
                .query((rs, n) -> new Group(rs.getLong("id"), rs.getString("name"))).optional();
    }

    public boolean codeTaken(long channelId, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM feedback_group WHERE channel_id = ? AND code = ?").params(channelId, code)
                .query(Integer.class).single() > 0;
    }

    /** The new group's id. */
    public long addGroup(long channelId, String name, String code, LocalDateTime createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO feedback_group (channel_id, name, code, created_at) VALUES (?, ?, ?, ?)")
                .params(channelId, name, code, createdAt).update(keys);
        return keys.getKey().longValue();
    }

    /** A channel's groups, or every channel's when {@code channelId} is null, by name, with what each has sent. */
    public List<ChannelGroup> groups(@Nullable Long channelId) {
        return jdbc.sql("""
                SELECT g.id, g.channel_id, g.name, g.code, COUNT(i.id) AS items FROM feedback_group g
                LEFT JOIN feedback_item i ON i.group_id = g.id
                WHERE :channel IS NULL OR g.channel_id = :channel
                GROUP BY g.id, g.channel_id, g.name, g.code ORDER BY g.name, g.id""")
                .param("channel", channelId)
                .query((rs, n) -> new ChannelGroup(rs.getLong("id"), rs.getLong("channel_id"), rs.getString("name"),
                        rs.getString("code"), rs.getLong("items")))
                .list();
    }

    private static ChannelView channel(ResultSet rs, int row) throws SQLException {
        return new ChannelView(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("prompt"),
                rs.getBoolean("ask_rating"), rs.getBoolean("ask_comment"), rs.getBoolean("allow_contact"),
                rs.getBoolean("open"), rs.getObject("created_at", LocalDateTime.class), rs.getLong("items"),
                rs.getLong("new_items"));
    }

    private static PublicChannel publicChannel(ResultSet rs, int row) throws SQLException {
        String ageBand = rs.getString("age_band");
        return new PublicChannel(rs.getString("slug"), rs.getString("title"), rs.getString("prompt"),
                rs.getBoolean("ask_rating"), rs.getBoolean("ask_comment"), rs.getBoolean("allow_contact"),
                ageBand == null ? null : AgeBand.valueOf(ageBand), rs.getBoolean("has_groups"));
    }
}
