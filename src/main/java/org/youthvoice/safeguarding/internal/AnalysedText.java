package org.youthvoice.safeguarding.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A text analysed once: its terms with their offsets in the original, and which sentence and clause each is in.
 * A sentence ends at . ! ? ; or a line break; a clause also ends at a comma, colon, dash or bracket.
 */
final class AnalysedText {

    final String text;
    final int size;
    final String[] terms;
    final int[] starts;
    final int[] ends;
    final int[] sentences;
    final int[] clauses;

    private AnalysedText(String text, int size, String[] terms, int[] starts, int[] ends, int[] sentences,
            int[] clauses) {
        this.text = text;
        this.size = size;
        this.terms = terms;
        this.starts = starts;
        this.ends = ends;
        this.sentences = sentences;
        this.clauses = clauses;
    }

    static AnalysedText of(Analyzer analyzer, String text) {
        int capacity = Math.max(8, text.length() / 4);
        var terms = new String[capacity];
        var starts = new int[capacity];
        var ends = new int[capacity];
        var sentences = new int[capacity];
        var clauses = new int[capacity];
        int size = 0;
        int sentence = 0;
        int clause = 0;
        int previousEnd = 0;
        try (var stream = analyzer.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (size == terms.length) {
                    int grown = size * 2;
                    terms = Arrays.copyOf(terms, grown);
                    starts = Arrays.copyOf(starts, grown);
                    ends = Arrays.copyOf(ends, grown);
                    sentences = Arrays.copyOf(sentences, grown);
                    clauses = Arrays.copyOf(clauses, grown);
                }
                int start = offset.startOffset();
                for (int i = previousEnd; i < start; i++) {
                    switch (text.charAt(i)) {
                        case '.', '!', '?', ';', '\n', '\r' -> {
                            if (size > 0 && sentences[size - 1] == sentence) {
                                sentence++;
                                clause++;
                            }
                        }
                        case ',', ':', '(', ')', '\u2013', '\u2014', '"', '\u201c', '\u201d' -> {
                            if (size > 0 && clauses[size - 1] == clause) {
                                clause++;
                            }
                        }
                        case '-' -> {
                            // "self-harm" is one thing; "fine - he hits me" is two clauses
                            if (size > 0 && clauses[size - 1] == clause && (Character.isWhitespace(text.charAt(i - 1))
                                    || i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))) {
                                clause++;
                            }
                        }
                        default -> {
                        }
                    }
                }
                terms[size] = term.toString();
                starts[size] = start;
                ends[size] = offset.endOffset();
                sentences[size] = sentence;
                clauses[size] = clause;
                previousEnd = offset.endOffset();
                size++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AnalysedText(text, size, terms, starts, ends, sentences, clauses);
    }

    /** The original words from token {@code from} to token {@code to}, inclusive. */
    String words(int from, int to) {
        return text.substring(starts[from], ends[to]);
    }
}
