package org.youthvoice.survey.ui;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;

/**
 * A survey as the officer is editing it, before it is saved. Questions have one order; each version asks some of them,
 * in that order, each under a section heading if it starts one. Everything typed stays here until a save succeeds, so
 * a refused save loses nothing.
 */
final class SurveyDraft {

    private static final String KEY_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A question and, for each version that asks it, its section heading there (empty for none). */
    record DraftQuestion(QuestionDefinition question, Map<String, String> askedIn) {
        DraftQuestion {
            askedIn = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(askedIn));
        }

        String key() {
            return question.key();
        }
    }

    String title = "";
    @Nullable String intro;
    @Nullable String thankYou;
    /** Versions without their items: the items come from the questions. */
    final List<VersionDefinition> versions = new ArrayList<>();
    final List<DraftQuestion> questions = new ArrayList<>();
    /** By language, then text key: the words young people who choose that language see. */
    private final Map<String, Map<String, String>> translations = new java.util.TreeMap<>();

    private SurveyDraft(Map<String, Map<String, String>> translations) {
        translations.forEach((language, texts) -> this.translations.put(language, new LinkedHashMap<>(texts)));
    }

    /** The languages the survey has words in, besides English. */
    Set<String> languages() {
        return java.util.Collections.unmodifiableSet(translations.keySet());
    }

    void addLanguage(String language) {
        translations.computeIfAbsent(language, k -> new LinkedHashMap<>());
    }

    void removeLanguage(String language) {
        translations.remove(language);
    }

    @Nullable String translation(String language, String key) {
        return translations.getOrDefault(language, Map.of()).get(key);
    }

    /** Sets (or, when blank, clears) the words for one text in one language. */
    void translate(String language, String key, @Nullable String words) {
        var texts = translations.computeIfAbsent(language, k -> new LinkedHashMap<>());
        if (words == null || words.isBlank()) {
            texts.remove(key);
        } else {
            texts.put(key, words.strip());
        }
    }

    /**
     * Every text young people read, by text key (as in the survey file's translations), with its English words: the
     * survey's, each version's, each question's and each option's, in the order they are met.
     */
    Map<String, String> texts() {
        var texts = new LinkedHashMap<String, String>();
        texts.put("title", title);
        putIfGiven(texts, "intro", intro);
        putIfGiven(texts, "thankYou", thankYou);
        for (var v : versions) {
            texts.put("v." + v.key() + ".label", v.label());
            putIfGiven(texts, "v." + v.key() + ".intro", v.intro());
        }
        for (var dq : questions) {
            var q = dq.question();
            texts.put("q." + q.key() + ".text", q.text());
            putIfGiven(texts, "q." + q.key() + ".help", q.help());
            putIfGiven(texts, "q." + q.key() + ".low", q.lowLabel());
            putIfGiven(texts, "q." + q.key() + ".high", q.highLabel());
            for (var o : q.options()) {
                texts.put("o." + q.key() + "." + o.key(), o.label());
            }
        }
        return texts;
    }

    private static void putIfGiven(Map<String, String> texts, String key, @Nullable String words) {
        if (words != null && !words.isBlank()) {
            texts.put(key, words);
        }
    }

    static SurveyDraft of(SurveyDefinition survey) {
        var draft = new SurveyDraft(survey.translations());
        draft.title = survey.title();
        draft.intro = survey.intro();
        draft.thankYou = survey.thankYou();
        Map<String, Map<String, String>> asked = new LinkedHashMap<>();
        for (var version : survey.versions()) {
            draft.versions.add(withoutItems(version));
            for (var item : version.items()) {
                asked.computeIfAbsent(item.question(), k -> new LinkedHashMap<>()).put(version.key(),
                        item.section() == null ? "" : item.section());
            }
        }
        for (var question : survey.questions()) {
            draft.questions.add(new DraftQuestion(question, asked.getOrDefault(question.key(), Map.of())));
        }
        return draft;
    }

    /** The definition to save: each version asks its questions in the one question order. */
    SurveyDefinition definition() {
        var built = new ArrayList<VersionDefinition>();
        for (var version : versions) {
            var items = new ArrayList<VersionItem>();
            for (var q : questions) {
                String section = q.askedIn().get(version.key());
                if (section != null) {
                    items.add(new VersionItem(q.key(), section.isBlank() ? null : section.strip()));
                }
            }
            built.add(new VersionDefinition(version.key(), version.label(), version.ageBand(), version.assisted(),
                    version.intro(), items));
        }
        // Words for a text taken out since (a question deleted, a help text cleared) go with it.
        var known = texts().keySet();
        var kept = new LinkedHashMap<String, Map<String, String>>();
        translations.forEach((language, words) -> {
            var still = new LinkedHashMap<String, String>();
            words.forEach((key, text) -> {
                if (known.contains(key)) {
                    still.put(key, text);
                }
            });
            if (!still.isEmpty()) {
                kept.put(language, still);
            }
        });
        return new SurveyDefinition(title, blankToNull(intro), blankToNull(thankYou), built,
                questions.stream().map(DraftQuestion::question).toList(), kept);
    }

    /** Moves the question at {@code index} one place up (-1) or down (+1); does nothing at either end. */
    void move(int index, int by) {
        int to = index + by;
        if (index < 0 || index >= questions.size() || to < 0 || to >= questions.size()) {
            return;
        }
        questions.add(to, questions.remove(index));
    }

    /** Adds the question at the end, or replaces the one with the same key where it stands. */
    void put(DraftQuestion question) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).key().equals(question.key())) {
                questions.set(i, question);
                return;
            }
        }
        questions.add(question);
    }

    void putVersion(VersionDefinition version) {
        var clean = withoutItems(version);
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).key().equals(version.key())) {
                versions.set(i, clean);
                return;
            }
        }
        versions.add(clean);
    }

    /** Removes a version and takes it out of every question's list of versions. */
    void removeVersion(String key) {
        versions.removeIf(v -> v.key().equals(key));
        for (int i = 0; i < questions.size(); i++) {
            var q = questions.get(i);
            if (q.askedIn().containsKey(key)) {
                var asked = new LinkedHashMap<>(q.askedIn());
                asked.remove(key);
                questions.set(i, new DraftQuestion(q.question(), asked));
            }
        }
    }

    /** Questions before this one (all of them for a new question) that have one answer, so a rule can use them. */
    List<QuestionDefinition> earlierSingleAnswer(@Nullable String key) {
        var earlier = new ArrayList<QuestionDefinition>();
        for (var q : questions) {
            if (q.key().equals(key)) {
                break;
            }
            if (q.question().kind().isSingleChoice()) {
                earlier.add(q.question());
            }
        }
        return earlier;
    }

    String newQuestionKey() {
        return newKey("q", questions.stream().map(DraftQuestion::key).toList());
    }

    String newVersionKey() {
        return newKey("v", versions.stream().map(VersionDefinition::key).toList());
    }

    /** A short key that reads well in exports (e.g. {@code q7hk2mp}) and is not yet in {@code taken}. */
    static String newKey(String prefix, Collection<String> taken) {
        Set<String> used = new HashSet<>(taken);
        while (true) {
            var key = new StringBuilder(prefix);
            for (int i = 0; i < 6; i++) {
                key.append(KEY_LETTERS.charAt(RANDOM.nextInt(KEY_LETTERS.length())));
            }
            if (!used.contains(key.toString())) {
                return key.toString();
            }
        }
    }

    private static VersionDefinition withoutItems(VersionDefinition v) {
        return new VersionDefinition(v.key(), v.label(), v.ageBand(), v.assisted(), v.intro(), List.of());
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
