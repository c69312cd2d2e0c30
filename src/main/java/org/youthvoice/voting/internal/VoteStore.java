package org.youthvoice.voting.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who voted ({@code ballot_voter}), and the papers that go straight to the count ({@code ballot_paper}; a secret
 * ballot's online papers wait in {@link PaperPool} first). Nothing here joins a voter to a paper, except an open
 * ballot's {@code ballot_open_vote}, which says whose its paper is (design note 0022).
 */
@Component
public class VoteStore {

    /** A member who voted: online, or ticked as voting on paper. */
    public record Voter(long memberId, boolean onPaper) {
    }

    /** An open (not secret) ballot's vote: whose it is, and its marks. */
    public record OpenVote(long memberId, String marks) {
    }

    private final JdbcClient jdbc;

    VoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean voted(long ballotId, long memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM ballot_voter WHERE ballot_id = ? AND member_id = ?")
                .params(ballotId, memberId).query(Integer.class).single() > 0;
    }

    /**
     * Writes that the member voted, online or on paper; the key (ballot, member) refuses a second time with a
     * {@link org.springframework.dao.DuplicateKeyException}.
     */
    public void addVoter(long ballotId, long memberId, boolean onPaper) {
        jdbc.sql("INSERT INTO ballot_voter (ballot_id, member_id, on_paper) VALUES (?, ?, ?)")
                .params(ballotId, memberId, onPaper).update();
    }

    /** The ballot's voters, in no particular order. */
    public List<Voter> voters(long ballotId) {
        return jdbc.sql("SELECT member_id, on_paper FROM ballot_voter WHERE ballot_id = ?").param(ballotId)
                .query(Voter.class).list();
    }

    /** A paper (or {@code weight} identical papers) into the count, under a random id. */
    public void addPaper(String paperId, long ballotId, boolean onPaper, String marks, long weight) {
        jdbc.sql("INSERT INTO ballot_paper (id, ballot_id, on_paper, marks, weight) VALUES (?, ?, ?, ?, ?)")
                .params(paperId, ballotId, onPaper, marks, Math.toIntExact(weight)).update();
    }

    /** A paper moved out of a secret ballot's pool, under a new random id, with the group it came through, if any. */
    public void addPooledPaper(String paperId, long ballotId, boolean onPaper, String marks,
            @org.jspecify.annotations.Nullable String groupCode) {
        jdbc.sql("INSERT INTO ballot_paper (id, ballot_id, on_paper, marks, weight, group_code) "
                + "VALUES (?, ?, ?, ?, 1, ?)")
                .params(paperId, ballotId, onPaper, marks, groupCode).update();
    }

    /** An open ballot only: whose this paper is. */
    public void addOpenVote(long ballotId, long memberId, String paperId) {
        jdbc.sql("INSERT INTO ballot_open_vote (ballot_id, member_id, paper_id) VALUES (?, ?, ?)")
                .params(ballotId, memberId, paperId).update();
    }

    /** An open ballot's votes: each member's marks. */
    public List<OpenVote> openVotes(long ballotId) {
        return jdbc.sql("SELECT o.member_id, p.marks FROM ballot_open_vote o JOIN ballot_paper p ON p.id = o.paper_id "
                + "WHERE o.ballot_id = ?").param(ballotId)
                .query(OpenVote.class).list();
    }
}
