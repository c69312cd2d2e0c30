package org.youthvoice.voting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.voting.Ballot;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotOption;
import org.youthvoice.voting.BallotState;
import org.youthvoice.voting.PaperRoom;
import org.youthvoice.voting.PassThreshold;

/** Reads ballots and their grouped papers; the services decide who may see what. */
@Component
public class BallotStore {

    private static final String SELECT = """
            SELECT b.id, COALESCE(b.forum_id, 0) AS forum_id, COALESCE(f.name, '') AS name, b.kind, b.question, b.secret, b.choices, b.quorum, b.threshold,
                   b.live_results, b.opens_at, b.closes_at, b.opened_at, b.closed_at, b.meeting_code,
                   b.published_version, b.correcting, b.eligible, b.paper_voters,
                   (SELECT COUNT(*) FROM ballot_voter v WHERE v.ballot_id = b.id AND v.on_paper = FALSE)
                     + (SELECT COALESCE(SUM(g.cast_votes), 0) FROM ballot_group g WHERE g.ballot_id = b.id)
                     + (SELECT COALESCE(SUM(p.weight), 0) FROM ballot_paper p WHERE p.ballot_id = b.id AND p.on_paper = TRUE)
                     + (SELECT COUNT(*) FROM ballot_paper_pending q WHERE q.ballot_id = b.id AND q.on_paper = TRUE)
                     AS voted,
                   (SELECT COUNT(*) FROM forum_member m WHERE m.forum_id = b.forum_id)
                     + (SELECT COALESCE(SUM(g.eligible), 0) FROM ballot_group g WHERE g.ballot_id = b.id) AS members
            FROM ballot b LEFT JOIN forum f ON f.id = b.forum_id
            """;

    private final JdbcClient jdbc;

    BallotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Ballot> find(long id, LocalDateTime now) {
        return where("b.id = :id", Map.of("id", id), now).stream().findFirst();
    }

    public Optional<Ballot> findByMeetingCode(String code, LocalDateTime now) {
        return where("b.meeting_code = :code", Map.of("code", code), now).stream().findFirst();
    }

