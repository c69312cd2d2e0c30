package org.youthvoice.voting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.ForOfficers;

/**
 * Forums and their members (young member accounts), and each member's participation over time: which ballots they
 * voted in, never what they voted.
 */
@Service
public class ForumService {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    /** Accounts belong to people: this module reads them through its service, never its table. */
    private final org.youthvoice.people.AccountService accounts;

    ForumService(JdbcClient jdbc, AuditLog audit, Clock clock, org.youthvoice.people.AccountService accounts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @ForOfficers
    @Transactional
    public long create(String name, @Nullable String description) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 120 || n.codePoints().anyMatch(Character::isISOControl)) {
            throw new UserFacingException("forums.error.name");
        }
        String d = description == null || description.isBlank() ? null : description.strip();
        if (d != null && d.length() > 500) {
            throw new UserFacingException("forums.error.description");
        }
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO forum (name, description, created_at) VALUES (?, ?, ?)")
                    .params(n, d, LocalDateTime.now(clock)).update(keys);
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("forums.error.nameTaken");
        }
        long id = keys.getKey().longValue();
        audit.record("FORUM_CREATED", "forum", String.valueOf(id), n);
        return id;
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public List<Forum> list() {
        return jdbc.sql("SELECT f.id, f.name, f.description, (SELECT COUNT(*) FROM forum_member m "
                + "WHERE m.forum_id = f.id) FROM forum f ORDER BY f.name LIMIT 500")
                .query((rs, n) -> new Forum(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }

    @ForOfficers
    @Transactional
    public void addMember(long forumId, long memberId) {
        exists(forumId);
        if (accounts.members(List.of(memberId)).isEmpty()) {
            throw new UserFacingException("account.error.notFound");
        }
        int added = jdbc.sql("INSERT IGNORE INTO forum_member (forum_id, member_id, joined_on) VALUES (?, ?, ?)")
                .params(forumId, memberId, LocalDate.now(clock)).update();
        if (added > 0) {
            audit.record("FORUM_MEMBER_ADDED", "forum", String.valueOf(forumId), "member " + memberId);
        }
    }

    @ForOfficers
    @Transactional
    public void removeMember(long forumId, long memberId) {
        int removed = jdbc.sql("DELETE FROM forum_member WHERE forum_id = ? AND member_id = ?")
                .params(forumId, memberId).update();
        if (removed > 0) {
            audit.record("FORUM_MEMBER_REMOVED", "forum", String.valueOf(forumId), "member " + memberId);
        }
    }

    /**
     * The forum's members, each with how many of the forum's ballots held since they joined they voted in (online or
     * on paper).
     */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<ForumMember> members(long forumId) {
        record Row(long memberId, LocalDate joinedOn, long voted, long held) {
        }
        var rows = new java.util.HashMap<Long, Row>();
        jdbc.sql("""
                SELECT m.member_id, m.joined_on,
                       (SELECT COUNT(*) FROM ballot_voter v JOIN ballot b ON b.id = v.ballot_id
                        WHERE v.member_id = m.member_id AND b.forum_id = m.forum_id) AS voted,
                       (SELECT COUNT(*) FROM ballot b WHERE b.forum_id = m.forum_id
                        AND COALESCE(b.opened_at, b.opens_at) >= m.joined_on) AS held
                FROM forum_member m WHERE m.forum_id = ?""")
                .param(forumId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getLong(4)))
                .list().forEach(r -> rows.put(r.memberId(), r));
        // Names and age bands from people, in its order (by name).
        return accounts.members(rows.keySet()).stream()
                .sorted(java.util.Comparator.comparing(org.youthvoice.people.AccountSummary::displayName)
                        .thenComparing(org.youthvoice.people.AccountSummary::username))
                .map(a -> {
                    var r = rows.get(a.id());
                    return new ForumMember(a.id(), a.username(), a.displayName(), a.ageBand(), r.joinedOn(), r.voted(),
                            r.held());
                }).toList();
    }

    /** Every ballot of the forum (oldest first) and whether this member voted in it: their participation over time. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<Participation> participation(long forumId, long memberId) {
        return jdbc.sql("""
                SELECT b.id, b.question, DATE(COALESCE(b.opened_at, b.opens_at)), v.member_id IS NOT NULL, v.on_paper
                FROM ballot b LEFT JOIN ballot_voter v ON v.ballot_id = b.id AND v.member_id = ?
                WHERE b.forum_id = ? ORDER BY COALESCE(b.opened_at, b.opens_at, b.created_at), b.id""")
                .params(memberId, forumId)
                .query((rs, n) -> new Participation(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4), rs.getBoolean(5)))
                .list();
    }

    private void exists(long forumId) {
        if (jdbc.sql("SELECT COUNT(*) FROM forum WHERE id = ?").param(forumId).query(Integer.class).single() == 0) {
            throw new UserFacingException("forums.error.gone");
        }
    }

    private static @Nullable AgeBand band(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return AgeBand.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
