package org.youthvoice.voting;

import org.jspecify.annotations.Nullable;

/** An option on a ballot; {@code position} is what a vote marks. For motions the labels are YES, NO and ABSTAIN. */
public record BallotOption(int position, String label, @Nullable String picture) {
}
