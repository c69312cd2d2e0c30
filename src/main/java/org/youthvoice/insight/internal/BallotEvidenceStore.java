package org.youthvoice.insight.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.insight.BallotResultPublished;

/**
 * Insight's read model of published ballot results (design note 0036): kept from the {@link BallotResultPublished}
 * events voting sends, read by the evidence pages. Raw counts: the caller applies the small-number rules.
 *
 * <p>The event is handled in the publishing transaction (a plain listener, not an asynchronous one): the evidence
 * pages show a result from the moment it is published, and a result that could not be kept is not published either.
 * A version older than the one kept is ignored; the same version again replaces itself.
 */
@Component
public class BallotEvidenceStore {

    /** A kept result, raw counts, codes among those asked for (or all of them). */
    public record StoredBallot(long id, String question, String forum, LocalDateTime publishedAt,
            @Nullable String summary, @Nullable String motionOutcome, long papers, List<StoredOption> options,
            List<String> winners, Set<String> codes) {
    }

    public record StoredOption(String label, long votes) {
    }

    private final JdbcClient jdbc;

    BallotEvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(BallotResultPublished result) {
        // No locking read: voting's claim on the ballot's row (evidence_version) already lets one transaction at a
        // time send a ballot, and a locking read of a row not there yet takes gap locks that two ballots sent at once
        // could deadlock on.
        Integer kept = jdbc.sql("SELECT version FROM insight_ballot WHERE ballot_id = ?")
                .param(result.ballotId()).query(Integer.class).optional().orElse(null);
        if (kept != null && kept > result.version()) {
            return;
        }
        jdbc.sql("DELETE FROM insight_ballot WHERE ballot_id = ?").param(result.ballotId()).update();
        jdbc.sql("""
                INSERT INTO insight_ballot (ballot_id, version, question, forum, published_at, summary, motion_outcome,
                    papers) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(result.ballotId(), result.version(), result.question(), result.forum(), result.publishedAt(),
                        result.summary(), result.motionOutcome(), result.papers())
                .update();
        var winners = result.winners();
        var ranked = new HashSet<String>();
        for (int i = 0; i < result.options().size(); i++) {
            var option = result.options().get(i);
            int rank = winners.indexOf(option.label());
            Integer winnerRank = rank >= 0 && ranked.add(option.label()) ? rank : null;
            jdbc.sql("INSERT INTO insight_ballot_option (ballot_id, position, label, votes, winner_rank) "
                    + "VALUES (?, ?, ?, ?, ?)")
                    .params(result.ballotId(), i, option.label(), option.votes(), winnerRank).update();
        }
        for (String code : result.codes()) {
            jdbc.sql("INSERT INTO insight_ballot_code (ballot_id, code) VALUES (?, ?)").params(result.ballotId(), code)
                    .update();
        }
    }

    /** Kept results tagged with any of these codes: ballot id to its codes among them. */
    public Map<Long, Set<String>> tagged(Collection<String> codes) {
        Map<Long, Set<String>> tagged = new HashMap<>();
        if (codes.isEmpty()) {
            return tagged;
        }
        jdbc.sql("SELECT ballot_id, code FROM insight_ballot_code WHERE code IN (:codes)").param("codes", codes)
                .query(rs -> {
                    tagged.computeIfAbsent(rs.getLong("ballot_id"), k -> new HashSet<>()).add(rs.getString("code"));
                });
        return tagged;
    }

    /** Kept results tagged with any of these codes, each with its codes among them, latest first. */
    public List<StoredBallot> taggedWith(Collection<String> codes) {
        var tagged = tagged(codes);
        return tagged.isEmpty() ? List.of() : read(tagged);
    }

    /** The latest kept results, tagged or not, with no codes. */
    public List<StoredBallot> latest(int limit) {
        var ids = new LinkedHashMap<Long, Set<String>>();
        jdbc.sql("SELECT ballot_id FROM insight_ballot ORDER BY published_at DESC, ballot_id DESC LIMIT ?")
                .param(limit).query(Long.class).list().forEach(id -> ids.put(id, Set.of()));
        return ids.isEmpty() ? List.of() : read(ids);
    }

    private List<StoredBallot> read(Map<Long, Set<String>> codes) {
        var options = new HashMap<Long, List<StoredOption>>();
        var winners = new HashMap<Long, Map<Integer, String>>();
        jdbc.sql("SELECT ballot_id, label, votes, winner_rank FROM insight_ballot_option WHERE ballot_id IN (:ids) "
                + "ORDER BY ballot_id, position").param("ids", codes.keySet())
                .query(rs -> {
                    long id = rs.getLong("ballot_id");
                    options.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new StoredOption(rs.getString("label"), rs.getLong("votes")));
                    int rank = rs.getInt("winner_rank");
                    if (!rs.wasNull()) {
                        winners.computeIfAbsent(id, k -> new java.util.TreeMap<>()).put(rank, rs.getString("label"));
                    }
                });
        return jdbc.sql("""
                SELECT ballot_id, question, forum, published_at, summary, motion_outcome, papers FROM insight_ballot
                WHERE ballot_id IN (:ids) ORDER BY published_at DESC, ballot_id DESC""")
                .param("ids", codes.keySet())
                .query((rs, n) -> {
                    long id = rs.getLong("ballot_id");
                    return new StoredBallot(id, rs.getString("question"), rs.getString("forum"),
                            rs.getObject("published_at", LocalDateTime.class), rs.getString("summary"),
                            rs.getString("motion_outcome"), rs.getLong("papers"), options.getOrDefault(id, List.of()),
                            List.copyOf(winners.getOrDefault(id, Map.of()).values()), codes.get(id));
                })
                .list();
    }
}
