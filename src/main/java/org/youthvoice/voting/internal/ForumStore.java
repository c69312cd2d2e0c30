package org.youthvoice.voting.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Forums, their members, and which of a forum's ballots each member voted in (never what they voted). */
@Component
public class ForumStore {

    /** A member of a forum with how many of its ballots they voted in, and how many were held since they joined. */
    public record Membership(long memberId, LocalDate joinedOn, long voted, long held) {
    }

    private final JdbcClient jdbc;

    ForumStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new forum's id; a name already taken is refused with a {@link org.springframework.dao.DuplicateKeyException}. */
    public long create(String name, @Nullable String description, LocalDateTime createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO forum (name, description, created_at) VALUES (?, ?, ?)")
                .params(name, description, createdAt).update(keys);
        return keys.getKey().longValue();
    }

    /** Forums by name, at most 500, each with its number of members. */
    public List<Forum> list() {
        return jdbc.sql("SELECT f.id, f.name, f.description, (SELECT COUNT(*) FROM forum_member m "
                + "WHERE m.forum_id = f.id) AS members FROM forum f ORDER BY f.name LIMIT 500")
                .query((rs, n) -> new Forum(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                        rs.getLong("members")))
                .list();
    }

    public boolean exists(long forumId) {
        return jdbc.sql("SELECT COUNT(*) FROM forum WHERE id = ?").param(forumId).query(Integer.class).single() > 0;
    }

    public boolean isMember(long forumId, long memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM forum_member WHERE forum_id = ? AND member_id = ?")
                .params(forumId, memberId).query(Integer.class).single() > 0;
    }

    /** False if they were a member already. */
    public boolean addMember(long forumId, long memberId, LocalDate joinedOn) {
        return jdbc.sql("INSERT IGNORE INTO forum_member (forum_id, member_id, joined_on) VALUES (?, ?, ?)")
                .params(forumId, memberId, joinedOn).update() > 0;
    }

    /** False if they were not a member. */
    public boolean removeMember(long forumId, long memberId) {
        return jdbc.sql("DELETE FROM forum_member WHERE forum_id = ? AND member_id = ?")
                .params(forumId, memberId).update() > 0;
    }

    /** The forum's members, in no particular order, each with the ballots they voted in and those held. */
    public List<Membership> memberships(long forumId) {
        return jdbc.sql("""
                SELECT m.member_id, m.joined_on,
                       (SELECT COUNT(*) FROM ballot_voter v JOIN ballot b ON b.id = v.ballot_id
                        WHERE v.member_id = m.member_id AND b.forum_id = m.forum_id) AS voted,
                       (SELECT COUNT(*) FROM ballot b WHERE b.forum_id = m.forum_id
                        AND COALESCE(b.opened_at, b.opens_at) >= m.joined_on) AS held
                FROM forum_member m WHERE m.forum_id = ?""")
                .param(forumId)
                .query((rs, n) -> new Membership(rs.getLong("member_id"), rs.getObject("joined_on", LocalDate.class),
                        rs.getLong("voted"), rs.getLong("held")))
                .list();
    }

    /** Every ballot of the forum, oldest first, and whether this member voted in it (and on paper). */
    public List<Participation> participation(long forumId, long memberId) {
        return jdbc.sql("""
                SELECT b.id, b.question, DATE(COALESCE(b.opened_at, b.opens_at)) AS held_on,
                       v.member_id IS NOT NULL AS voted, v.on_paper
                FROM ballot b LEFT JOIN ballot_voter v ON v.ballot_id = b.id AND v.member_id = ?
                WHERE b.forum_id = ? ORDER BY COALESCE(b.opened_at, b.opens_at, b.created_at), b.id""")
                .params(memberId, forumId)
                .query((rs, n) -> new Participation(rs.getLong("id"), rs.getString("question"),
                        rs.getObject("held_on", LocalDate.class), rs.getBoolean("voted"), rs.getBoolean("on_paper")))
                .list();
    }
}
