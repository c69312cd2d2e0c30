package org.youthvoice.safeguarding.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;
import org.youthvoice.safeguarding.Adjustment;
import org.youthvoice.safeguarding.Highlight;
import org.youthvoice.safeguarding.Match;
import org.youthvoice.safeguarding.Phrase;
import org.youthvoice.safeguarding.PhraseList;
import org.youthvoice.safeguarding.ScreeningResult;
import org.youthvoice.safeguarding.Severity;

/**
 * The screening engine: analyses a text once, finds every phrase and figure of speech in one walk of the
 * {@link PhraseTrie}, then adjusts each match.
 *
 * <ul>
 * <li>A match that a figure of speech overlaps is set aside ("I'm dying of boredom").</li>
 * <li>A match with a negation up to {@value #NEGATION_WINDOW} words before it, in the same clause and with no
 * negation stop between, or inside its gap, is negated: an urgent match is lowered to a concern (a person still
 * looks, without an alert), a concern is set aside.</li>
 * <li>An urgent match with a joking marker up to {@value #JOKE_AFTER} words after it or
 * {@value #JOKE_BEFORE} before it is lowered to a concern: never dropped, because jokes can hide the truth.</li>
 * </ul>
 */
public final class PhraseMatcher {

    static final int NEGATION_WINDOW = 3;
    static final int JOKE_AFTER = 5;
    static final int JOKE_BEFORE = 3;

    /** What a trie path leads to: a phrase of the list, or (when {@code phrase} is null) a figure of speech. */
    private record Target(@Nullable Phrase phrase, String pattern) {
    }

    private final Analyzer analyzer;
    private final PhraseTrie<Target> trie = new PhraseTrie<>();
    private final Set<String> negations;
    private final Set<String> negationStops;
    private final Set<String> jokingMarkers;

    public PhraseMatcher(PhraseList list) {
        analyzer = new ScreeningAnalyzer(list.keepAsWritten());
        for (var phrase : list.phrases()) {
            add(phrase.pattern(), new Target(phrase, phrase.pattern()), list);
        }
        for (var figure : list.figuresOfSpeech()) {
            add(figure, new Target(null, figure), list);
        }
        negations = terms(list.negations());
        negationStops = terms(list.negationStops());
        jokingMarkers = terms(list.jokingMarkers());
    }

    /** How many word sequences the patterns expanded into: a measure of the list's size. */
    public int paths() {
        return trie.paths();
    }

    public ScreeningResult screen(String text) {
        var analysed = AnalysedText.of(analyzer, text);
        var found = trie.findAll(analysed);
        if (found.isEmpty()) {
            return new ScreeningResult(text, List.of(), List.of());
        }
        List<PhraseTrie.Found<Target>> figures = new ArrayList<>();
        for (var f : found) {
            if (f.target().phrase() == null) {
                figures.add(f);
            }
        }
        List<Match> kept = new ArrayList<>();
        List<Match> setAside = new ArrayList<>();
        for (var f : found) {
            var phrase = f.target().phrase();
            if (phrase == null) {
                continue;
            }
            var figure = figures.stream().filter(f::overlaps).findFirst();
            if (figure.isPresent()) {
                setAside.add(match(analysed, f, phrase, phrase.severity(), Adjustment.FIGURE_OF_SPEECH,
                        analysed.words(figure.get().first(), figure.get().last())));
                continue;
            }
            String negation = negationCue(analysed, f.positions());
            if (negation != null) {
                if (phrase.severity() == Severity.URGENT) {
                    kept.add(match(analysed, f, phrase, Severity.CONCERN, Adjustment.NEGATED, negation));
                } else {
                    setAside.add(match(analysed, f, phrase, phrase.severity(), Adjustment.NEGATED, negation));
                }
                continue;
            }
            String joke = phrase.severity() == Severity.URGENT ? jokingCue(analysed, f) : null;
            if (joke != null) {
                kept.add(match(analysed, f, phrase, Severity.CONCERN, Adjustment.JOKING, joke));
            } else {
                kept.add(match(analysed, f, phrase, phrase.severity(), null, null));
            }
        }
        var strongest = strongestPerCategory(kept, List.of());
        var explained = strongestPerCategory(setAside, strongest);
        return new ScreeningResult(text, strongest, explained);
    }

