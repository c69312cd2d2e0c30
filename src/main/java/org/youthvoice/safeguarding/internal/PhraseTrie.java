package org.youthvoice.safeguarding.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A token-sequence automaton: every expanded pattern is a path of terms from the root, with optional gaps, so
 * screening a text walks the tree once from each term instead of trying every pattern.
 */
final class PhraseTrie<T> {

    /** A path through the text that reached the end of a pattern: the token positions of its terms. */
    record Found<T>(T target, int[] positions) {
        int first() {
            return positions[0];
        }

        int last() {
            return positions[positions.length - 1];
        }

        boolean overlaps(Found<?> other) {
            return first() <= other.last() && other.first() <= last();
        }
    }

    private static final class Node<T> {
        @Nullable Map<String, Node<T>> next;
        @Nullable Map<String, Node<T>>[] gapped;
        @Nullable List<T> ends;

        Node<T> child(int gap, String term) {
            Map<String, Node<T>> map;
            if (gap == 0) {
                if (next == null) {
                    next = new HashMap<>(4);
                }
                map = next;
            } else {
                if (gapped == null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Node<T>>[] fresh = new Map[PhrasePattern.MAX_GAP + 1];
                    gapped = fresh;
                }
                if (gapped[gap] == null) {
                    gapped[gap] = new HashMap<>(4);
                }
                map = gapped[gap];
            }
            return map.computeIfAbsent(term, t -> new Node<>());
        }
    }

    private final Node<T> root = new Node<>();
    private int longest;
    private int paths;

    /**
     * Adds one expanded pattern.
     *
     * @param terms the analysed terms, at least one
     * @param gapsBefore for each term, how many words may be skipped before it (ignored for the first)
     */
    void add(List<String> terms, int[] gapsBefore, T target) {
        var node = root;
        for (int i = 0; i < terms.size(); i++) {
            node = node.child(i == 0 ? 0 : gapsBefore[i], terms.get(i));
        }
        if (node.ends == null) {
            node.ends = new ArrayList<>(1);
        }
        if (!node.ends.contains(target)) {
            node.ends.add(target);
            paths++;
        }
        longest = Math.max(longest, terms.size());
    }

    int paths() {
        return paths;
    }

    /** Every pattern found in the text, never crossing a sentence end; for each start, one path per target. */
    List<Found<T>> findAll(AnalysedText text) {
        List<Found<T>> found = new ArrayList<>();
        if (root.next == null) {
            return found;
        }
        var path = new int[Math.max(1, longest)];
        for (int start = 0; start < text.size; start++) {
            var first = root.next.get(text.terms[start]);
            if (first != null) {
                path[0] = start;
                int before = found.size();
                walk(text, first, start, path, 1, found, before);
            }
        }
        return found;
    }

    private void walk(AnalysedText text, Node<T> node, int at, int[] path, int depth, List<Found<T>> found,
            int foundForThisStart) {
        if (node.ends != null) {
            for (var target : node.ends) {
                if (!alreadyFound(found, foundForThisStart, target)) {
                    found.add(new Found<>(target, Arrays.copyOf(path, depth)));
                }
            }
        }
        int next = at + 1;
        int sentence = text.sentences[path[0]];
        if (node.next != null && next < text.size && text.sentences[next] == sentence) {
            var child = node.next.get(text.terms[next]);
            if (child != null) {
                path[depth] = next;
                walk(text, child, next, path, depth + 1, found, foundForThisStart);
            }
        }
        if (node.gapped != null) {
            for (int gap = 1; gap < node.gapped.length; gap++) {
                var map = node.gapped[gap];
                if (map == null) {
                    continue;
                }
                for (int skip = 0; skip <= gap; skip++) {
                    int q = next + skip;
                    if (q >= text.size || text.sentences[q] != sentence) {
                        break;
                    }
                    var child = map.get(text.terms[q]);
                    if (child != null) {
                        path[depth] = q;
                        walk(text, child, q, path, depth + 1, found, foundForThisStart);
                    }
                }
            }
        }
    }

    private boolean alreadyFound(List<Found<T>> found, int from, T target) {
        for (int i = from; i < found.size(); i++) {
            if (found.get(i).target() == target) {
                return true;
            }
        }
        return false;
    }
}
