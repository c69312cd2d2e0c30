package org.youthvoice.voting.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.voting.BallotKind;

/**
 * A city-wide ballot's schools and groups ({@code ballot_group}): each with its code, its eligible number and the
 * votes it has cast. A code says which group a vote came from, never who cast it.
 */
@Component
public class CityGroupStore {

    /** A group as stored; {@code castVotes} unsuppressed, for the service to show as it may. */
    public record Group(String code, long ballotId, String name, int eligible, long castVotes) {
    }

    /** One group's papers with the same first choice ({@code firstMarks}, as {@link Marks} writes it). */
    public record FirstChoices(String groupCode, String firstMarks, long votes) {
    }

    /** What a vote with a group's code needs to know of its ballot. */
    public record VoteTarget(long ballotId, BallotKind kind, int choices, int options, boolean open) {
    }

    private final JdbcClient jdbc;

    CityGroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String code, long ballotId, String name, int eligible) {
        jdbc.sql("INSERT INTO ballot_group (code, ballot_id, name, eligible) VALUES (?, ?, ?, ?)")
                .params(code, ballotId, name, eligible).update();
    }

    /** The ballot's groups by name. */
    public List<Group> groups(long ballotId) {
        return jdbc.sql("""
                SELECT g.code, g.ballot_id, g.name, g.eligible, g.cast_votes
                FROM ballot_group g WHERE g.ballot_id = ? ORDER BY g.name""")
                .param(ballotId).query(Group.class).list();
    }

    public Optional<Group> find(String code) {
        return jdbc.sql("SELECT code, ballot_id, name, eligible, cast_votes FROM ballot_group WHERE code = ?")
                .param(code).query(Group.class).optional();
    }

    /** Papers that have left the waiting pool, grouped by group and first choice, counted in the database. */
    public List<FirstChoices> firstChoices(long ballotId) {
        return jdbc.sql("""
                SELECT group_code, SUBSTRING_INDEX(marks, ',', 1) AS first_marks, SUM(weight) AS votes FROM ballot_paper
                WHERE ballot_id = ? AND group_code IS NOT NULL GROUP BY group_code, SUBSTRING_INDEX(marks, ',', 1)""")
                .param(ballotId).query(FirstChoices.class).list();
    }

    /**
     * Counts one vote against the group's cap in one statement, which locks the group's row until commit (a rollback
     * gives the place back). False if the code is unknown or the group has cast all its votes.
     */
    public boolean countVote(String code) {
        return jdbc.sql("UPDATE ballot_group SET cast_votes = cast_votes + 1 WHERE code = ? AND cast_votes < eligible")
                .param(code).update() > 0;
    }

    public boolean exists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM ballot_group WHERE code = ?").param(code).query(Integer.class)
                .single() > 0;
    }

    /**
     * The ballot of a known group's code, with a shared lock on the ballot's row: closing it, and moving its waiting
     * papers on, wait for votes in flight.
     */
    public VoteTarget voteTarget(String code, LocalDateTime now) {
        return jdbc.sql("SELECT b.id, b.kind, b.choices, (SELECT COUNT(*) FROM ballot_option o WHERE o.ballot_id = b.id) "
                + "AS options, " + BallotStore.openCondition("b") + " AS is_open "
                + "FROM ballot_group g JOIN ballot b ON b.id = g.ballot_id WHERE g.code = :code LOCK IN SHARE MODE")
                .param("code", code).param("now", now)
                .query((rs, i) -> new VoteTarget(rs.getLong("id"), BallotKind.valueOf(rs.getString("kind")),
                        rs.getInt("choices"), rs.getInt("options"), rs.getBoolean("is_open")))
                .single();
    }
}