    private static Match match(AnalysedText text, PhraseTrie.Found<Target> found, Phrase phrase, Severity severity,
            @Nullable Adjustment adjustment, @Nullable String cue) {
        var words = new ArrayList<Highlight>(found.positions().length);
        for (int p : found.positions()) {
            words.add(new Highlight(text.starts[p], text.ends[p]));
        }
        return new Match(phrase.category(), severity, phrase.severity(), phrase.pattern(),
                text.starts[found.first()], text.ends[found.last()], words, adjustment, cue);
    }

    private @Nullable String negationCue(AnalysedText text, int[] positions) {
        int first = positions[0];
        int last = positions[positions.length - 1];
        for (int q = first + 1, i = 1; q < last; q++) {
            if (q == positions[i]) {
                i++;
            } else if (negations.contains(text.terms[q])) {
                return text.words(q, q);
            }
        }
        for (int q = first - 1; q >= 0 && q >= first - NEGATION_WINDOW; q--) {
            if (text.clauses[q] != text.clauses[first] || negationStops.contains(text.terms[q])) {
                return null;
            }
            if (negations.contains(text.terms[q])) {
                return text.words(q, q);
            }
        }
        return null;
    }

    private @Nullable String jokingCue(AnalysedText text, PhraseTrie.Found<Target> found) {
        for (int q = found.last() + 1; q < text.size && q <= found.last() + JOKE_AFTER; q++) {
            if (jokingMarkers.contains(text.terms[q])) {
                return text.words(q, q);
            }
        }
        for (int q = found.first() - 1; q >= 0 && q >= found.first() - JOKE_BEFORE; q--) {
            if (text.sentences[q] != text.sentences[found.first()]) {
                break;
            }
            if (jokingMarkers.contains(text.terms[q])) {
                return text.words(q, q);
            }
        }
        return null;
    }

    /**
     * Of overlapping matches in one category keeps the most urgent, then the longest; drops those overlapping a
     * match in {@code already} of the same category. Returns them in text order.
     */
    private static List<Match> strongestPerCategory(List<Match> matches, List<Match> already) {
        if (matches.size() <= 1 && already.isEmpty()) {
            return matches;
        }
        var ranked = new ArrayList<>(matches);
        ranked.sort(Comparator.comparing(Match::severity)
                .thenComparing(m -> m.adjustment() != null)
                .thenComparing(Comparator.comparingInt((Match m) -> m.end() - m.start()).reversed())
                .thenComparingInt(Match::start));
        var chosen = new ArrayList<Match>();
        for (var m : ranked) {
            if (overlapsSameCategory(m, already) || overlapsSameCategory(m, chosen)) {
                continue;
            }
            chosen.add(m);
        }
        chosen.sort(Comparator.comparingInt(Match::start).thenComparing(Match::category));
        return chosen;
    }

    private static boolean overlapsSameCategory(Match m, List<Match> others) {
        for (var o : others) {
            if (o.category() == m.category() && m.start() < o.end() && o.start() < m.end()) {
                return true;
            }
        }
        return false;
    }

    private void add(String pattern, Target target, PhraseList list) {
        var expansions = PhrasePattern.expand(pattern, list.wordGroups());
        for (var steps : expansions) {
            var terms = new ArrayList<String>(steps.size());
            var gaps = new int[steps.size() * 2 + 1];
            int gap = 0;
            for (var step : steps) {
                if (step.isGap()) {
                    gap = Math.min(PhrasePattern.MAX_GAP, gap + step.gap());
                    continue;
                }
                for (var term : analyse(step.word())) {
                    if (terms.size() == gaps.length) {
                        gaps = java.util.Arrays.copyOf(gaps, gaps.length * 2);
                    }
                    gaps[terms.size()] = terms.isEmpty() ? 0 : gap;
                    terms.add(term);
                    gap = 0;
                }
            }
            if (terms.isEmpty()) {
                if (expansions.size() == 1) {
                    throw new IllegalArgumentException("Phrase \"" + pattern + "\": has no words to look for");
                }
                continue;
            }
            trie.add(terms, gaps, target);
        }
    }

    private Set<String> terms(Collection<String> words) {
        var terms = new HashSet<String>();
        words.forEach(w -> terms.addAll(analyse(w)));
        return Set.copyOf(terms);
    }

    private List<String> analyse(String words) {
        var terms = new ArrayList<String>(2);
        try (var stream = analyzer.tokenStream("pattern", words)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
