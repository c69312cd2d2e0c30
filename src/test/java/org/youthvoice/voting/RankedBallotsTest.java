package org.youthvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.youthvoice.voting.internal.RankedBallots;

class RankedBallotsTest {

    private static final List<String> OPTIONS = List.of("Pizza", "Pasta", "Curry", "Salad");

    @Test
    void identical_ballots_are_grouped_with_a_count() {
        var ballots = RankedBallots.builder(OPTIONS).add(2, 0, 1).add(3, 0, 1).add(1, 1, 0).build();

        assertThat(ballots.groups()).isEqualTo(2);
        assertThat(ballots.count(0)).isEqualTo(5);
        assertThat(ballots.ballots()).isEqualTo(6);
    }

    @Test
    void a_skipped_ranking_is_ignored_and_later_preferences_move_up() {
        var ballots = RankedBallots.builder(OPTIONS)
                .addNamed(1, List.of(Set.of("Pizza"), Set.of(), Set.of("Curry"))).build();

        assertThat(ballots.length(0)).isEqualTo(2);
        assertThat(ballots.preference(0, 1)).isEqualTo(2);
    }

    @Test
    void an_option_ranked_again_later_counts_only_at_its_first_ranking() {
        var ballots = RankedBallots.builder(OPTIONS).add(1, 0, 1, 0, 2).build();

        assertThat(ballots.length(0)).isEqualTo(3);
        assertThat(List.of(ballots.preference(0, 0), ballots.preference(0, 1), ballots.preference(0, 2)))
                .containsExactly(0, 1, 2);
    }

    @Test
    void options_ranked_equal_are_kept_with_the_preferences_after_them() {
        var ballots = RankedBallots.builder(OPTIONS)
                .addPreferences(1, new int[] {0}, new int[] {2, 1}, new int[] {3})
                .addPreferences(2, new int[] {0}, new int[] {1, 2}, new int[] {3})
                .addPreferences(1, new int[] {0}, new int[] {1, 3}, new int[] {2}).build();

        assertThat(ballots.groups()).isEqualTo(2);
        assertThat(ballots.count(0)).isEqualTo(3);
        assertThat(ballots.length(0)).isEqualTo(3);
        assertThat(ballots.preference(0, 1)).isEqualTo(RankedBallots.OVERVOTE);
        assertThat(ballots.equalRanking(0, 1)).containsExactly(1, 2);
        assertThat(ballots.preference(0, 2)).isEqualTo(3);
        assertThat(ballots.equalRanking(1, 1)).containsExactly(1, 3);
        assertThat(ballots.equalRanking(0, 0)).containsExactly(0);
    }

    @Test
    void an_overvote_whose_options_are_not_known_ends_the_ballot() {
        var ballots = RankedBallots.builder(OPTIONS)
                .addPreferences(1, new int[] {0}, new int[] {RankedBallots.OVERVOTE}, new int[] {3}).build();

        assertThat(ballots.length(0)).isEqualTo(2);
        assertThat(ballots.preference(0, 1)).isEqualTo(RankedBallots.OVERVOTE);
        assertThat(ballots.equalRanking(0, 1)).isEmpty();
    }

    @Test
    void an_equal_ranking_with_an_option_already_ranked_leaves_a_single_preference() {
        var ballots = RankedBallots.builder(OPTIONS)
                .addPreferences(1, new int[] {0}, new int[] {0, 2}, new int[] {2, 2}).build();

        assertThat(ballots.length(0)).isEqualTo(2);
        assertThat(ballots.preference(0, 1)).isEqualTo(2);
    }

    @Test
    void names_match_ignoring_case_and_spaces() {
        var ballots = RankedBallots.builder(OPTIONS).addNamed(1, List.of(Set.of(" curry "))).build();

        assertThat(ballots.preference(0, 0)).isEqualTo(2);
    }

    @Test
    void a_ballot_with_no_preference_is_blank() {
        var ballots = RankedBallots.builder(OPTIONS).add(4).build();

        assertThat(ballots.groups()).isZero();
        assertThat(ballots.blankBallots()).isEqualTo(4);
    }

    @Test
    void unknown_options_and_repeated_option_names_are_refused() {
        assertThatThrownBy(() -> RankedBallots.builder(OPTIONS).add(1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RankedBallots.builder(OPTIONS).addNamed(1, List.of(Set.of("Chips"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RankedBallots.builder(List.of("A", "a")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
