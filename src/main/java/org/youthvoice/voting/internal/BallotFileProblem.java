package org.youthvoice.voting.internal;

import java.util.Arrays;
import java.util.List;

/** One thing wrong with a ballot file: where (1-based line) and why (a message key with its arguments). */
public record BallotFileProblem(int line, String messageKey, List<String> arguments) {

    public BallotFileProblem {
        arguments = List.copyOf(arguments);
    }

    public static BallotFileProblem at(int line, String messageKey, Object... arguments) {
        return new BallotFileProblem(line, messageKey, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
