package org.youthvoice.safeguarding;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.safeguarding.internal.MeaningMatcher;
import org.youthvoice.safeguarding.internal.PhraseMatcher;
import org.youthvoice.safeguarding.internal.SentenceEmbedder;

/**
 * Screens free text for possible disclosures of harm, by phrase (a phrase list) and, when built with examples, by
 * meaning (a sentence-embedding model compared with example statements). Thread-safe; build once per list (building
 * analyses every pattern and embeds every example), then call {@link #screen(String)} from any thread.
 *
 * <p>This is a safety net that puts text in front of a person, not a classifier that decides anything.
 */
public final class Screening {

    private final PhraseList list;
    private final PhraseMatcher matcher;
    private final @Nullable MeaningMatcher meaning;

    private Screening(PhraseList list, @Nullable MeaningMatcher meaning) {
        this.list = list;
        this.matcher = new PhraseMatcher(list);
        this.meaning = meaning;
    }

    /**
     * Phrases only.
     *
     * @throws IllegalArgumentException naming the pattern, when a pattern cannot be read
     */
    public static Screening of(PhraseList list) {
        return new Screening(list, null);
    }

    /** Phrases and meaning, with this JVM's one copy of the model (loaded on first use). */
    public static Screening of(PhraseList list, ExampleList examples) {
        return of(list, examples, SentenceEmbedder.shared());
    }

    static Screening of(PhraseList list, ExampleList examples, SentenceEmbedder embedder) {
        return new Screening(list, new MeaningMatcher(examples, embedder));
    }

    public PhraseList list() {
        return list;
    }

    public ScreeningResult screen(String text) {
        var byPhrase = matcher.screen(text);
        return meaning == null ? byPhrase : meaning.screen(byPhrase);
    }

    /** The examples closest in meaning to the text, most similar first; empty when built without examples. */
    public List<Closeness> closestExamples(String text, int limit) {
        if (meaning == null) {
            return List.of();
        }
        return meaning.closest(text, limit).stream()
                .map(s -> new Closeness(s.example(), s.similarity(), s.start(), s.end())).toList();
    }

    /** How close a text (its stretch {@code start}-{@code end}) is to one example, 0 to 1. */
    public record Closeness(MeaningExample example, double similarity, int start, int end) {
        public int percent() {
            return (int) Math.round(similarity * 100);
        }
    }
}
