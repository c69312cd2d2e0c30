package org.youthvoice.survey;

import java.util.List;

/**
 * One thing wrong with a survey definition: where it is (e.g. {@code questions[3].options[1]}) and why, as a message
 * key with its arguments.
 */
public record DefinitionProblem(String where, String messageKey, List<String> arguments) {

    public DefinitionProblem {
        arguments = List.copyOf(arguments);
    }

    public static DefinitionProblem of(String where, String messageKey, Object... arguments) {
        return new DefinitionProblem(where, messageKey,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
