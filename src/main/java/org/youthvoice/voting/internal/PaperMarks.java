package org.youthvoice.voting.internal;

import java.util.HashSet;
import java.util.List;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.voting.BallotKind;

/**
 * What a voter marked, checked against the ballot and written as {@link Marks}: one rule for members' votes and
 * paper ballots ({@code VoteService}, {@code BallotService}) and city-wide votes ({@link CityBallotService}).
 */
public final class PaperMarks {

    private PaperMarks() {
    }

    /**
     * @param n how many options the ballot has
     * @param limitRanks whether a ranked ballot takes at most {@code choices} preferences (city-wide "top 3")
     */
    public static String of(BallotKind kind, int n, int choices, boolean limitRanks, List<Integer> positions) {
        if (positions == null || positions.isEmpty()) {
            if (kind.ranked()) {
                throw new UserFacingException("vote.error.rankOne");
            }
            throw new UserFacingException("vote.error.chooseOne");
        }
        if (positions.stream().anyMatch(p -> p == null || p < 0 || p >= n)
                || new HashSet<>(positions).size() != positions.size()) {
            throw new UserFacingException("vote.error.badChoice");
        }
        return switch (kind) {
            case MOTION, SINGLE_CHOICE -> {
                if (positions.size() != 1) {
                    throw new UserFacingException("vote.error.chooseOne");
                }
                yield Marks.ofChoices(positions);
            }
            case APPROVAL -> {
                if (positions.size() > choices) {
                    throw new UserFacingException("vote.error.tooMany", choices);
                }
                yield Marks.ofChoices(positions);
            }
            case INSTANT_RUNOFF, STV -> {
                if (limitRanks && positions.size() > choices) {
                    throw new UserFacingException("vote.error.tooMany", choices);
                }
                yield Marks.ofRanking(positions);
            }
        };
    }
}
