package org.youthvoice.safeguarding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the pattern syntax of {@link org.youthvoice.safeguarding.Phrase} and expands it into plain word sequences:
 * {@code (he|she) {0,1} hits me} becomes {@code he _ hits me} and {@code she _ hits me}, where {@code _} is a gap.
 */
final class PhrasePattern {

    static final int MAX_GAP = 3;
    static final int MAX_EXPANSIONS = 50_000;

    /** One step of an expanded pattern: a word as written, or a gap of up to {@code gap} words. */
    record Step(String word, int gap) {
        static Step word(String word) {
            return new Step(word, 0);
        }

        static Step gap(int gap) {
            return new Step("", gap);
        }

        boolean isGap() {
            return word.isEmpty();
        }
    }

    private final String pattern;
    private final Map<String, List<String>> groups;
    private final int depth;
    private int at;

    private PhrasePattern(String pattern, Map<String, List<String>> groups, int depth) {
        this.pattern = pattern;
        this.groups = groups;
        this.depth = depth;
    }

    /** @throws IllegalArgumentException naming the pattern and what is wrong with it */
    static List<List<Step>> expand(String pattern, Map<String, List<String>> groups) {
        var parser = new PhrasePattern(pattern, groups, 0);
        var result = parser.sequence();
        if (parser.at < pattern.length()) {
            throw parser.problem("unexpected '" + pattern.charAt(parser.at) + "'");
        }
        return result;
    }

    private List<List<Step>> sequence() {
        List<List<Step>> result = new ArrayList<>();
        result.add(List.of());
        while (true) {
            skipSpaces();
            if (at >= pattern.length()) {
                return result;
            }
            char c = pattern.charAt(at);
            List<List<Step>> part;
            if (c == ')' || c == '|') {
                return result;
            } else if (c == '(') {
                at++;
                part = alternatives();
                expect(')');
            } else if (c == '{') {
                part = List.of(List.of(Step.gap(gap())));
            } else if (c == '<') {
                part = group();
            } else {
                part = List.of(List.of(Step.word(word())));
            }
            result = product(result, part);
        }
    }

    private List<List<Step>> alternatives() {
        List<List<Step>> result = new ArrayList<>(sequence());
        while (at < pattern.length() && pattern.charAt(at) == '|') {
            at++;
            result.addAll(sequence());
        }
        return result;
    }

    private int gap() {
        int close = pattern.indexOf('}', at);
        if (close < 0) {
            throw problem("a gap needs a closing '}'");
        }
        String inside = pattern.substring(at + 1, close).replace(" ", "");
        at = close + 1;
        if (!inside.matches("0,[1-9]")) {
            throw problem("a gap is written {0,1} to {0," + MAX_GAP + "}");
        }
        int gap = inside.charAt(2) - '0';
        if (gap > MAX_GAP) {
            throw problem("a gap is at most " + MAX_GAP + " words");
        }
        return gap;
    }

    private List<List<Step>> group() {
        int close = pattern.indexOf('>', at);
        if (close < 0) {
            throw problem("a word group needs a closing '>'");
        }
        String name = pattern.substring(at + 1, close).strip();
        at = close + 1;
        var entries = groups.get(name);
        if (entries == null) {
            throw problem("no word group called <" + name + ">");
        }
        if (depth >= 4) {
            throw problem("word groups nest too deep at <" + name + ">");
        }
        List<List<Step>> result = new ArrayList<>();
        for (var entry : entries) {
            // an entry is itself a pattern, so a group may use another: family: [<parent>, nan, grandad]
            var inner = new PhrasePattern(entry, groups, depth + 1);
            var steps = inner.sequence();
            if (inner.at < entry.length()) {
                throw inner.problem("unexpected '" + entry.charAt(inner.at) + "'");
            }
            result.addAll(steps);
        }
        return result;
    }

    private String word() {
        int start = at;
        while (at < pattern.length() && !Character.isWhitespace(pattern.charAt(at))
                && "(|){}<>".indexOf(pattern.charAt(at)) < 0) {
            at++;
        }
        if (at == start) {
            throw problem("unexpected '" + pattern.charAt(at) + "'");
        }
        return pattern.substring(start, at);
    }

    private List<List<Step>> product(List<List<Step>> left, List<List<Step>> right) {
        if ((long) left.size() * right.size() > MAX_EXPANSIONS) {
            throw problem("too many alternatives (more than " + MAX_EXPANSIONS + " ways to read it)");
        }
        List<List<Step>> result = new ArrayList<>(left.size() * right.size());
        for (var l : left) {
            for (var r : right) {
                var joined = new ArrayList<Step>(l.size() + r.size());
                joined.addAll(l);
                joined.addAll(r);
                result.add(joined);
            }
        }
        return result;
    }

    private void expect(char c) {
        if (at >= pattern.length() || pattern.charAt(at) != c) {
            throw problem("missing '" + c + "'");
        }
        at++;
    }

    private void skipSpaces() {
        while (at < pattern.length() && Character.isWhitespace(pattern.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException problem(String what) {
        return new IllegalArgumentException("Phrase \"" + pattern + "\": " + what + " (at character " + (at + 1) + ")");
    }
}
