package org.youthvoice.voting.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.actions.Evidence;
import org.youthvoice.actions.EvidenceSource;

/** Ballots whose results are published, as evidence for actions: what a forum decided, and what was done. */
@Component
class BallotEvidence implements EvidenceSource {

    static final String KIND = "BALLOT";
    private final JdbcClient jdbc;

    BallotEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Evidence> linkedTo(long actionId) {
        return jdbc.sql("""
                SELECT b.id, b.question, f.name FROM ballot b JOIN forum f ON f.id = b.forum_id
                JOIN ballot_action a ON a.ballot_id = b.id WHERE a.action_id = ? ORDER BY b.closed_at, b.id""")
                .param(actionId).query((rs, n) -> evidence(rs)).list();
    }

    @Override
    public List<Evidence> choices(@Nullable String search, int limit) {
        String like = EvidenceSource.containing(search);
        return jdbc.sql("""
                SELECT b.id, b.question, f.name FROM ballot b JOIN forum f ON f.id = b.forum_id
                WHERE b.published_version > 0 AND (:like IS NULL OR b.question LIKE :like OR f.name LIKE :like)
                ORDER BY b.closed_at DESC, b.id DESC LIMIT :limit""")
                .param("like", like).param("limit", limit).query((rs, n) -> evidence(rs)).list();
    }

    @Override
    public void link(long actionId, String ref) {
        jdbc.sql("INSERT IGNORE INTO ballot_action (ballot_id, action_id) VALUES (?, ?)").params(id(ref), actionId)
                .update();
    }

    @Override
    public void unlink(long actionId, String ref) {
        jdbc.sql("DELETE FROM ballot_action WHERE ballot_id = ? AND action_id = ?").params(id(ref), actionId).update();
    }

    /** Only a ballot with a published result can be evidence: an open or unpublished count is not yet what was said. */
    private long id(String ref) {
        return EvidenceSource.numericRef(ref, id -> jdbc.sql("SELECT COUNT(*) FROM ballot WHERE id = ? "
                + "AND published_version > 0").param(id).query(Integer.class).single() > 0);
    }

    private static Evidence evidence(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Evidence(KIND, String.valueOf(rs.getLong(1)), rs.getString(3) + ": " + rs.getString(2));
    }
}
