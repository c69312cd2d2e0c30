package org.youthvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.youthvoice.voting.internal.Count;
import org.youthvoice.voting.internal.RankedBallots;

/**
 * Scottish STV (SSI 2007/42 rules 45-52) against small counts worked by hand. Values are in votes to five decimal
 * places; "cut" means the digits after the fifth are dropped, as rule 48(3) says.
 */
class SingleTransferableVoteCountTest {

    private static final List<String> ABCDE = List.of("A", "B", "C", "D", "E");
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;
    private static final int E = 4;

    private static BigDecimal v(String votes) {
        return new BigDecimal(votes).setScale(5);
    }

    /*
     * 3 seats, 31 ballots: 9 A>B>C | 4 A>C | 2 A | 5 B | 6 C>D | 3 D>B | 2 E>D
     * Quota (rule 46): 31 / (3 + 1) = 7.75 -> 7, + 1 = 8.
     *
     * Stage 1: A 15, B 5, C 6, D 3, E 2. A has the quota: elected, surplus 15 - 8 = 7.
     * Stage 2, A's surplus (rule 48): all 15 of A's papers, each worth 1 when A received it.
     *   transfer value = 7 x 1 / 15 = 0.466666.. -> cut to 0.46666
     *   9 A>B>C to B: 9 x 0.46666 = 4.19994   -> B = 5 + 4.19994 = 9.19994 (quota: elected)
     *   4 A>C   to C: 4 x 0.46666 = 1.86664   -> C = 6 + 1.86664 = 7.86664
     *   2 A     non-transferable:   0.93332
     *   lost to cutting: 7 - (4.19994 + 1.86664 + 0.93332) = 0.00010; A keeps 8.
     * Stage 3, B's surplus 9.19994 - 8 = 1.19994, again from all of B's papers, each at the value it had when B got it:
     *   5 B (first preferences, value 1): 1.19994 x 1 / 9.19994 = 0.130429.. -> 0.13042; no next preference:
     *     non-transferable 5 x 0.13042 = 0.65210
     *   9 A>B>C (came at 0.46666): 1.19994 x 0.46666 / 9.19994 = 0.5599640004 / 9.19994 = 0.060866.. -> 0.06086;
     *     next continuing preference C: 9 x 0.06086 = 0.54774 -> C = 7.86664 + 0.54774 = 8.41438 (quota: elected)
     *   lost to cutting: 1.19994 - 0.54774 - 0.65210 = 0.00010.
     * All three seats are filled: A, B, C. D and E are never needed.
     */
    @Test
    void a_surplus_made_of_transferred_papers_moves_each_paper_at_its_value_when_received() {
        var ballots = RankedBallots.builder(ABCDE).add(9, A, B, C).add(4, A, C).add(2, A).add(5, B).add(6, C, D)
                .add(3, D, B).add(2, E, D).build();

        var result = Count.singleTransferableVote(ballots, 3, 1);

        assertThat(result.quota()).isEqualTo(8);
        assertThat(result.validBallots()).isEqualTo(31);
        assertThat(result.elected()).containsExactly("A", "B", "C");
        assertThat(result.stages()).extracting(Stage::kind)
                .containsExactly(StageKind.FIRST_PREFERENCES, StageKind.SURPLUS, StageKind.SURPLUS);

        var first = result.stages().get(0);
        assertThat(first.votesFor("A")).isEqualTo(v("15"));
        assertThat(first.elected()).containsExactly("A");

        var second = result.stages().get(1);
        assertThat(second.from()).isEqualTo("A");
        assertThat(second.transferTo("B")).isEqualTo(v("4.19994"));
        assertThat(second.transferTo("C")).isEqualTo(v("1.86664"));
        assertThat(second.nonTransferable()).isEqualTo(v("0.93332"));
        assertThat(second.lostToRounding()).isEqualTo(v("0.00010"));
        assertThat(second.votesFor("A")).isEqualTo(v("8"));
        assertThat(second.votesFor("B")).isEqualTo(v("9.19994"));
        assertThat(second.votesFor("C")).isEqualTo(v("7.86664"));
        assertThat(second.elected()).containsExactly("B");

        var third = result.stages().get(2);
        assertThat(third.from()).isEqualTo("B");
        assertThat(third.transferTo("C")).isEqualTo(v("0.54774"));
        assertThat(third.nonTransferable()).isEqualTo(v("0.65210"));
        assertThat(third.lostToRounding()).isEqualTo(v("0.00010"));
        assertThat(third.votesFor("B")).isEqualTo(v("8"));
        assertThat(third.votesFor("C")).isEqualTo(v("8.41438"));
        assertThat(third.elected()).containsExactly("C");
    }

