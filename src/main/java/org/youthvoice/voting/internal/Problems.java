package org.youthvoice.voting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects what is wrong with a file; a file with a million bad lines reports the first hundred and a total. */
final class Problems {

    static final int MOST_LISTED = 100;

    private final List<BallotFileProblem> found = new ArrayList<>();
    private int total;

    void add(int line, String key, Object... arguments) {
        total++;
        if (found.size() < MOST_LISTED) {
            found.add(BallotFileProblem.at(line, "voting.file." + key, arguments));
        }
    }

    boolean any() {
        return total > 0;
    }

    void throwIfAny(int lastLine) {
        if (total == 0) {
            return;
        }
        var sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(BallotFileProblem::line));
        if (total > found.size()) {
            sorted.add(BallotFileProblem.at(lastLine, "voting.file.moreProblems", total - found.size()));
        }
        throw new BallotFileException(sorted);
    }
}
