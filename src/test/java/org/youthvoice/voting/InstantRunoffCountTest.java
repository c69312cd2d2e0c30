package org.youthvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.youthvoice.voting.internal.Count;
import org.youthvoice.voting.internal.RankedBallots;

class InstantRunoffCountTest {

    private static final List<String> ABCD = List.of("A", "B", "C", "D");

    private static RankedBallots.Builder ballots() {
        return RankedBallots.builder(ABCD);
    }

    @Test
    void a_majority_of_first_preferences_wins_in_the_first_round() {
        var result = Count.instantRunoff(ballots().add(6, 0).add(3, 1, 0).add(2, 2).build(), 1);

        assertThat(result.winner()).isEqualTo("A");
        assertThat(result.rounds()).hasSize(1);
        assertThat(result.firstRound().winner()).isEqualTo("A");
        assertThat(result.reasons()).contains(Reason.of("voting.irv.won", "A", 6, 11, 1));
    }

    @Test
    void the_lowest_is_excluded_and_its_ballots_transfer_or_exhaust() {
        // 4 A | 4 B>A | 2 C>B | 1 C (11 ballots, a majority is 6).
        // Round 1: A 4, B 4, C 3 -> C excluded: 2 to B, 1 exhausted.
        // Round 2: A 4, B 6 of 10 continuing -> B wins.
        var result = Count.instantRunoff(ballots().add(4, 0).add(4, 1, 0).add(2, 2, 1).add(1, 2).build(), 1);

        var first = result.firstRound();
        assertThat(first.votes()).containsExactly(new OptionVotes("A", 4), new OptionVotes("B", 4),
                new OptionVotes("C", 3), new OptionVotes("D", 0));
        assertThat(first.excluded()).isEqualTo("D");
        var second = result.rounds().get(1);
        assertThat(second.excluded()).isEqualTo("C");
        assertThat(second.transfers()).containsExactly(new OptionVotes("A", 0), new OptionVotes("B", 2));
        assertThat(second.transferredToExhausted()).isEqualTo(1);
        var last = result.lastRound();
        assertThat(last.votes()).containsExactly(new OptionVotes("A", 4), new OptionVotes("B", 6));
        assertThat(last.continuingBallots()).isEqualTo(10);
        assertThat(last.exhaustedBallots()).isEqualTo(1);
        assertThat(result.winner()).isEqualTo("B");
    }

    @Test
    void an_equal_ranking_of_two_continuing_options_exhausts_the_ballot_when_the_count_reaches_it() {
        // 4 A | 2 B>{A,C} | 3 C | 1 {A,B} (10 ballots; D has no votes and goes first).
        // Round 1: the {A,B} ballot is exhausted at once; A 4, B 2, C 3 of 9.
        // B excluded: its 2 ballots reach {A,C}, an overvote, and are exhausted although A and C still stand.
        // Then A 4, C 3 of 7 -> A wins.
        var overvoted = ballots().add(4, 0).addPreferences(2, new int[] {1}, new int[] {0, 2}).add(3, 2)
                .addPreferences(1, new int[] {0, 1}).build();

        var result = Count.instantRunoff(overvoted, 1);

        assertThat(result.firstRound().exhaustedBallots()).isEqualTo(1);
        assertThat(result.firstRound().continuingBallots()).isEqualTo(9);
        var exclusionOfB = result.rounds().stream().filter(r -> "B".equals(r.excluded())).findFirst().orElseThrow();
        assertThat(exclusionOfB.transferredToExhausted()).isEqualTo(2);
        assertThat(exclusionOfB.transfers()).allSatisfy(t -> assertThat(t.votes()).isZero());
        assertThat(result.lastRound().votes()).containsExactly(new OptionVotes("A", 4), new OptionVotes("C", 3));
        assertThat(result.lastRound().exhaustedBallots()).isEqualTo(3);
        assertThat(result.winner()).isEqualTo("A");
    }

