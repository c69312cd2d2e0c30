package org.youthvoice.voting;

import java.util.Arrays;
import java.util.List;

/**
 * One plain-words statement about a result ("the motion passed: 9 for, 3 against"), as a message key with its
 * arguments, so the results page shows it in the reader's language and at their reading age.
 */
public record Reason(String messageKey, List<String> arguments) {

    public Reason {
        arguments = List.copyOf(arguments);
    }

    public static Reason of(String messageKey, Object... arguments) {
        return new Reason(messageKey, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