    /*
     * 2 seats, 29 ballots: 9 A>C>D | 4 A>B | 2 A | 7 B | 4 D | 3 E>D
     * Quota: 29 / 3 = 9.67 -> 9, + 1 = 10.
     *
     * Stage 1: A 15, B 7, C 0, D 4, E 3. A elected, surplus 5.
     * Stage 2, A's surplus: 5 x 1 / 15 = 0.33333 (cut).
     *   9 A>C>D to C: 2.99997 | 4 A>B to B: 1.33332 (B = 8.33332) | 2 A: non-transferable 0.66666
     *   lost: 5 - 4.99995 = 0.00005.
     * Stage 3: no surplus left; lowest is C with 2.99997 — below E's 3 only because of the cut (rule 50).
     *   C's 9 papers move on at the value they came with, 0.33333: to D, 2.99997 -> D = 6.99997.
     * Stage 4: lowest is E (3): 3 papers at 1 to D -> D = 9.99997, still short of the quota of 10.
     * Stage 5: lowest is B (8.33332), excluded. One seat left and only D continues, so D is elected
     *   with no further transfer (rule 52).
     * Elected: A, D.
     */
    @Test
    void exclusions_move_papers_at_their_current_value_and_the_last_seat_is_filled_without_transfer() {
        var ballots = RankedBallots.builder(ABCDE).add(9, A, C, D).add(4, A, B).add(2, A).add(7, B).add(4, D)
                .add(3, E, D).build();

        var result = Count.singleTransferableVote(ballots, 2, 1);

        assertThat(result.quota()).isEqualTo(10);
        assertThat(result.stages()).extracting(Stage::kind).containsExactly(StageKind.FIRST_PREFERENCES,
                StageKind.SURPLUS, StageKind.EXCLUSION, StageKind.EXCLUSION, StageKind.EXCLUSION);
        assertThat(result.stages()).extracting(Stage::from).containsExactly(null, "A", "C", "E", "B");

        var second = result.stages().get(1);
        assertThat(second.votesFor("C")).isEqualTo(v("2.99997"));
        assertThat(second.votesFor("B")).isEqualTo(v("8.33332"));
        assertThat(second.nonTransferable()).isEqualTo(v("0.66666"));
        assertThat(second.lostToRounding()).isEqualTo(v("0.00005"));

        var third = result.stages().get(2);
        assertThat(third.transferTo("D")).isEqualTo(v("2.99997"));
        assertThat(third.votesFor("C")).isEqualTo(v("0"));
        assertThat(third.votesFor("D")).isEqualTo(v("6.99997"));

        var fourth = result.stages().get(3);
        assertThat(fourth.votesFor("D")).isEqualTo(v("9.99997"));
        assertThat(fourth.elected()).isEmpty();

        var fifth = result.stages().get(4);
        assertThat(fifth.transfers()).isEmpty();
        // B's 8.33332 are not passed on (rule 52), and the stage says so.
        assertThat(fifth.nonTransferable()).isEqualTo(v("8.33332"));
        assertThat(fifth.elected()).containsExactly("D");
        // Every stage adds up to the 29 valid papers: votes held, plus not passed on, plus lost to rounding so far.
        for (int i = 0; i < result.stages().size(); i++) {
            assertThat(result.totalAt(i)).as("stage %d", i + 1).isEqualByComparingTo(v("29"));
        }
        assertThat(result.changeAt(1, "A")).isEqualByComparingTo(v("-5"));
        assertThat(result.lostToRoundingUpTo(4)).isEqualByComparingTo(v("0.00005"));
        assertThat(result.elected()).containsExactly("A", "D");
        assertThat(result.reasons()).contains(Reason.of("voting.stv.lastSeats", "D"));
    }

