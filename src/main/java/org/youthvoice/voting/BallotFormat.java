package org.youthvoice.voting;

import java.util.Locale;
import java.util.Optional;

/** Files of ranked ballots we read. The formats are described in {@code docs/design-decisions/0006-vote-counting.md}. */
public enum BallotFormat {

    /** PrefLib orders with ties ({@code .toi}, also {@code .toc}): {@code {2,3}} ranks options equal. */
    PREFLIB_TOI,

    /** PrefLib strict orders ({@code .soi}, also {@code .soc}): no equal rankings allowed. */
    PREFLIB_SOI,

    /** One ballot per line: a header row, then option names in preference order. */
    CSV;

    public static Optional<BallotFormat> forFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".toi") || name.endsWith(".toc")) {
            return Optional.of(PREFLIB_TOI);
        }
        if (name.endsWith(".soi") || name.endsWith(".soc")) {
            return Optional.of(PREFLIB_SOI);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }
}
