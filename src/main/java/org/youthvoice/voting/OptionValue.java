package org.youthvoice.voting;

import java.math.BigDecimal;

/** Votes for one option in a single-transferable-vote stage, to five decimal places. */
public record OptionValue(String option, BigDecimal votes) {
}
