package org.youthvoice.safeguarding;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One phrase found in a text.
 *
 * @param category what it may be about
 * @param severity how urgent it is after adjustment (lower than {@code listedSeverity} when negated or joking)
 * @param listedSeverity the severity the phrase list gives the phrase
 * @param phrase the pattern from the phrase list that matched
 * @param start offset of the first matched word in the original text
 * @param end offset just after the last matched word
 * @param words the matched words (not the words a gap skipped), for highlighting
 * @param adjustment why it was lowered or set aside, or {@code null} when it stands as listed
 * @param cue the words that caused the adjustment, as written ("never", "dying of boredom"), or {@code null}
 * @param example for a match by meaning: the example statement it was closest to ({@code phrase} is then empty,
 *     the match covers the whole text and has no words to highlight); {@code null} for a match by phrase
 * @param similarity for a match by meaning: how close the text was to the example, 0 to 1; otherwise 0
 */
public record Match(Category category, Severity severity, Severity listedSeverity, String phrase, int start, int end,
        List<Highlight> words, @Nullable Adjustment adjustment, @Nullable String cue, @Nullable String example,
        double similarity) {

    public Match {
        words = List.copyOf(words);
    }

    /** A match by phrase. */
    public Match(Category category, Severity severity, Severity listedSeverity, String phrase, int start, int end,
            List<Highlight> words, @Nullable Adjustment adjustment, @Nullable String cue) {
        this(category, severity, listedSeverity, phrase, start, end, words, adjustment, cue, null, 0);
    }

    /** Whether this match came from comparing meaning with an example rather than from a phrase. */
    public boolean byMeaning() {
        return example != null;
    }

    /** The similarity as a whole percentage, for people. */
    public int similarityPercent() {
        return (int) Math.round(similarity * 100);
    }

    /** The matched stretch of the original text, gap words included. */
    public String in(String text) {
        return text.substring(start, end);
    }

    /**
     * A one-line, stable explanation for logs and for the queue's detail view, e.g.
     * {@code SELF_HARM_OR_SUICIDE CONCERN (listed URGENT, NEGATED by "never") "hurt myself" at 14-25 by phrase "hurt {0,1} myself"}.
     */
    public String explain(String text) {
        var out = new StringBuilder().append(category).append(' ').append(severity);
        if (adjustment != null) {
            out.append(" (listed ").append(listedSeverity).append(", ").append(adjustment)
                    .append(cue == null ? "" : " by \"" + cue + "\"").append(')');
        }
        if (example != null) {
            return out.append(" by meaning: like example \"").append(example).append("\" (similarity ")
                    .append(String.format(java.util.Locale.ROOT, "%.2f", similarity)).append(')').toString();
        }
        return out.append(" \"").append(in(text)).append("\" at ").append(start).append('-').append(end)
                .append(" by phrase \"").append(phrase).append('"').toString();
    }
}
