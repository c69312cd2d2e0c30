package org.youthvoice.voting;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.LikePattern;
import org.youthvoice.security.ForOfficers;

/**
 * Forums' ballots with a published result, as evidence for "you said, we did" actions: what a forum decided, and what
 * was done. Actions, a floor above, asks here what officers may point an action at and what the ballots an action
 * points at are; actions keeps the links (design note 0038). An open or unpublished count is not yet what was said.
 */
@Service
public class BallotsAsEvidence {

    /** A ballot as an officer picks it. */
    public record PublishedBallot(long id, String question, String forum) {
    }

    private static final String SELECT = """
            SELECT b.id, b.question, f.name FROM ballot b JOIN forum f ON f.id = b.forum_id
            WHERE b.published_version > 0""";

    private final JdbcClient jdbc;

    BallotsAsEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The published ballots among these ids, in the order they closed. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<PublishedBallot> ballots(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " AND b.id IN (:ids) ORDER BY b.closed_at, b.id").param("ids", ids)
                .query((rs, n) -> ballot(rs)).list();
    }

    /** Published ballots to choose from, latest closed first, whose question or forum has these words. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<PublishedBallot> find(@Nullable String search, int limit) {
        return jdbc.sql(SELECT + """
                 AND (:like IS NULL OR b.question LIKE :like OR f.name LIKE :like)
                ORDER BY b.closed_at DESC, b.id DESC LIMIT :limit""")
                .param("like", LikePattern.containing(search)).param("limit", limit)
                .query((rs, n) -> ballot(rs)).list();
    }

    private static PublishedBallot ballot(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PublishedBallot(rs.getLong("id"), rs.getString("question"), rs.getString("name"));
    }
}