    @Test
    void an_equal_ranking_with_one_option_still_continuing_counts_for_that_one() {
        // 6 A | 5 B | 1 C>B | 2 D>{B,C}>A (14 ballots, a majority is 8).
        // Round 1: A 6, B 5, C 1, D 2 -> C excluded, to B.
        // Round 2: A 6, B 6, D 2 -> D excluded: its 2 ballots reach {B,C}; C is out, so they count for B.
        // Round 3: A 6, B 8 -> B wins. (Exhausting them would leave A 6, B 6.)
        var result = Count.instantRunoff(ballots().add(6, 0).add(5, 1).add(1, 2, 1)
                .addPreferences(2, new int[] {3}, new int[] {1, 2}, new int[] {0}).build(), 1);

        assertThat(result.rounds()).extracting(Round::excluded).containsExactly("C", "D", null);
        var exclusionOfD = result.rounds().get(1);
        assertThat(exclusionOfD.transfers()).containsExactly(new OptionVotes("A", 0), new OptionVotes("B", 2));
        assertThat(exclusionOfD.transferredToExhausted()).isZero();
        assertThat(result.lastRound().votes()).containsExactly(new OptionVotes("A", 6), new OptionVotes("B", 8));
        assertThat(result.lastRound().exhaustedBallots()).isZero();
        assertThat(result.winner()).isEqualTo("B");
    }

    @Test
    void a_ballot_exhausted_at_an_equal_ranking_stays_exhausted_when_all_but_one_of_its_options_go() {
        // 6 A | 5 B | 2 C>B | 1 D>{B,C}>A (14 ballots).
        // Round 1: A 6, B 5, C 2, D 1 -> D excluded: its ballot reaches {B,C}, both continuing: exhausted.
        // Round 2: A 6, B 5, C 2 of 13 -> C excluded, 2 to B; the exhausted ballot does not come back for B.
        // Round 3: A 6, B 7 of 13, 1 exhausted -> B wins.
        var result = Count.instantRunoff(ballots().add(6, 0).add(5, 1).add(2, 2, 1)
                .addPreferences(1, new int[] {3}, new int[] {1, 2}, new int[] {0}).build(), 1);

        assertThat(result.rounds()).extracting(Round::excluded).containsExactly("D", "C", null);
        assertThat(result.rounds().get(0).transferredToExhausted()).isEqualTo(1);
        var exclusionOfC = result.rounds().get(1);
        assertThat(exclusionOfC.exhaustedBallots()).isEqualTo(1);
        assertThat(exclusionOfC.transfers()).containsExactly(new OptionVotes("A", 0), new OptionVotes("B", 2));
        assertThat(result.lastRound().votes()).containsExactly(new OptionVotes("A", 6), new OptionVotes("B", 7));
        assertThat(result.lastRound().continuingBallots()).isEqualTo(13);
        assertThat(result.lastRound().exhaustedBallots()).isEqualTo(1);
        assertThat(result.winner()).isEqualTo("B");
    }

    @Test
    void an_equal_ranking_of_options_all_excluded_is_passed_over_to_the_next_preference() {
        // 7 A | 6 B | 1 C>B | 2 D>B | 3 E>{C,D}>A (19 ballots, a majority is 10).
        // C, then D go to B: A 7, B 9, E 3. E excluded: C and D are both out, so its ballots go on to A: A 10, B 9.
        var ballots = RankedBallots.builder(List.of("A", "B", "C", "D", "E")).add(7, 0).add(6, 1).add(1, 2, 1)
                .add(2, 3, 1).addPreferences(3, new int[] {4}, new int[] {2, 3}, new int[] {0}).build();
        var result = Count.instantRunoff(ballots, 1);

        assertThat(result.rounds()).extracting(Round::excluded).containsExactly("C", "D", "E", null);
        assertThat(result.lastRound().votes()).containsExactly(new OptionVotes("A", 10), new OptionVotes("B", 9));
        assertThat(result.lastRound().exhaustedBallots()).isZero();
        assertThat(result.winner()).isEqualTo("A");
    }

    @Test
    void an_overvote_whose_options_are_not_known_always_exhausts_the_ballot() {
        // Papers imported before equal rankings were kept: 6 A | 5 B | 1 C>B | 2 D>(overvote)>A.
        // D excluded after C: its 2 ballots are exhausted, whatever is still continuing.
        var result = Count.instantRunoff(ballots().add(6, 0).add(5, 1).add(1, 2, 1)
                .addPreferences(2, new int[] {3}, new int[] {RankedBallots.OVERVOTE}, new int[] {0}).build(), 1);

        assertThat(result.rounds()).extracting(Round::excluded).startsWith("C", "D");
        assertThat(result.rounds().get(1).transferredToExhausted()).isEqualTo(2);
        assertThat(result.rounds().get(2).votes()).containsExactly(new OptionVotes("A", 6), new OptionVotes("B", 6));
        assertThat(result.rounds().get(2).exhaustedBallots()).isEqualTo(2);
    }