    @Test
    void a_paper_without_a_clear_first_preference_is_invalid_and_left_out_of_the_quota() {
        // 3 A | 2 B | 1 {A,B}: 5 valid papers, quota 5 / 2 = 2.5 -> 2, + 1 = 3. A has 3: elected.
        var ballots = RankedBallots.builder(List.of("A", "B")).add(3, 0).add(2, 1)
                .addPreferences(1, new int[] {0, 1}).build();

        var result = Count.singleTransferableVote(ballots, 1, 1);

        assertThat(result.validBallots()).isEqualTo(5);
        assertThat(result.invalidBallots()).isEqualTo(1);
        assertThat(result.quota()).isEqualTo(3);
        assertThat(result.elected()).containsExactly("A");
        assertThat(result.reasons()).contains(Reason.of("voting.stv.quota", 5, 1, 3));
    }

    @Test
    void equal_lowest_candidates_are_separated_by_the_most_recent_stage_where_they_differed() {
        // 2 seats, 20 ballots: 10 A>C | 5 B | 1 C>B | 4 D
        // Quota: 20 / 3 = 6.67 -> 6, + 1 = 7.
        // Stage 1: A 10 (elected, surplus 3), B 5, C 1, D 4.
        // Stage 2: A's surplus, 3 x 1 / 10 = 0.3 per paper, all 10 to C: C = 4. Now C 4 and D 4 tie for lowest.
        // Stage 3 (rule 51): at stage 1, the most recent where they differed, C had 1 and D 4, so C is excluded.
        //   C's papers: 10 A>C at 0.3 have no next preference (3 non-transferable); 1 C>B at 1 goes to B: B = 6.
        // Stage 4: D (4) excluded; B is the only one left for the last seat: elected without transfer.
        var ballots = RankedBallots.builder(List.of("A", "B", "C", "D")).add(10, 0, 2).add(5, 1).add(1, 2, 1)
                .add(4, 3).build();

        var result = Count.singleTransferableVote(ballots, 2, 1);

        assertThat(result.stages().get(1).votesFor("C")).isEqualTo(v("4"));
        assertThat(result.stages().get(1).votesFor("D")).isEqualTo(v("4"));
        var third = result.stages().get(2);
        assertThat(third.from()).isEqualTo("C");
        assertThat(third.tieBreak()).isEqualTo(new TieBreak(List.of("C", "D"), "C", TieBreakMethod.EARLIER_ROUND, 1));
        assertThat(third.nonTransferable()).isEqualTo(v("3"));
        assertThat(third.votesFor("B")).isEqualTo(v("6"));
        assertThat(result.elected()).containsExactly("A", "B");
    }

    @Test
    void a_tie_for_exclusion_at_every_stage_is_settled_by_lot() {
        // 1 seat, 7 ballots: 3 A | 2 B | 2 C. Quota 7 / 2 -> 3, + 1 = 4. Nobody has it; B and C tie for lowest
        // with no earlier stage to look back to, so the lot decides; their papers have no next preference.
        var ballots = RankedBallots.builder(List.of("A", "B", "C")).add(3, 0).add(2, 1).add(2, 2).build();

        var result = Count.singleTransferableVote(ballots, 1, 99);

        var tie = result.stages().get(1).tieBreak();
        assertThat(tie).isNotNull();
        assertThat(tie.method()).isEqualTo(TieBreakMethod.LOT);
        String drawnFirst = result.lotOrder().stream().filter(o -> !o.equals("A")).findFirst().orElseThrow();
        assertThat(tie.chosen()).isEqualTo(drawnFirst);
        assertThat(result.elected()).containsExactly("A");
    }
}
