package org.youthvoice.voting.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A published result on a phone: who won in plain words first, then the votes as bars with their numbers written,
 * round by round for ranked ballots, then how it was counted.
 *
 * @param summary the officer's own words for the member's age band, if written
 * @param correction why this result replaced an earlier one, if it did
 * @param parts one for the totals, or one for each round or stage
 */
public record ResultPage(String forum, String question, String headline, @Nullable String summary,
        @Nullable String correction, String partsTitle, List<Part> parts, List<String> statements) {

    public ResultPage {
        parts = List.copyOf(parts);
        statements = List.copyOf(statements);
    }

    /**
     * A set of bars: the totals, or one round.
     *
     * @param title null when the part is the only one and the section heading says what it is
     * @param note what happened in this round, or null
     */
    public record Part(@Nullable String title, List<Bar> bars, @Nullable String note) {

        public Part {
            bars = List.copyOf(bars);
        }
    }

    /**
     * One option's votes.
     *
     * @param width the bar's length as a percentage of the whole, for CSS ("66.7")
     * @param number the votes and share in words ("2 votes (66.7%)")
     * @param won whether this option won (or was elected)
     */
    public record Bar(String label, String width, String number, boolean won) {
    }
}