    @Test
    void a_tie_for_exclusion_goes_against_the_option_with_fewer_votes_in_the_previous_round() {
        // 6 A | 3 B>A | 4 C | 1 D>B>A (14 ballots, a majority is 8).
        // Round 1: A 6, B 3, C 4, D 1 -> D excluded, to B.
        // Round 2: A 6, B 4, C 4 -> B and C tie; in round 1 B had 3 and C 4, so B goes; all 4 to A.
        // Round 3: A 10, C 4 -> A wins.
        var result = Count.instantRunoff(ballots().add(6, 0).add(3, 1, 0).add(4, 2).add(1, 3, 1, 0).build(), 1);

        var second = result.rounds().get(1);
        assertThat(second.votes()).containsExactly(new OptionVotes("A", 6), new OptionVotes("B", 4),
                new OptionVotes("C", 4));
        assertThat(second.excluded()).isEqualTo("B");
        assertThat(second.tieBreak()).isEqualTo(new TieBreak(List.of("B", "C"), "B", TieBreakMethod.EARLIER_ROUND, 1));
        assertThat(result.reasons()).contains(Reason.of("voting.tie.earlierRound", 2, "B, C", "B", 1));
        assertThat(result.lastRound().votes()).containsExactly(new OptionVotes("A", 10), new OptionVotes("C", 4));
        assertThat(result.winner()).isEqualTo("A");
    }

    @Test
    void a_tie_equal_in_every_round_is_settled_by_the_seeded_lot_and_said_so() {
        // 3 A | 2 B | 2 C: no majority of 7, and B and C are equal with no earlier round to look back to.
        var tied = RankedBallots.builder(List.of("A", "B", "C")).add(3, 0).add(2, 1).add(2, 2).build();

        var result = Count.instantRunoff(tied, 42);
        var again = Count.instantRunoff(tied, 42);

        var tieBreak = result.firstRound().tieBreak();
        assertThat(tieBreak).isNotNull();
        assertThat(tieBreak.method()).isEqualTo(TieBreakMethod.LOT);
        assertThat(tieBreak.tied()).containsExactly("B", "C");
        String drawnFirst = result.lotOrder().stream().filter(o -> !o.equals("A")).findFirst().orElseThrow();
        assertThat(tieBreak.chosen()).isEqualTo(drawnFirst);
        assertThat(result.reasons()).contains(Reason.of("voting.tie.lot", 1, "B, C", drawnFirst),
                Reason.of("voting.tie.rule", 42));
        assertThat(again).isEqualTo(result);
        assertThat(result.winner()).isEqualTo("A");
    }

    @Test
    void different_seeds_can_draw_different_lots() {
        var tied = RankedBallots.builder(List.of("A", "B")).add(2, 0).add(2, 1).build();
        var winners = new HashSet<String>();
        for (long seed = 0; seed < 20; seed++) {
            winners.add(Objects.requireNonNull(Count.instantRunoff(tied, seed).winner()));
        }

        assertThat(winners).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void a_final_two_way_tie_is_settled_openly_not_silently() {
        var tied = RankedBallots.builder(List.of("A", "B")).add(2, 0).add(2, 1).build();

        var result = Count.instantRunoff(tied, 7);

        assertThat(result.firstRound().winner()).isNull();
        assertThat(result.firstRound().tieBreak()).isNotNull();
        assertThat(result.rounds()).hasSize(2);
        assertThat(result.winner()).isNotNull().isNotEqualTo(result.firstRound().excluded());
    }

    @Test
    void blank_ballots_are_set_aside_and_not_counted() {
        var result = Count.instantRunoff(ballots().add(3, 0).add(2).addPreferences(1, new int[0]).build(), 1);

        assertThat(result.ballots()).isEqualTo(3);
        assertThat(result.blankBallots()).isEqualTo(3);
        assertThat(result.winner()).isEqualTo("A");
    }

    @Test
    void no_ballots_means_no_winner() {
        var result = Count.instantRunoff(ballots().build(), 1);

        assertThat(result.winner()).isNull();
        assertThat(result.reasons()).contains(Reason.of("voting.irv.noWinner"));
    }
}
