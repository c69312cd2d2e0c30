package org.youthvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.youthvoice.voting.internal.Count;
import org.youthvoice.voting.internal.RankedBallots;

/** What a result says in words: the draw is named only where it settled something. */
class BallotResultTest {

    private static BallotResult ranked(InstantRunoffResult count) {
        return new BallotResult(BallotKind.INSTANT_RUNOFF, count.ballots(), 0, count.ballots(), 0, true, null, null,
                count, null, List.of(), count.lotSeed(), List.of(Reason.of("voting.turnout", count.ballots(),
                        count.ballots())));
    }

    @Test
    void a_count_with_no_tie_does_not_name_the_draw_or_its_number() {
        var count = Count.instantRunoff(RankedBallots.builder(List.of("A", "B", "C")).add(3, 0).add(1, 1).build(),
                5231229048687574411L);

        var result = ranked(count);

        assertThat(result.drawDecided()).isFalse();
        assertThat(result.statements()).extracting(Reason::messageKey)
                .doesNotContain(BallotResult.DRAW_RULE)
                .contains("voting.irv.rule", "voting.irv.won", "voting.turnout");
    }

    @Test
    void a_tie_settled_by_an_earlier_round_does_not_name_the_draw_either() {
        // 6 A | 3 B>A | 4 C | 1 D>B>A: in round 2 B and C have 4 each; B had fewer in round 1, so B goes.
        var count = Count.instantRunoff(RankedBallots.builder(List.of("A", "B", "C", "D"))
                .add(6, 0).add(3, 1, 0).add(4, 2).add(1, 3, 1, 0).build(), 1);

        var result = ranked(count);

        assertThat(count.rounds().get(1).tieBreak().method()).isEqualTo(TieBreakMethod.EARLIER_ROUND);
        assertThat(result.drawDecided()).isFalse();
        assertThat(result.statements()).extracting(Reason::messageKey).doesNotContain(BallotResult.DRAW_RULE)
                .contains("voting.tie.earlierRound");
    }

    @Test
    void a_tie_the_draw_settled_names_the_draw_and_its_number() {
        var count = Count.instantRunoff(RankedBallots.builder(List.of("A", "B", "C")).add(3, 0).add(2, 1).add(2, 2)
                .build(), 42);

        var result = ranked(count);

        assertThat(result.drawDecided()).isTrue();
        assertThat(result.statements()).contains(Reason.of(BallotResult.DRAW_RULE, 42))
                .anyMatch(r -> r.messageKey().equals("voting.tie.lot"));
    }
}
