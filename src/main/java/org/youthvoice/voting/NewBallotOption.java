package org.youthvoice.voting;

import org.jspecify.annotations.Nullable;

/** An option as the officer writes it; the picture is one of {@code base.Pictures.NAMES}, or none. */
public record NewBallotOption(String label, @Nullable String picture) {
}
