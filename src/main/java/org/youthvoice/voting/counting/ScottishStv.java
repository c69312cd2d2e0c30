package org.youthvoice.voting.counting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.voting.OptionValue;
import org.youthvoice.voting.Reason;
import org.youthvoice.voting.SingleTransferableVoteResult;
import org.youthvoice.voting.Stage;
import org.youthvoice.voting.StageKind;
import org.youthvoice.voting.TieBreak;
import org.youthvoice.voting.internal.RankedBallots;

/**
 * Single transferable vote by the Scottish Local Government Elections Order 2007 (SSI 2007/42), schedule 1, rules 45
 * to 52 — a weighted inclusive Gregory method:
 * <ol>
 * <li>45: valid papers (a clear first preference) are sorted by first preference, each worth one vote.</li>
 * <li>46: quota = valid papers / (seats + 1), fraction ignored, plus one.</li>
 * <li>47: a candidate whose votes equal or exceed the quota is elected.</li>
 * <li>48: a surplus (votes over the quota) is transferred by sorting <em>all</em> papers the candidate holds by
 * their next preference for a continuing candidate; each paper moves at value = surplus x (its value when the
 * candidate received it) / (the candidate's votes), cut (not rounded) to five decimal places. Papers with no such
 * preference are non-transferable. The candidate keeps the quota.</li>
 * <li>49: the largest surplus goes first; equal surpluses: the candidate with more votes at the most recent earlier
 * stage where they differed goes first, then by lot.</li>
 * <li>50: when no surplus is left to transfer, the candidate with the fewest votes is excluded and all their papers
 * move in one stage, each at the value it had when the excluded candidate received it.</li>
 * <li>51: equal lowest: the one with fewer votes at the most recent earlier stage where they differed is excluded,
 * then by lot. (Where several still share that stage's lowest, only they go on to be compared further back.)</li>
 * <li>52: when the continuing candidates are no more than the seats left, they are all elected and nothing more is
 * transferred; the count also stops as soon as every seat is filled.</li>
 * </ol>
 * Values are exact fixed-point integers in units of 0.00001 of a vote, so there is no floating-point drift. A paper
 * whose first preference is an overvote is invalid (no clear first preference); a later overvote makes it
 * non-transferable when reached.
 */
public final class ScottishStv {

    /** One vote, in units of 0.00001. */
    static final long UNIT = 100_000;
    private static final int EXHAUSTED = -1;

    private enum State { CONTINUING, ELECTED, EXCLUDED }

    private final List<String> options;
    private final int optionCount;
    private final int seats;
    private final int groups;
    private final long[] papers;
    private final long[] value;
    private final int[] end;
    private final int[] preferences;
    private final int[] place;
    private final int[] pile;
    private final State[] state;
    private final boolean[] surplusPending;
    private final long[] votes;
    private final List<String> elected = new ArrayList<>();
    private final List<long[]> history = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private final List<Reason> reasons = new ArrayList<>();
    private long quota;

    private ScottishStv(RankedBallots ballots, int seats) {
        options = ballots.options();
        optionCount = options.size();
        this.seats = seats;
        int valid = 0;
        int total = 0;
        for (int g = 0; g < ballots.groups(); g++) {
            if (ballots.preference(g, 0) != RankedBallots.OVERVOTE) {
                valid++;
                total += ballots.length(g);
            }
        }
        groups = valid;
        papers = new long[groups];
        value = new long[groups];
        end = new int[groups];
        place = new int[groups];
        pile = new int[groups];
        preferences = new int[total];
        int g = 0;
        int at = 0;
        for (int source = 0; source < ballots.groups(); source++) {
            if (ballots.preference(source, 0) == RankedBallots.OVERVOTE) {
                continue;
            }
            papers[g] = ballots.count(source);
            value[g] = UNIT;
            place[g] = at;
            for (int p = 0; p < ballots.length(source); p++) {
                preferences[at++] = ballots.preference(source, p);
            }
            end[g] = at;
            g++;
        }
        state = new State[optionCount];
        Arrays.fill(state, State.CONTINUING);
        surplusPending = new boolean[optionCount];
        votes = new long[optionCount];
    }

