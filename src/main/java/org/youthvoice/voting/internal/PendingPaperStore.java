package org.youthvoice.voting.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A secret ballot's sealed papers waiting in the pool ({@code ballot_paper_pending}) before they join the count;
 * {@link PaperPool} keeps the rules (when a batch moves, how many stay, shuffling, sealing). A row holds a random id,
 * the ballot and the sealed paper: nothing here says whose it is or when it came.
 */
@Component
public class PendingPaperStore {

    /** A waiting paper, still sealed. */
    public record Pending(String id, byte[] sealed) {
    }

    private final JdbcClient jdbc;

    PendingPaperStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Seals in a paper: online, or typed in by an officer from a paper ballot. */
    public void add(String id, long ballotId, byte[] sealed, boolean onPaper) {
        jdbc.sql("INSERT INTO ballot_paper_pending (id, ballot_id, sealed, on_paper) VALUES (?, ?, ?, ?)")
                .params(id, ballotId, sealed, onPaper).update();
    }

    public int waiting(long ballotId) {
        return jdbc.sql("SELECT COUNT(*) FROM ballot_paper_pending WHERE ballot_id = ?").param(ballotId)
                .query(Integer.class).single();
    }

    /** Ballots with at least this many papers waiting. */
    public List<Long> ballotsWithAtLeast(int papers) {
        return jdbc.sql("SELECT ballot_id FROM ballot_paper_pending GROUP BY ballot_id HAVING COUNT(*) >= ?")
                .param(papers).query(Long.class).list();
    }

    /** Ballots closed (by hand or by their closing time) with papers still waiting. */
    public List<Long> closedWithWaitingPapers(LocalDateTime now) {
        return jdbc.sql("""
                SELECT DISTINCT p.ballot_id FROM ballot_paper_pending p JOIN ballot b ON b.id = p.ballot_id
                WHERE b.closed_at IS NOT NULL OR (b.closes_at IS NOT NULL AND b.closes_at <= ?)""")
                .param(now).query(Long.class).list();
    }

    /** The ballot's waiting papers, sealed, in no particular order. */
    public List<byte[]> sealed(long ballotId) {
        return jdbc.sql("SELECT sealed FROM ballot_paper_pending WHERE ballot_id = ?").param(ballotId)
                .query((rs, n) -> rs.getBytes("sealed")).list();
    }

    /** The ballot's waiting papers, locked until the transaction ends, to be moved to the count. */
    public List<Pending> lockedForMove(long ballotId) {
        return jdbc.sql("SELECT id, sealed FROM ballot_paper_pending WHERE ballot_id = ? FOR UPDATE")
                .param(ballotId).query((rs, n) -> new Pending(rs.getString("id"), rs.getBytes("sealed"))).list();
    }

    /** Takes moved papers out of the pool. */
    public void remove(List<String> ids) {
        jdbc.sql("DELETE FROM ballot_paper_pending WHERE id IN (:ids)").param("ids", ids).update();
    }
}
