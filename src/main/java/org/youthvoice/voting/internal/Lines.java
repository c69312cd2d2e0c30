package org.youthvoice.voting.internal;

/** Splitting files into lines the way people count them in an editor. */
final class Lines {

    private Lines() {
    }

    static String[] split(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\r\n|\r|\n", -1);
        // A final line break ends the last line; it does not start another.
        return lines.length > 1 && lines[lines.length - 1].isEmpty()
                ? java.util.Arrays.copyOf(lines, lines.length - 1) : lines;
    }

    /** A short, single-line piece of a bad line to quote back. */
    static String excerpt(String line) {
        String stripped = line.strip();
        return stripped.length() <= 60 ? stripped : stripped.substring(0, 57) + "...";
    }
}
