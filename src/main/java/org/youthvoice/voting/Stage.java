package org.youthvoice.voting;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One stage of a single-transferable-vote count: a column of the result sheet.
 *
 * @param from whose surplus was transferred or who was excluded (null at the first stage)
 * @param votes every option's votes at the end of the stage (elected options hold the quota once their surplus has
 *     gone; excluded options hold nothing)
 * @param transfers what each option received in this stage
 * @param nonTransferable value of papers with no next preference for a continuing option, in this stage
 * @param lostToRounding value lost because transfer values are cut to five decimal places, in this stage
 * @param elected options that reached the quota (or were deemed elected) in this stage, highest first
 * @param tieBreak how a tie was settled in choosing {@code from}, if there was one
 */
public record Stage(int number, StageKind kind, @Nullable String from, List<OptionValue> votes,
        List<OptionValue> transfers, BigDecimal nonTransferable, BigDecimal lostToRounding, List<String> elected,
        @Nullable TieBreak tieBreak) {

    public Stage {
        votes = List.copyOf(votes);
        transfers = List.copyOf(transfers);
        elected = List.copyOf(elected);
    }

    public BigDecimal votesFor(String option) {
        return votes.stream().filter(v -> v.option().equals(option)).map(OptionValue::votes).findFirst()
                .orElse(BigDecimal.ZERO);
    }

    public BigDecimal transferTo(String option) {
        return transfers.stream().filter(v -> v.option().equals(option)).map(OptionValue::votes).findFirst()
                .orElse(BigDecimal.ZERO);
    }
}
