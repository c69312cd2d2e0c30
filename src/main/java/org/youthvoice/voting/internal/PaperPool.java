package org.youthvoice.voting.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.youthvoice.base.DisclosureControl;
import org.youthvoice.voting.Ballot;
import org.youthvoice.voting.BallotState;

/**
 * Where a secret ballot's papers wait before they join the count, so that a paper never lands in {@code ballot_paper}
 * at the moment its voter lands in {@code ballot_voter}. A paper is sealed ({@link PaperSeal}) into
 * {@code ballot_paper_pending} in the vote's own transaction (so it is never lost, not even by a restart). Once
 * {@code 2k} papers wait (k: the small-number threshold, at least 2), a random choice of all but {@code k} of them
 * moves to {@code ballot_paper} in shuffled order, with new random ids; at close every waiting paper moves. Always
 * {@code k} stay behind, so a moved paper may be any one of at least {@code 2k} voters', and the last voters' papers
 * are still mixed with {@code k} others when the vote closes.
 *
 * <p>Callers hold the ballot's row lock ({@code SELECT ... FOR UPDATE}) so that pool moves never run side by side.
 */
@Component
public class PaperPool {

    private final PendingPaperStore pending;
    private final VoteStore votes;
    private final PaperSeal seal;
    private final BallotStore store;
    private final DisclosureControl disclosure;
    private final SecureRandom random = new SecureRandom();

    PaperPool(PendingPaperStore pending, VoteStore votes, PaperSeal seal, BallotStore store,
            DisclosureControl disclosure) {
        this.pending = pending;
        this.votes = votes;
        this.seal = seal;
        this.store = store;
        this.disclosure = disclosure;
    }

    /** How many papers stay in the pool: the small-number threshold, and never fewer than two. */
    public int keep() {
        return Math.max(2, disclosure.threshold());
    }

    /**
     * Seals an online paper into the pool and, if the caller holds the ballot's row lock for update, moves a batch on
     * when enough wait. City-wide votes hold it only shared (thousands vote at once): their batches move in a
     * scheduled job ({@code PoolFlush}).
     */
    public void add(long ballotId, @Nullable String groupCode, String marks, boolean holdsBallotLock) {
        pending.add(randomId(random), ballotId, seal.seal(new PaperSeal.Waiting(false, groupCode, marks)), false);
        if (holdsBallotLock) {
            moveIfFull(ballotId);
        }
    }

    /**
     * Seals a paper ballot an officer typed in while a secret ballot is open into the pool, under the ballot's row
     * lock, and moves a batch on when enough wait: the live count never moves by the one paper just handed over.
     */
    public void addTyped(long ballotId, String marks) {
        pending.add(randomId(random), ballotId, seal.seal(new PaperSeal.Waiting(true, null, marks)), true);
        moveIfFull(ballotId);
    }

    /** Under the ballot's row lock: moves all but {@code k} of the waiting papers once {@code 2k} wait. */
    public void moveIfFull(long ballotId) {
        int waiting = waiting(ballotId);
        if (waiting >= 2 * keep()) {
            move(ballotId, waiting - keep());
        }
    }

    /** Ballots with at least {@code 2k} papers waiting. */
    public List<Long> full() {
        return pending.ballotsWithAtLeast(2 * keep());
    }

    /** Moves every waiting paper to the count: when the ballot closes. */
    public int flush(long ballotId) {
        return move(ballotId, Integer.MAX_VALUE);
    }

    /** Ballots closed (by hand or by their closing time) with papers still waiting. */
    public List<Long> closedWithWaitingPapers(java.time.LocalDateTime now) {
        return pending.closedWithWaitingPapers(now);
    }

    public int waiting(long ballotId) {
        return pending.waiting(ballotId);
    }

    /**
     * The papers to count: once the ballot is closed, every paper, waiting or not (a ballot closed by its time may
     * not have been flushed yet); while it is open, only those that have left the pool.
     */
    public List<TallyRow> tally(Ballot ballot) {
        var rows = store.tally(ballot.id());
        if (ballot.state() != BallotState.CLOSED) {
            return rows;
        }
        var waiting = waitingPapers(ballot.id());
        if (waiting.isEmpty()) {
            return rows;
        }
        var grouped = new LinkedHashMap<TallyRow, Long>();
        rows.forEach(r -> grouped.merge(new TallyRow(r.onPaper(), r.marks(), 0), r.votes(), Long::sum));
        waiting.forEach(w -> grouped.merge(new TallyRow(w.onPaper(), w.marks(), 0), 1L, Long::sum));
        return grouped.entrySet().stream().map(e -> new TallyRow(e.getKey().onPaper(), e.getKey().marks(),
                e.getValue())).toList();
    }

    /** The waiting papers of a ballot, opened: for counting a closed ballot before its pool is flushed. */
    public List<PaperSeal.Waiting> waitingPapers(long ballotId) {
        return pending.sealed(ballotId).stream().map(seal::open).toList();
    }

    private int move(long ballotId, int most) {
        var rows = new ArrayList<>(pending.lockedForMove(ballotId));
        if (rows.isEmpty()) {
            return 0;
        }
        Collections.shuffle(rows, random);
        var moving = rows.subList(0, Math.min(most, rows.size()));
        for (var row : moving) {
            var paper = seal.open(row.sealed());
            votes.addPooledPaper(randomId(random), ballotId, paper.onPaper(), paper.marks(), paper.groupCode());
        }
        pending.remove(moving.stream().map(PendingPaperStore.Pending::id).sorted().toList());
        return moving.size();
    }

    /** 128 random bits as hex: neither the id nor the clustered order it gives follows voting order. */
    public static String randomId(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
