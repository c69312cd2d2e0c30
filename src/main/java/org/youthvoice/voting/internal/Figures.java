package org.youthvoice.voting.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Every count on a voting screen written the same way as in the sentences around it ({@code {0,number,integer}}):
 * "8,980", never "8980" beside "1,332"; STV values to at most five decimal places, as counted.
 */
public final class Figures {

    private Figures() {
    }

    public static String count(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public static String value(BigDecimal value, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(5);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    /** A change within a stage: "+12.5", "−300" (a real minus sign), "0". */
    public static String change(BigDecimal value, Locale locale) {
        String digits = value(value.abs(), locale);
        return switch (value.signum()) {
            case 1 -> "+" + digits;
            case -1 -> "\u2212" + digits;
            default -> digits;
        };
    }
}
