package org.youthvoice.voting.counting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.youthvoice.voting.ChoiceResult;
import org.youthvoice.voting.MotionOutcome;
import org.youthvoice.voting.MotionResult;
import org.youthvoice.voting.MotionVotes;
import org.youthvoice.voting.OptionTotal;
import org.youthvoice.voting.PassThreshold;
import org.youthvoice.voting.Quorum;
import org.youthvoice.voting.Reason;
import org.youthvoice.voting.internal.MarkedBallots;

/** Counts where each ballot is read once: motions, single choice and approval. */
public final class PluralityCounts {

    private PluralityCounts() {
    }

    public static MotionResult motion(MotionVotes votes, Quorum quorum, PassThreshold threshold) {
        var reasons = new ArrayList<Reason>();
        reasons.add(Reason.of("voting.turnout", votes.turnout(), quorum.eligibleVoters()));
        long needed = threshold.votesNeeded(votes.forAndAgainst());
        if (!quorum.isMetBy(votes.turnout())) {
            reasons.add(Reason.of("voting.motion.noQuorum", votes.turnout(), quorum.minimumTurnout()));
            return new MotionResult(MotionOutcome.NO_QUORUM, votes, quorum, threshold, needed, reasons);
        }
        String rule = threshold == PassThreshold.SIMPLE_MAJORITY ? "simpleMajority" : "twoThirds";
        MotionOutcome outcome;
        if (votes.forAndAgainst() == 0) {
            outcome = MotionOutcome.FAILED;
            reasons.add(Reason.of("voting.motion.failed.nobodyForOrAgainst", votes.abstain()));
        } else if (votes.yes() >= needed) {
            outcome = MotionOutcome.PASSED;
            reasons.add(Reason.of("voting.motion.passed." + rule, votes.yes(), votes.no(), needed));
        } else if (threshold == PassThreshold.SIMPLE_MAJORITY && votes.yes() == votes.no()) {
            outcome = MotionOutcome.FAILED;
            reasons.add(Reason.of("voting.motion.failed.tie", votes.yes(), votes.no()));
        } else {
            outcome = MotionOutcome.FAILED;
            reasons.add(Reason.of("voting.motion.failed." + rule, votes.yes(), votes.no(), needed));
        }
        if (votes.abstain() > 0) {
            reasons.add(Reason.of("voting.motion.abstentions", votes.abstain()));
        }
        return new MotionResult(outcome, votes, quorum, threshold, needed, reasons);
    }

    /**
     * @param votes votes per option, in the ballot's option order; options nobody chose may be left out
     * @param invalid blank or spoilt ballots
     */
    public static ChoiceResult singleChoice(List<String> options, Map<String, Long> votes, long invalid) {
        for (String option : votes.keySet()) {
            if (!options.contains(option)) {
                throw new IllegalArgumentException("unknown option: " + option);
            }
        }
        long valid = votes.values().stream().mapToLong(Long::longValue).sum();
        return result(options, votes, valid, invalid, "voting.choice");
    }

    /**
     * Approval: each ballot marks up to {@code maxMarks} options. A ballot with more marks is invalid and counted as
     * such; a ballot with no marks is blank, also invalid.
     */
    public static ChoiceResult approval(List<String> options, int maxMarks, Collection<MarkedBallots> ballots) {
        if (maxMarks < 1) {
            throw new IllegalArgumentException("maxMarks " + maxMarks);
        }
        var votes = new HashMap<String, Long>();
        long valid = 0;
        long tooMany = 0;
        long blank = 0;
        for (MarkedBallots ballot : ballots) {
            if (!options.containsAll(ballot.marks())) {
                throw new IllegalArgumentException("unknown option in " + ballot.marks());
            }
            if (ballot.marks().isEmpty()) {
                blank += ballot.count();
            } else if (ballot.marks().size() > maxMarks) {
                tooMany += ballot.count();
            } else {
                valid += ballot.count();
                for (String mark : ballot.marks()) {
                    votes.merge(mark, ballot.count(), Long::sum);
                }
            }
        }
        var result = result(options, votes, valid, tooMany + blank, "voting.approval");
        var reasons = new ArrayList<>(result.reasons());
        reasons.addFirst(Reason.of("voting.approval.rule", maxMarks));
        if (tooMany > 0) {
            reasons.add(Reason.of("voting.approval.tooManyMarks", tooMany, maxMarks));
        }
        if (blank > 0) {
            reasons.add(Reason.of("voting.approval.blank", blank));
        }
        return new ChoiceResult(result.totals(), result.winners(), valid, tooMany + blank, reasons);
    }

    private static ChoiceResult result(List<String> options, Map<String, Long> votes, long valid, long invalid,
            String prefix) {
        var totals = new ArrayList<OptionTotal>();
        for (String option : options) {
            long count = votes.getOrDefault(option, 0L);
            totals.add(new OptionTotal(option, count, percent(count, valid)));
        }
        totals.sort(Comparator.comparingLong(OptionTotal::votes).reversed());
        var reasons = new ArrayList<Reason>();
        var winners = new ArrayList<String>();
        long top = totals.getFirst().votes();
        if (valid == 0 || top == 0) {
            reasons.add(Reason.of("voting.result.noVotes"));
        } else {
            totals.stream().filter(t -> t.votes() == top).forEach(t -> winners.add(t.option()));
            if (winners.size() == 1) {
                reasons.add(Reason.of(prefix + ".won", winners.getFirst(), top, percent(top, valid)));
            } else {
                reasons.add(Reason.of("voting.result.tie", String.join(", ", winners), top));
            }
        }
        if (invalid > 0) {
            reasons.add(Reason.of("voting.result.invalid", invalid));
        }
        return new ChoiceResult(totals, winners, valid, invalid, reasons);
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
