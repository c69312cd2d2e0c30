package org.youthvoice.framework.internal;

import java.util.List;

/** One thing wrong with an imported file: where (1-based line) and why (a message key with its arguments). */
public record ImportProblem(int line, String messageKey, List<String> arguments) {

    public ImportProblem(int line, String messageKey, String... arguments) {
        this(line, messageKey, List.of(arguments));
    }
}
