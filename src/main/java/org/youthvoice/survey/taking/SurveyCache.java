package org.youthvoice.survey.taking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.TakerSurvey.TakerQuestion;
import org.youthvoice.survey.internal.SurveyStore;

/**
 * Survey definitions as takers need them, read once per change of the survey rather than once per step: thousands
 * of young people answering the same survey share one copy. Keyed by the survey's row version, so an edit is seen at
 * once on every node.
 */
@Component
public class SurveyCache {

    private static final int MOST = 200;

    private final SurveyStore store;
    private final Map<Long, Compiled> surveys = new ConcurrentHashMap<>();

    private final org.springframework.transaction.support.TransactionTemplate reading;

    SurveyCache(SurveyStore store,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.store = store;
        this.reading = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /**
     * A survey's definition at a row version, from memory when it is there. Young people's pages read it outside a
     * transaction; a survey read afresh is read in one (its rows at one moment).
     */
    public Compiled get(long surveyId, long rowVersion) {
        var cached = surveys.get(surveyId);
        if (cached != null && cached.rowVersion() == rowVersion) {
            return cached;
        }
        return java.util.Objects.requireNonNull(reading.execute(t -> load(surveyId, rowVersion)));
    }

    private Compiled load(long surveyId, long rowVersion) {
        if (surveys.size() > MOST) {
            surveys.clear();
        }
        Map<String, Long> questionIds = store.questionIds(surveyId);
        Map<String, Long> optionIds = new HashMap<>();
        store.optionIds(surveyId).forEach(o -> optionIds.put(o.questionKey() + "\u0000" + o.optionKey(), o.id()));
        Map<Long, String> versionKeys = store.versionKeys(surveyId);
        var compiled = new Compiled(rowVersion, store.read(surveyId), Map.copyOf(questionIds), Map.copyOf(optionIds),
                Map.copyOf(versionKeys), new ConcurrentHashMap<>());
        surveys.put(surveyId, compiled);
        return compiled;
    }

    /** One survey's definition with the row ids answers are stored against. */
    public record Compiled(long rowVersion, SurveyDefinition definition, Map<String, Long> questionIds,
            Map<String, Long> optionIds, Map<Long, String> versionKeys, Map<String, List<TakerQuestion>> taker) {

        public @Nullable Long optionId(String question, String option) {
            return optionIds.get(question + "\u0000" + option);
        }

        /** The questions of a version in a language, in order, shared by everyone taking it. */
        public List<TakerQuestion> questions(long versionId, String language) {
            return taker.computeIfAbsent(versionId + "/" + language, k -> build(versionId, language));
        }

        public String text(String language, String key, @Nullable String english) {
            if (!language.equals("en")) {
                var words = definition.translations().getOrDefault(language, Map.of()).get(key);
                if (words != null) {
                    return words;
                }
            }
            return english == null ? "" : english;
        }

        private @Nullable String optionalText(String language, String key, @Nullable String english) {
            String words = text(language, key, english);
            return words.isEmpty() ? null : words;
        }

        private List<TakerQuestion> build(long versionId, String language) {
            var version = definition.version(versionKeys.get(versionId)).orElseThrow();
            return version.items().stream().map(item -> {
                QuestionDefinition q = definition.question(item.question()).orElseThrow();
                String k = "q." + q.key() + ".";
                var options = q.options().stream().map(o -> new OptionDefinition(o.key(),
                        text(language, "o." + q.key() + "." + o.key(), o.label()), o.picture())).toList();
                return new TakerQuestion(q.key(), q.kind(), item.section(), text(language, k + "text", q.text()),
                        optionalText(language, k + "help", q.help()), q.picture(), q.optional(),
                        q.kind() == org.youthvoice.survey.QuestionKind.FREE_TEXT ? SurveyStore.maxLength(q) : null,
                        optionalText(language, k + "low", q.lowLabel()),
                        optionalText(language, k + "high", q.highLabel()), q.showIf(), options);
            }).toList();
        }
    }
}
