package org.youthvoice.voting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of an instant-runoff count with its round-by-round table.
 *
 * @param ballots ballots with at least one preference (blank ballots are not counted)
 * @param blankBallots ballots with no preference at all, set aside as invalid
 * @param winner null only when no ballot counted for anyone
 * @param lotOrder the order drawn by lot for this count (first is excluded first); used only if a tie persists
 *     through every earlier round
 * @param lotSeed the seed the lot was drawn with, so anyone can draw it again
 */
public record InstantRunoffResult(List<String> options, long ballots, long blankBallots, List<Round> rounds,
        @Nullable String winner, List<String> lotOrder, long lotSeed, List<Reason> reasons) {

    public InstantRunoffResult {
        options = List.copyOf(options);
        rounds = List.copyOf(rounds);
        lotOrder = List.copyOf(lotOrder);
        reasons = List.copyOf(reasons);
    }

    public Round firstRound() {
        return rounds.getFirst();
    }

    public Round lastRound() {
        return rounds.getLast();
    }
}
