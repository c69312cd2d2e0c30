package org.youthvoice.voting.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.voting.BallotFormat;

/** Reads a file of ranked ballots (paper ballots typed up elsewhere, or a published data set). */
public final class BallotFile {

    /** Files larger than this are refused before reading: a city-wide paper count fits easily. */
    public static final int MAX_CHARACTERS = 50_000_000;

    private BallotFile() {
    }

    /**
     * @param options the ballot's options, when importing into an existing ballot: every option in the file must be
     *     one of them (matched ignoring case and surrounding spaces), and the result uses this list. Null to take the
     *     options from the file (PrefLib names them; for CSV, in order of first appearance).
     * @throws BallotFileException with every problem found, if anything is wrong; nothing is partly read
     */
    public static RankedBallots read(BallotFormat format, String text, @Nullable List<String> options) {
        if (text.length() > MAX_CHARACTERS) {
            throw new BallotFileException(List.of(BallotFileProblem.at(1, "voting.file.tooBig", MAX_CHARACTERS)));
        }
        return switch (format) {
            case PREFLIB_TOI -> PrefLibReader.read(text, true, options);
            case PREFLIB_SOI -> PrefLibReader.read(text, false, options);
            case CSV -> CsvBallotReader.read(text, options);
        };
    }
}
