package org.youthvoice.voting;

/** The votes cast on a motion. */
public record MotionVotes(long yes, long no, long abstain) {

    public MotionVotes {
        if (yes < 0 || no < 0 || abstain < 0) {
            throw new IllegalArgumentException("negative votes");
        }
    }

    /** Everyone who took part, abstentions included. */
    public long turnout() {
        return yes + no + abstain;
    }

    public long forAndAgainst() {
        return yes + no;
    }
}