    /**
     * Ballots matching a condition on {@code b} (ballot) and {@code f} (forum), newest first, at most 500. The
     * parameter {@code now} is always bound.
     */
    public List<Ballot> where(String condition, Map<String, ?> params, LocalDateTime now) {
        var spec = jdbc.sql(SELECT + " WHERE " + condition + " ORDER BY b.id DESC LIMIT 500").param("now", now);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        record Row(long id, long forumId, String forum, BallotKind kind, String question, boolean secret, int choices,
                int quorum, PassThreshold threshold, boolean live, LocalDateTime opensAt, LocalDateTime closesAt,
                BallotState state, String code, int published, boolean correcting, long voted, long eligible,
                int paperVoters) {
        }
        var rows = spec.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("forum_id"), rs.getString("name"),
                BallotKind.valueOf(rs.getString("kind")), rs.getString("question"), rs.getBoolean("secret"),
                rs.getInt("choices"), rs.getInt("quorum"), threshold(rs), rs.getBoolean("live_results"),
                rs.getObject("opens_at", LocalDateTime.class), rs.getObject("closes_at", LocalDateTime.class),
                state(rs, now), rs.getString("meeting_code"), rs.getInt("published_version"),
                rs.getBoolean("correcting"), rs.getLong("voted"), eligible(rs, now), rs.getInt("paper_voters"))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(Row::id).toList();
        var options = new HashMap<Long, List<BallotOption>>();
        jdbc.sql("SELECT ballot_id, position, label, picture FROM ballot_option WHERE ballot_id IN (:ids) "
                + "ORDER BY ballot_id, position").param("ids", ids)
                .query(rs -> {
                    options.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new BallotOption(rs.getInt(2), rs.getString(3), rs.getString(4)));
                });
        var tags = new HashMap<Long, Set<String>>();
        jdbc.sql("SELECT ballot_id, code FROM ballot_tag WHERE ballot_id IN (:ids)").param("ids", ids)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        return rows.stream().map(r -> new Ballot(r.id(), r.forumId(), r.forum(), r.kind(), r.question(),
                options.getOrDefault(r.id(), List.of()), r.secret(), r.choices(), r.quorum(), r.threshold(), r.live(),
                r.opensAt(), r.closesAt(), r.state(), r.code(), tags.getOrDefault(r.id(), Set.of()), r.voted(),
                r.eligible(), r.paperVoters(), r.published(), r.correcting())).toList();
    }

    /** The ballot's papers grouped by source and content: the database counts identical papers. */
    public List<TallyRow> tally(long ballotId) {
        return jdbc.sql("SELECT on_paper, marks, SUM(weight) FROM ballot_paper WHERE ballot_id = ? "
                + "GROUP BY on_paper, marks")
                .param(ballotId)
                .query((rs, n) -> new TallyRow(rs.getBoolean(1), rs.getString(2), rs.getLong(3))).list();
    }

    public List<TallyRow> publishedTally(long ballotId, int version) {
        return jdbc.sql("SELECT on_paper, marks, votes FROM ballot_result_tally WHERE ballot_id = ? AND version = ?")
                .params(ballotId, version)
                .query((rs, n) -> new TallyRow(rs.getBoolean(1), rs.getString(2), rs.getLong(3))).list();
    }

    public long seed(long ballotId) {
        return jdbc.sql("SELECT lot_seed FROM ballot WHERE id = ?").param(ballotId).query(Long.class).single();
    }

    /** Ballots are open between their opening (by hand or at the set time) and their closing. */
    public static String openCondition(String alias) {
        return "(" + alias + ".closed_at IS NULL AND (" + alias + ".closes_at IS NULL OR " + alias + ".closes_at > :now)"
                + " AND (" + alias + ".opened_at IS NOT NULL OR " + alias + ".opens_at <= :now))";
    }

    private static BallotState state(ResultSet rs, LocalDateTime now) throws SQLException {
        var closesAt = rs.getObject("closes_at", LocalDateTime.class);
        if (rs.getObject("closed_at") != null || (closesAt != null && !closesAt.isAfter(now))) {
            return BallotState.CLOSED;
        }
        var opensAt = rs.getObject("opens_at", LocalDateTime.class);
        if (rs.getObject("opened_at") != null || (opensAt != null && !opensAt.isAfter(now))) {
            return BallotState.OPEN;
        }
        return BallotState.NOT_OPEN;
    }

    /**
     * The forum's members (frozen when the ballot closed) or a city-wide ballot's groups, plus the people the officer
     * said may vote on paper without being members.
     */
    private static long eligible(ResultSet rs, LocalDateTime now) throws SQLException {
        long stored = rs.getLong("eligible");
        return (rs.wasNull() ? rs.getLong("members") : stored) + rs.getInt("paper_voters");
    }

    /** Paper ballots entered or imported so far, and the members ticked as voting on paper. */
    public PaperRoom paperRoom(long ballotId) {
        return jdbc.sql("""
                SELECT b.paper_voters,
                       (SELECT COALESCE(SUM(p.weight), 0) FROM ballot_paper p WHERE p.ballot_id = b.id AND p.on_paper = TRUE)
                         + (SELECT COUNT(*) FROM ballot_paper_pending q WHERE q.ballot_id = b.id AND q.on_paper = TRUE),
                       (SELECT COUNT(*) FROM ballot_voter v WHERE v.ballot_id = b.id AND v.on_paper = TRUE)
                FROM ballot b WHERE b.id = ?""").param(ballotId)
                .query((rs, n) -> new PaperRoom(rs.getInt(1), rs.getLong(2), rs.getLong(3))).single();
    }

    private static PassThreshold threshold(ResultSet rs) throws SQLException {
        String value = rs.getString("threshold");
        return value == null ? null : PassThreshold.valueOf(value);
    }
}
