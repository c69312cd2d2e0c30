package org.youthvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.youthvoice.voting.internal.Count;
import org.youthvoice.voting.internal.MarkedBallots;

class ChoiceCountTest {

    private static final List<String> OPTIONS = List.of("Skate park", "Youth club", "Bus passes");

    @Test
    void single_choice_most_votes_wins_with_percentages_of_valid_ballots() {
        var result = Count.singleChoice(OPTIONS, Map.of("Skate park", 2L, "Youth club", 5L, "Bus passes", 3L), 1);

        assertThat(result.winners()).containsExactly("Youth club");
        assertThat(result.tied()).isFalse();
        assertThat(result.totals()).containsExactly(
                new OptionTotal("Youth club", 5, new BigDecimal("50.0")),
                new OptionTotal("Bus passes", 3, new BigDecimal("30.0")),
                new OptionTotal("Skate park", 2, new BigDecimal("20.0")));
        assertThat(result.validBallots()).isEqualTo(10);
        assertThat(result.invalidBallots()).isEqualTo(1);
        assertThat(result.reasons()).containsExactly(
                Reason.of("voting.choice.won", "Youth club", 5, "50.0"),
                Reason.of("voting.result.invalid", 1));
    }

    @Test
    void single_choice_tie_for_most_is_reported_and_not_broken() {
        var result = Count.singleChoice(OPTIONS, Map.of("Skate park", 4L, "Youth club", 4L, "Bus passes", 1L), 0);

        assertThat(result.tied()).isTrue();
        assertThat(result.winners()).containsExactly("Skate park", "Youth club");
        assertThat(result.reasons()).containsExactly(Reason.of("voting.result.tie", "Skate park, Youth club", 4));
    }

    @Test
    void single_choice_with_no_votes_has_no_winner() {
        var result = Count.singleChoice(OPTIONS, Map.of(), 2);

        assertThat(result.winners()).isEmpty();
        assertThat(result.reasons()).contains(Reason.of("voting.result.noVotes"));
        assertThat(result.totals()).allSatisfy(t -> assertThat(t.percent()).isEqualByComparingTo("0"));
    }

    @Test
    void single_choice_refuses_a_vote_for_an_option_not_on_the_ballot() {
        assertThatThrownBy(() -> Count.singleChoice(OPTIONS, Map.of("Ice rink", 1L), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void approval_counts_each_marked_option_and_sets_aside_ballots_with_too_many_marks() {
        var result = Count.approval(OPTIONS, 2, List.of(
                new MarkedBallots(Set.of("Skate park", "Youth club"), 3),
                new MarkedBallots(Set.of("Skate park"), 2),
                new MarkedBallots(Set.of("Skate park", "Youth club", "Bus passes"), 1),
                new MarkedBallots(Set.of(), 1)));

        assertThat(result.validBallots()).isEqualTo(5);
        assertThat(result.invalidBallots()).isEqualTo(2);
        assertThat(result.totals()).containsExactly(
                new OptionTotal("Skate park", 5, new BigDecimal("100.0")),
                new OptionTotal("Youth club", 3, new BigDecimal("60.0")),
                new OptionTotal("Bus passes", 0, new BigDecimal("0.0")));
        assertThat(result.winners()).containsExactly("Skate park");
        assertThat(result.reasons()).containsExactly(
                Reason.of("voting.approval.rule", 2),
                Reason.of("voting.approval.won", "Skate park", 5, "100.0"),
                Reason.of("voting.result.invalid", 2),
                Reason.of("voting.approval.tooManyMarks", 1, 2),
                Reason.of("voting.approval.blank", 1));
    }

    @Test
    void approval_ballot_with_exactly_the_allowed_marks_is_valid() {
        var result = Count.approval(OPTIONS, 3,
                List.of(new MarkedBallots(Set.of("Skate park", "Youth club", "Bus passes"), 1)));

        assertThat(result.validBallots()).isEqualTo(1);
        assertThat(result.invalidBallots()).isZero();
        assertThat(result.tied()).isTrue();
    }

    @Test
    void approval_tie_for_most_is_reported() {
        var result = Count.approval(OPTIONS, 1, List.of(
                new MarkedBallots(Set.of("Bus passes"), 2),
                new MarkedBallots(Set.of("Youth club"), 2)));

        assertThat(result.winners()).containsExactly("Youth club", "Bus passes");
        assertThat(result.reasons()).contains(Reason.of("voting.result.tie", "Youth club, Bus passes", 2));
    }
}