    public static SingleTransferableVoteResult count(RankedBallots ballots, int seats, long lotSeed) {
        if (seats < 1) {
            throw new IllegalArgumentException("seats " + seats);
        }
        return new ScottishStv(ballots, seats).run(ballots, lotSeed);
    }

    private SingleTransferableVoteResult run(RankedBallots ballots, long lotSeed) {
        var lot = new Lot(optionCount, lotSeed);
        long valid = Arrays.stream(papers).sum();
        long invalid = ballots.ballots() - valid + ballots.blankBallots();
        quota = (valid / (seats + 1) + 1) * UNIT;
        reasons.add(Reason.of("voting.stv.rule"));
        reasons.add(Reason.of("voting.stv.quota", valid, seats, quota / UNIT));
        reasons.add(Reason.of("voting.tie.rule", lotSeed));

        long[] received = new long[optionCount];
        for (int g = 0; g < groups; g++) {
            int option = preferences[place[g]];
            pile[g] = option;
            long amount = Math.multiplyExact(papers[g], UNIT);
            votes[option] += amount;
            received[option] += amount;
        }
        finishStage(StageKind.FIRST_PREFERENCES, null, received, 0, 0, null);

        while (elected.size() < seats) {
            int left = seats - elected.size();
            if (continuingCount() <= left) {
                electRemaining();
                break;
            }
            int surplusOf = largestSurplus(lot);
            if (surplusOf >= 0) {
                transferSurplus(surplusOf);
                continue;
            }
            excludeLowest(lot);
        }
        for (String name : elected) {
            reasons.add(Reason.of("voting.stv.elected", name));
        }
        if (elected.size() < seats) {
            reasons.add(Reason.of("voting.stv.seatsUnfilled", seats - elected.size()));
        }
        return new SingleTransferableVoteResult(options, seats, valid, invalid, quota / UNIT, stages, elected,
                lot.names(options), lotSeed, reasons);
    }

    private @Nullable TieBreak lastTie;

    private int largestSurplus(Lot lot) {
        var tied = new ArrayList<Integer>();
        long most = 0;
        for (int o = 0; o < optionCount; o++) {
            if (!surplusPending[o]) {
                continue;
            }
            if (votes[o] > most) {
                most = votes[o];
                tied.clear();
            }
            if (votes[o] == most) {
                tied.add(o);
            }
        }
        lastTie = null;
        if (tied.isEmpty()) {
            return -1;
        }
        if (tied.size() == 1) {
            return tied.getFirst();
        }
        lastTie = Ties.settle(tied, history.subList(0, history.size() - 1), false, lot, options);
        reasons.add(InstantRunoff.tieReason("voting.tie.surplus.", lastTie, stages.size() + 1));
        return options.indexOf(lastTie.chosen());
    }

    private void transferSurplus(int from) {
        surplusPending[from] = false;
        long total = votes[from];
        long surplus = total - quota;
        long[] received = new long[optionCount];
        long nonTransferable = 0;
        for (int g = 0; g < groups; g++) {
            if (pile[g] != from) {
                continue;
            }
            // Rule 48(3): surplus x value when received / votes credited, to five places, remainder ignored.
            value[g] = Math.multiplyExact(value[g], surplus) / total;
            nonTransferable += move(g, received);
        }
        votes[from] = quota;
        long moved = Arrays.stream(received).sum();
        finishStage(StageKind.SURPLUS, from, received, nonTransferable, surplus - moved - nonTransferable, lastTie);
    }

    private void excludeLowest(Lot lot) {
        var tied = new ArrayList<Integer>();
        long fewest = Long.MAX_VALUE;
        for (int o = 0; o < optionCount; o++) {
            if (state[o] != State.CONTINUING) {
                continue;
            }
            if (votes[o] < fewest) {
                fewest = votes[o];
                tied.clear();
            }
            if (votes[o] == fewest) {
                tied.add(o);
            }
        }
        TieBreak tie = null;
        int excluded = tied.getFirst();
        if (tied.size() > 1) {
            tie = Ties.settle(tied, history.subList(0, history.size() - 1), true, lot, options);
            reasons.add(InstantRunoff.tieReason(tie, stages.size() + 1));
            excluded = options.indexOf(tie.chosen());
        }
        state[excluded] = State.EXCLUDED;
        long[] received = new long[optionCount];
        if (continuingCount() <= seats - elected.size()) {
            // Rule 52(2): the last seats are filled without any further transfer. The excluded candidate's votes are
            // not passed on, and the stage says so, so that its figures still add up to the valid papers.
            long setAside = votes[excluded];
            votes[excluded] = 0;
            finishStage(StageKind.EXCLUSION, excluded, received, setAside, 0, tie);
            return;
        }
        long nonTransferable = 0;
        for (int g = 0; g < groups; g++) {
            if (pile[g] == excluded) {
                nonTransferable += move(g, received);
            }
        }
        votes[excluded] = 0;
        finishStage(StageKind.EXCLUSION, excluded, received, nonTransferable, 0, tie);
    }

