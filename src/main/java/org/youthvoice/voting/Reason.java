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

    /**
     * The arguments for a message: whole numbers as {@code Long} and decimals as {@code BigDecimal}, so that the
     * message formats them ("8,980", plural choices such as "1 vote" / "2 votes") like every other count on screen.
     */
    public Object[] values() {
        return arguments.stream().map(Reason::value).toArray();
    }

    private static Object value(String argument) {
        if (argument.matches("-?\\d{1,30}")) {
            var number = new java.math.BigInteger(argument);
            return number.bitLength() < 64 ? (Object) number.longValue() : new java.math.BigDecimal(number);
        }
        if (argument.matches("-?\\d{1,30}\\.\\d{1,10}")) {
            return new java.math.BigDecimal(argument);
        }
        return argument;
    }
}
