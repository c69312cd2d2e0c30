package org.youthvoice.voting.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.youthvoice.voting.Ballot;
import org.youthvoice.voting.BallotResult;
import org.youthvoice.voting.ChoiceResult;
import org.youthvoice.voting.InstantRunoffResult;
import org.youthvoice.voting.MotionResult;
import org.youthvoice.voting.MotionVotes;
import org.youthvoice.voting.PassThreshold;
import org.youthvoice.voting.Quorum;
import org.youthvoice.voting.Reason;
import org.youthvoice.voting.SingleTransferableVoteResult;
import org.youthvoice.voting.SourceCount;
import org.youthvoice.voting.Turnout;

/** Hands grouped ballot papers to the counting core; online and paper ballots are counted together. */
public final class Tallies {

    private Tallies() {
    }

    /** A frozen (published) tally: everyone who voted is in it. */
    public static BallotResult countPublished(Ballot ballot, List<TallyRow> rows, long seed) {
        long papers = rows.stream().mapToLong(TallyRow::votes).sum();
        return count(ballot, rows, new Turnout(papers, ballot.eligible()), seed);
    }

    /**
     * @param turnout who voted out of who could, as the officer's page and the projector show it (while a secret
     *     ballot is open, more than the papers counted so far); only eligible votes count towards the quorum
     */
    public static BallotResult count(Ballot ballot, List<TallyRow> rows, Turnout turnout, long seed) {
        List<String> labels = ballot.labels();
        long online = rows.stream().filter(r -> !r.onPaper()).mapToLong(TallyRow::votes).sum();
        long paper = rows.stream().filter(TallyRow::onPaper).mapToLong(TallyRow::votes).sum();
        long eligible = turnout.eligible();
        var quorum = new Quorum((int) Math.min(Integer.MAX_VALUE, eligible), ballot.quorum());
        boolean quorumMet = quorum.isMetBy(turnout.voted());
        var reasons = new ArrayList<Reason>();
        MotionResult motion = null;
        ChoiceResult choice = null;
        InstantRunoffResult irv = null;
        SingleTransferableVoteResult stv = null;
        var bySource = bySource(ballot, rows);
        switch (ballot.kind()) {
            case MOTION -> {
                long[] votes = new long[3];
                rows.forEach(r -> Marks.positions(r.marks()).forEach(p -> votes[p] += r.votes()));
                var threshold = ballot.threshold() == null ? PassThreshold.SIMPLE_MAJORITY : ballot.threshold();
                motion = Count.motion(new MotionVotes(votes[0], votes[1], votes[2]), quorum, threshold);
            }
            case SINGLE_CHOICE -> {
                var votes = new HashMap<String, Long>();
                long invalid = 0;
                for (TallyRow r : rows) {
                    var positions = Marks.positions(r.marks());
                    if (positions.size() == 1) {
                        votes.merge(labels.get(positions.getFirst()), r.votes(), Long::sum);
                    } else {
                        invalid += r.votes();
                    }
                }
                choice = Count.singleChoice(labels, votes, invalid);
            }
            case APPROVAL -> {
                var grouped = new LinkedHashMap<java.util.Set<String>, Long>();
                for (TallyRow r : rows) {
                    var marks = new HashSet<String>();
                    Marks.positions(r.marks()).forEach(p -> marks.add(labels.get(p)));
                    grouped.merge(marks, r.votes(), Long::sum);
                }
                choice = Count.approval(labels, ballot.choices(),
                        grouped.entrySet().stream().map(e -> new MarkedBallots(e.getKey(), e.getValue())).toList());
            }
            case INSTANT_RUNOFF -> irv = Count.instantRunoff(ranked(labels, rows), seed);
            case STV -> stv = Count.singleTransferableVote(ranked(labels, rows), ballot.choices(), seed);
        }
        // One turnout for every kind, the same pair the projector and the officer's page show (a motion's count
        // states its own from the papers it counted; BallotResult.statements() keeps only this one).
        reasons.add(Reason.of("voting.turnout", turnout.voted(), eligible));
        if (ballot.kind() != org.youthvoice.voting.BallotKind.MOTION && ballot.quorum() > 0) {
            reasons.add(Reason.of(quorumMet ? "voting.quorum.met" : "voting.quorum.notMet", turnout.eligibleVotes(),
                    ballot.quorum()));
        }
        if (paper > 0) {
            reasons.add(Reason.of("voting.papers.split", online, paper));
        }
        return new BallotResult(ballot.kind(), online, paper, eligible, ballot.quorum(), quorumMet, motion, choice, irv,
                stv, bySource, seed, reasons);
    }

    private static RankedBallots ranked(List<String> labels, List<TallyRow> rows) {
        var builder = RankedBallots.builder(labels);
        for (TallyRow r : rows) {
            // "a|b" is an equal ranking; "x" (papers imported before equal rankings were kept) is {-1}, which the
            // builder reads as an overvote whose options are not known: exhausted whenever a count reaches it.
            var preferences = Marks.preferences(r.marks());
            builder.addPreferences(r.votes(), preferences.toArray(int[][]::new));
        }
        return builder.build();
    }

    private static List<SourceCount> bySource(Ballot ballot, List<TallyRow> rows) {
        int n = ballot.options().size();
        long[] online = new long[n];
        long[] paper = new long[n];
        for (TallyRow r : rows) {
            var counted = ballot.kind().ranked() ? Marks.preferences(r.marks()).stream().limit(1)
                    .filter(p -> p.length == 1 && p[0] >= 0).map(p -> p[0]).toList() : Marks.positions(r.marks());
            for (int p : counted) {
                (r.onPaper() ? paper : online)[p] += r.votes();
            }
        }
        var list = new ArrayList<SourceCount>();
        for (int i = 0; i < n; i++) {
            list.add(new SourceCount(ballot.options().get(i).label(), online[i], paper[i]));
        }
        return list;
    }
}
