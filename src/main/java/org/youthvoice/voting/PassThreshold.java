package org.youthvoice.voting;

/** How many of the votes for and against a motion must be for it. Abstentions are not part of either. */
public enum PassThreshold {

    /** More votes for than against; a tie fails, because nobody has a casting vote. */
    SIMPLE_MAJORITY,

    /** At least two-thirds of the votes for and against. */
    TWO_THIRDS;

    /** The fewest votes for that pass, given how many voted for or against; never fewer than one. */
    public long votesNeeded(long forAndAgainst) {
        return switch (this) {
            case SIMPLE_MAJORITY -> forAndAgainst / 2 + 1;
            case TWO_THIRDS -> Math.max(1, (2 * forAndAgainst + 2) / 3);
        };
    }
}