    /** Moves a group of papers to its next continuing preference; returns the value that found none. */
    private long move(int g, long[] received) {
        long amount = Math.multiplyExact(papers[g], value[g]);
        int at = place[g] + 1;
        while (at < end[g] && preferences[at] != RankedBallots.OVERVOTE && state[preferences[at]] != State.CONTINUING) {
            at++;
        }
        if (at == end[g] || preferences[at] == RankedBallots.OVERVOTE) {
            pile[g] = EXHAUSTED;
            return amount;
        }
        place[g] = at;
        pile[g] = preferences[at];
        votes[pile[g]] += amount;
        received[pile[g]] += amount;
        return 0;
    }

    /** Elects whoever has reached the quota (most votes first), then records the stage. */
    private void finishStage(StageKind kind, @Nullable Integer from, long[] received, long nonTransferable,
            long lost, @Nullable TieBreak tie) {
        var newlyElected = new ArrayList<Integer>();
        for (int o = 0; o < optionCount; o++) {
            if (state[o] == State.CONTINUING && votes[o] >= quota) {
                newlyElected.add(o);
            }
        }
        newlyElected.sort((a, b) -> votes[a] != votes[b] ? Long.compare(votes[b], votes[a]) : Integer.compare(a, b));
        var names = new ArrayList<String>();
        for (int o : newlyElected) {
            if (elected.size() == seats) {
                break;
            }
            state[o] = State.ELECTED;
            surplusPending[o] = votes[o] > quota;
            elected.add(options.get(o));
            names.add(options.get(o));
        }
        record(kind, from, received, nonTransferable, lost, names, tie);
    }

    private void record(StageKind kind, @Nullable Integer from, long[] received, long nonTransferable, long lost,
            List<String> newlyElected, @Nullable TieBreak tie) {
        history.add(votes.clone());
        var totals = new ArrayList<OptionValue>();
        var transfers = new ArrayList<OptionValue>();
        for (int o = 0; o < optionCount; o++) {
            totals.add(new OptionValue(options.get(o), decimal(votes[o])));
            if (received[o] != 0) {
                transfers.add(new OptionValue(options.get(o), decimal(received[o])));
            }
        }
        stages.add(new Stage(stages.size() + 1, kind, from == null ? null : options.get(from), totals, transfers,
                decimal(nonTransferable), decimal(lost), newlyElected, tie));
    }

    private void electRemaining() {
        var rest = new ArrayList<Integer>();
        for (int o = 0; o < optionCount; o++) {
            if (state[o] == State.CONTINUING) {
                rest.add(o);
            }
        }
        rest.sort((a, b) -> votes[a] != votes[b] ? Long.compare(votes[b], votes[a]) : Integer.compare(a, b));
        var names = new ArrayList<String>();
        for (int o : rest) {
            state[o] = State.ELECTED;
            elected.add(options.get(o));
            names.add(options.get(o));
        }
        if (!names.isEmpty()) {
            reasons.add(Reason.of("voting.stv.lastSeats", String.join(", ", names)));
            // Shown on the last stage: deemed elected there, with no further transfer.
            var last = stages.removeLast();
            var all = new ArrayList<>(last.elected());
            all.addAll(names);
            stages.add(new Stage(last.number(), last.kind(), last.from(), last.votes(), last.transfers(),
                    last.nonTransferable(), last.lostToRounding(), all, last.tieBreak()));
        }
    }

    private int continuingCount() {
        int count = 0;
        for (State s : state) {
            if (s == State.CONTINUING) {
                count++;
            }
        }
        return count;
    }

    static BigDecimal decimal(long units) {
        return BigDecimal.valueOf(units, 5);
    }
}
