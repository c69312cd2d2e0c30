package org.youthvoice.safeguarding;

/**
 * Character offsets of one matched word in the original text: {@code text.substring(start, end)}.
 */
public record Highlight(int start, int end) {

    public Highlight {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad highlight " + start + "-" + end);
        }
    }
}
