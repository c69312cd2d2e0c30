package org.youthvoice.voting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.youthvoice.voting.Ballot;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotOption;
import org.youthvoice.voting.BallotState;
import org.youthvoice.voting.BallotsAsEvidence.PublishedBallot;
import org.youthvoice.voting.NewBallotOption;
import org.youthvoice.voting.PaperRoom;
import org.youthvoice.voting.PassThreshold;

/**
 * Ballots: their rows, options and tags, the changes of their state, and their grouped papers. The services decide who
 * may do and see what.
 */
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
                    options.computeIfAbsent(rs.getLong("ballot_id"), k -> new ArrayList<>())
                            .add(new BallotOption(rs.getInt("position"), rs.getString("label"), rs.getString("picture")));
                });
        var tags = new HashMap<Long, Set<String>>();
        jdbc.sql("SELECT ballot_id, code FROM ballot_tag WHERE ballot_id IN (:ids)").param("ids", ids)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong("ballot_id"), k -> new HashSet<>()).add(rs.getString("code"));
                });
        return rows.stream().map(r -> new Ballot(r.id(), r.forumId(), r.forum(), r.kind(), r.question(),
                options.getOrDefault(r.id(), List.of()), r.secret(), r.choices(), r.quorum(), r.threshold(), r.live(),
                r.opensAt(), r.closesAt(), r.state(), r.code(), tags.getOrDefault(r.id(), Set.of()), r.voted(),
                r.eligible(), r.paperVoters(), r.published(), r.correcting())).toList();
    }

    /** The ballot's papers grouped by source and content: the database counts identical papers. */
    public List<TallyRow> tally(long ballotId) {
        return jdbc.sql("SELECT on_paper, marks, SUM(weight) AS votes FROM ballot_paper WHERE ballot_id = ? "
                + "GROUP BY on_paper, marks")
                .param(ballotId)
                .query(TallyRow.class).list();
    }

    public List<TallyRow> publishedTally(long ballotId, int version) {
        return jdbc.sql("SELECT on_paper, marks, votes FROM ballot_result_tally WHERE ballot_id = ? AND version = ?")
                .params(ballotId, version)
                .query(TallyRow.class).list();
    }

    public long seed(long ballotId) {
        return jdbc.sql("SELECT lot_seed FROM ballot WHERE id = ?").param(ballotId).query(Long.class).single();
    }

    /** A ballot's row as it is first written; its options and tags go in beside it. */
    public record NewRow(@Nullable Long forumId, BallotKind kind, String question, boolean secret, int choices,
            int quorum, @Nullable PassThreshold threshold, boolean liveResults, String meetingCode,
            @Nullable LocalDateTime opensAt, @Nullable LocalDateTime closesAt, long lotSeed,
            LocalDateTime createdAt) {
    }

    /** Writes a new ballot with its options (in this order) and tags; returns its id. */
    public long create(NewRow row, List<NewBallotOption> options, Collection<String> tags) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ballot (forum_id, kind, question, secret, choices, quorum, threshold, live_results,
                                    meeting_code, opens_at, closes_at, lot_seed, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(row.forumId(), row.kind().name(), row.question(), row.secret(), row.choices(), row.quorum(),
                        row.threshold() == null ? null : row.threshold().name(), row.liveResults(),
                        row.meetingCode(), row.opensAt(), row.closesAt(), row.lotSeed(), row.createdAt())
                .update(keys);
        long id = keys.getKey().longValue();
        for (int i = 0; i < options.size(); i++) {
            jdbc.sql("INSERT INTO ballot_option (ballot_id, position, label, picture) VALUES (?, ?, ?, ?)")
                    .params(id, i, options.get(i).label(), options.get(i).picture()).update();
        }
        for (String tag : tags) {
            jdbc.sql("INSERT INTO ballot_tag (ballot_id, code) VALUES (?, ?)").params(id, tag).update();
        }
        return id;
    }

    /**
     * The ballot's row lock, until the transaction ends: votes on one ballot, its pool's moves, its papers and its
     * closing take turns.
     */
    public void lock(long id) {
        jdbc.sql("SELECT id FROM ballot WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
    }

    /** Opens it by hand now ({@link BallotState#OPEN}). */
    public void open(long id, LocalDateTime now) {
        jdbc.sql("UPDATE ballot SET opened_at = ?, version = version + 1 WHERE id = ?").params(now, id).update();
    }

    /**
     * Closes it now ({@link BallotState#CLOSED}), opened now too if it never was, freezing who could have voted: the
     * forum's members at this moment, or a city-wide ballot's groups.
     */
    public void close(long id, LocalDateTime now) {
        jdbc.sql("""
                UPDATE ballot SET closed_at = ?, opened_at = COALESCE(opened_at, ?),
                    eligible = (SELECT COUNT(*) FROM forum_member m WHERE m.forum_id = ballot.forum_id)
                        + (SELECT COALESCE(SUM(g.eligible), 0) FROM ballot_group g WHERE g.ballot_id = ballot.id),
                    version = version + 1
                WHERE id = ?""").params(now, now, id).update();
    }

    /** This version is now the published one, and any correction is over. */
    public void published(long id, int version) {
        jdbc.sql("UPDATE ballot SET published_version = ?, correcting = FALSE, version = version + 1 WHERE id = ?")
                .params(version, id).update();
    }

    /**
     * Marks this published version as sent to the evidence pages (insight's copy); false if it, or a later one, was
     * sent already (by another node starting at the same time, say).
     */
    public boolean sentAsEvidence(long id, int version) {
        return jdbc.sql("UPDATE ballot SET evidence_version = ? WHERE id = ? AND evidence_version < ?")
                .params(version, id, version).update() > 0;
    }

    /** Ballots whose published version has not been sent to the evidence pages yet, by id. */
    public List<Long> unsentAsEvidence() {
        return jdbc.sql("SELECT id FROM ballot WHERE published_version > evidence_version ORDER BY id")
                .query(Long.class).list();
    }

    /** Paper ballots may be added to a published ballot again, until the next version is published. */
    public void startCorrection(long id) {
        jdbc.sql("UPDATE ballot SET correcting = TRUE, version = version + 1 WHERE id = ?").param(id).update();
    }

    public void setPaperVoters(long id, int paperVoters) {
        jdbc.sql("UPDATE ballot SET paper_voters = ?, version = version + 1 WHERE id = ?").params(paperVoters, id)
                .update();
    }

    /** What changes on the projector: a ballot's version, votes so far and whether its set times have passed. */
    public Optional<String> meetingFingerprint(String code, LocalDateTime now) {
        return jdbc.sql("""
                SELECT CONCAT(b.version, ':', (SELECT COUNT(*) FROM ballot_voter v WHERE v.ballot_id = b.id), ':',
                              (SELECT COALESCE(SUM(g.cast_votes), 0) FROM ballot_group g WHERE g.ballot_id = b.id), ':',
                              (SELECT COALESCE(SUM(weight), 0) FROM ballot_paper p WHERE p.ballot_id = b.id), ':',
                              (b.closes_at IS NOT NULL AND b.closes_at <= ?), ':', (b.opens_at IS NOT NULL AND b.opens_at <= ?))
                FROM ballot b WHERE b.meeting_code = ?""")
                .params(now, now, code).query(String.class).optional();
    }

    /** Votes cast in one calendar quarter (keyed by its first day). */
    public record QuarterVotes(LocalDate quarterStart, long votes) {
    }

    /**
     * Votes cast, online and on paper, in ballots that closed in {@code [from, to)}, per calendar quarter, oldest
     * first: a number of votes, never who voted.
     */
    public List<QuarterVotes> votesByQuarter(LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("""
                SELECT MAKEDATE(YEAR(b.closed_at), 1) + INTERVAL (QUARTER(b.closed_at) - 1) QUARTER AS quarter_start,
                       SUM(p.weight) AS votes
                FROM ballot b JOIN (SELECT ballot_id, weight FROM ballot_paper
                                    UNION ALL SELECT ballot_id, 1 FROM ballot_paper_pending) p ON p.ballot_id = b.id
                WHERE b.closed_at >= ? AND b.closed_at < ? GROUP BY quarter_start ORDER BY quarter_start""")
                .params(from, to)
                .query((rs, n) -> new QuarterVotes(rs.getObject("quarter_start", LocalDate.class),
                        rs.getLong("votes")))
                .list();
    }

    private static final String PUBLISHED = """
            SELECT b.id, b.question, f.name FROM ballot b JOIN forum f ON f.id = b.forum_id
            WHERE b.published_version > 0""";

    /** The forums' published ballots among these ids, in the order they closed. */
    public List<PublishedBallot> published(Collection<Long> ids) {
        return jdbc.sql(PUBLISHED + " AND b.id IN (:ids) ORDER BY b.closed_at, b.id").param("ids", ids)
                .query((rs, n) -> publishedBallot(rs)).list();
    }

    /**
     * The forums' published ballots, latest closed first, whose question or forum matches {@code like} (null: any).
     */
    public List<PublishedBallot> published(@Nullable String like, int limit) {
        return jdbc.sql(PUBLISHED + """
                 AND (:like IS NULL OR b.question LIKE :like OR f.name LIKE :like)
                ORDER BY b.closed_at DESC, b.id DESC LIMIT :limit""")
                .param("like", like).param("limit", limit)
                .query((rs, n) -> publishedBallot(rs)).list();
    }

    private static PublishedBallot publishedBallot(ResultSet rs) throws SQLException {
        return new PublishedBallot(rs.getLong("id"), rs.getString("question"), rs.getString("name"));
    }

    /**
     * Ballots are open between their opening (by hand or at the set time) and their closing: {@link BallotState#at} in
     * SQL.
     */
    public static String openCondition(String alias) {
        return "(" + alias + ".closed_at IS NULL AND (" + alias + ".closes_at IS NULL OR " + alias + ".closes_at > :now)"
                + " AND (" + alias + ".opened_at IS NOT NULL OR " + alias + ".opens_at <= :now))";
    }

    private static BallotState state(ResultSet rs, LocalDateTime now) throws SQLException {
        return BallotState.at(rs.getObject("opened_at", LocalDateTime.class),
                rs.getObject("opens_at", LocalDateTime.class), rs.getObject("closed_at", LocalDateTime.class),
                rs.getObject("closes_at", LocalDateTime.class), now);
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
                         + (SELECT COUNT(*) FROM ballot_paper_pending q WHERE q.ballot_id = b.id AND q.on_paper = TRUE)
                         AS papers,
                       (SELECT COUNT(*) FROM ballot_voter v WHERE v.ballot_id = b.id AND v.on_paper = TRUE) AS ticked
                FROM ballot b WHERE b.id = ?""").param(ballotId)
                .query(PaperRoom.class).single();
    }

    private static PassThreshold threshold(ResultSet rs) throws SQLException {
        String value = rs.getString("threshold");
        return value == null ? null : PassThreshold.valueOf(value);
    }
}
