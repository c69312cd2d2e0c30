package org.youthvoice.safeguarding;

import java.util.List;
import java.util.Map;
import org.youthvoice.safeguarding.internal.PhraseListYaml;

/**
 * Everything screening needs to know about one language, as data: officers will edit it; the starter list for
 * English ships as {@code safeguarding/starter-en.yaml}.
 *
 * @param language an ISO 639-1 code, e.g. {@code en}
 * @param wordGroups named lists of words or short phrases that patterns use as {@code <name>}
 * @param phrases the patterns to look for, each with its category and severity
 * @param negations single words that deny what follows ("not", "never", "dont")
 * @param negationStops words that stop a negation reaching further ("but", "because", "told")
 * @param jokingMarkers single words or emoji that lower an urgent match to a concern ("lol", "jk")
 * @param figuresOfSpeech patterns for harmless uses; a match they overlap is set aside ("dying of boredom")
 * @param keepAsWritten words not to stem, because stemming would make them ambiguous ("kms" would become "km")
 */
public record PhraseList(String language, Map<String, List<String>> wordGroups, List<Phrase> phrases,
        List<String> negations, List<String> negationStops, List<String> jokingMarkers, List<String> figuresOfSpeech,
        List<String> keepAsWritten) {

    public PhraseList {
        wordGroups = wordGroups.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        phrases = List.copyOf(phrases);
        negations = List.copyOf(negations);
        negationStops = List.copyOf(negationStops);
        jokingMarkers = List.copyOf(jokingMarkers);
        figuresOfSpeech = List.copyOf(figuresOfSpeech);
        keepAsWritten = List.copyOf(keepAsWritten);
    }

    /** The list that ships with the app for English. */
    public static PhraseList englishStarter() {
        return PhraseListYaml.readResource("safeguarding/starter-en.yaml");
    }

    public PhraseList withPhrases(List<Phrase> replacement) {
        return new PhraseList(language, wordGroups, replacement, negations, negationStops, jokingMarkers,
                figuresOfSpeech, keepAsWritten);
    }
}
