package org.youthvoice.voting.internal;

import java.util.List;
import org.youthvoice.base.UserFacingException;

/** The whole file was refused, nothing taken from it; every problem found is listed, in line order. */
public class BallotFileException extends UserFacingException {

    private final transient List<BallotFileProblem> problems;

    public BallotFileException(List<BallotFileProblem> problems) {
        super("voting.file.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    @Override
    public String getMessage() {
        return "ballot file refused: " + problems;
    }

    public List<BallotFileProblem> problems() {
        return problems;
    }
}
