package org.youthvoice.voting;

/** Whole votes for one option in one round of an instant-runoff count. */
public record OptionVotes(String option, long votes) {
}
