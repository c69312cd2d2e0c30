package org.youthvoice.voting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ballot's count. Exactly one of {@code motion}, {@code choice}, {@code instantRunoff} and {@code stv} is set,
 * by the ballot's kind.
 *
 * @param onlinePapers ballot papers cast online
 * @param paperPapers paper ballots entered or imported
 * @param eligible members who could vote
 * @param quorumMet whether at least {@code quorum} ballots were cast (always true with no quorum)
 * @param bySource each option's votes online and on paper
 * @param reasons plain-words statements (quorum and turnout) on top of the count's own
 */
public record BallotResult(BallotKind kind, long onlinePapers, long paperPapers, long eligible, int quorum,
        boolean quorumMet, @Nullable MotionResult motion, @Nullable ChoiceResult choice,
        @Nullable InstantRunoffResult instantRunoff, @Nullable SingleTransferableVoteResult stv,
        List<SourceCount> bySource, long lotSeed, List<Reason> reasons) {

    /** The statement of how ties are settled, naming the draw's number. */
    public static final String DRAW_RULE = "voting.tie.rule";

    /** "7 of 12 people voted". */
    public static final String TURNOUT = "voting.turnout";

    public BallotResult {
        bySource = List.copyOf(bySource);
        reasons = List.copyOf(reasons);
    }

    public long papers() {
        return onlinePapers + paperPapers;
    }

    /**
     * Whether the lot drawn with {@code lotSeed} settled a tie in this count. Only then is the draw worth naming: most
     * counts never reach it.
     */
    public boolean drawDecided() {
        boolean inRounds = instantRunoff != null && instantRunoff.rounds().stream()
                .anyMatch(r -> r.tieBreak() != null && r.tieBreak().method() == TieBreakMethod.LOT);
        boolean inStages = stv != null && stv.stages().stream()
                .anyMatch(s -> s.tieBreak() != null && s.tieBreak().method() == TieBreakMethod.LOT);
        return inRounds || inStages;
    }

    /**
     * The count's plain-words statements, then quorum and turnout; the rule about the draw (with its number) only when
     * the draw decided something.
     */
    public List<Reason> statements() {
        var list = new java.util.ArrayList<Reason>();
        if (motion != null) {
            // The motion's count states the turnout of the papers it counted; the ballot's own turnout line below is
            // the one every screen shows.
            motion.reasons().stream().filter(r -> !r.messageKey().equals(TURNOUT)).forEach(list::add);
        }
        if (choice != null) {
            list.addAll(choice.reasons());
        }
        if (instantRunoff != null) {
            list.addAll(instantRunoff.reasons());
        }
        if (stv != null) {
            list.addAll(stv.reasons());
        }
        list.addAll(reasons);
        if (!drawDecided()) {
            list.removeIf(r -> r.messageKey().equals(DRAW_RULE));
        }
        return list;
    }
}
