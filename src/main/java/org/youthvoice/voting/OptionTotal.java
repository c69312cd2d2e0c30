package org.youthvoice.voting;

import java.math.BigDecimal;

/** Votes for one option, and their share of the valid ballots as a percentage to one decimal place. */
public record OptionTotal(String option, long votes, BigDecimal percent) {
}
