package org.youthvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.youthvoice.voting.internal.Count;

class MotionCountTest {

    private static final Quorum TWELVE_NEED_SIX = new Quorum(12, 6);

    @Test
    void simple_majority_passes_with_more_for_than_against_and_abstentions_left_out() {
        var result = Count.motion(new MotionVotes(5, 4, 3), TWELVE_NEED_SIX, PassThreshold.SIMPLE_MAJORITY);

        assertThat(result.outcome()).isEqualTo(MotionOutcome.PASSED);
        assertThat(result.votesNeeded()).isEqualTo(5);
        assertThat(result.reasons()).containsExactly(
                Reason.of("voting.turnout", 12, 12),
                Reason.of("voting.motion.passed.simpleMajority", 5, 4, 5),
                Reason.of("voting.motion.abstentions", 3));
    }

    @Test
    void many_abstentions_do_not_stop_a_motion_passing() {
        var result = Count.motion(new MotionVotes(3, 2, 7), TWELVE_NEED_SIX, PassThreshold.SIMPLE_MAJORITY);

        assertThat(result.outcome()).isEqualTo(MotionOutcome.PASSED);
    }

    @Test
    void a_tie_fails_because_nobody_has_a_casting_vote() {
        var result = Count.motion(new MotionVotes(4, 4, 0), TWELVE_NEED_SIX, PassThreshold.SIMPLE_MAJORITY);

        assertThat(result.outcome()).isEqualTo(MotionOutcome.FAILED);
        assertThat(result.reasons()).contains(Reason.of("voting.motion.failed.tie", 4, 4));
    }

    @Test
    void more_against_than_for_fails() {
        var result = Count.motion(new MotionVotes(3, 5, 0), TWELVE_NEED_SIX, PassThreshold.SIMPLE_MAJORITY);

        assertThat(result.outcome()).isEqualTo(MotionOutcome.FAILED);
        assertThat(result.reasons()).contains(Reason.of("voting.motion.failed.simpleMajority", 3, 5, 5));
    }

    @Test
    void two_thirds_passes_at_exactly_two_thirds_of_for_and_against() {
        var result = Count.motion(new MotionVotes(6, 3, 2), TWELVE_NEED_SIX, PassThreshold.TWO_THIRDS);

        assertThat(result.outcome()).isEqualTo(MotionOutcome.PASSED);
        assertThat(result.votesNeeded()).isEqualTo(6);
        assertThat(result.reasons()).contains(Reason.of("voting.motion.passed.twoThirds", 6, 3, 6));
    }

    @Test
    void two_thirds_fails_just_below_two_thirds_even_with_a_simple_majority() {
        // 5 of 8 is 62.5%: a majority, but two-thirds of 8 rounds up to 6.
        var result = Count.motion(new MotionVotes(5, 3, 0), new Quorum(8, 0), PassThreshold.TWO_THIRDS);

        assertThat(result.outcome()).isEqualTo(MotionOutcome.FAILED);
        assertThat(result.reasons()).contains(Reason.of("voting.motion.failed.twoThirds", 5, 3, 6));
    }

    @Test
    void turnout_below_the_quorum_means_no_quorum_whatever_the_votes() {
        var result = Count.motion(new MotionVotes(5, 0, 0), TWELVE_NEED_SIX, PassThreshold.SIMPLE_MAJORITY);

        assertThat(result.outcome()).isEqualTo(MotionOutcome.NO_QUORUM);
        assertThat(result.reasons()).containsExactly(
                Reason.of("voting.turnout", 5, 12),
                Reason.of("voting.motion.noQuorum", 5, 6));
    }

    @Test
    void abstentions_count_towards_the_quorum() {
        var result = Count.motion(new MotionVotes(3, 1, 2), TWELVE_NEED_SIX, PassThreshold.SIMPLE_MAJORITY);

        assertThat(result.outcome()).isEqualTo(MotionOutcome.PASSED);
    }

    @Test
    void everyone_abstaining_fails() {
        var result = Count.motion(new MotionVotes(0, 0, 7), TWELVE_NEED_SIX, PassThreshold.TWO_THIRDS);

        assertThat(result.outcome()).isEqualTo(MotionOutcome.FAILED);
        assertThat(result.reasons()).contains(Reason.of("voting.motion.failed.nobodyForOrAgainst", 7));
    }

    @Test
    void a_quorum_above_the_eligible_voters_is_never_met_and_votes_beyond_the_eligible_do_not_count_towards_one() {
        assertThat(new Quorum(5, 6).isMetBy(5)).isFalse();
        assertThat(new Quorum(5, 6).isMetBy(9000)).isFalse();
        assertThat(Count.motion(new MotionVotes(8000, 980, 0), new Quorum(1, 2), PassThreshold.SIMPLE_MAJORITY)
                .outcome()).isEqualTo(MotionOutcome.NO_QUORUM);
        assertThatThrownBy(() -> new Quorum(5, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
