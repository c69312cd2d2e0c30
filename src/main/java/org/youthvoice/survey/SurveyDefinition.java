package org.youthvoice.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.youthvoice.people.AgeBand;

/**
 * Everything a survey asks, as officers build it and as the JSON format carries it: its versions (usually one per
 * age band), the questions they share, and the survey's words in other languages.
 *
 * @param translations language code to text key ({@code title}, {@code intro}, {@code thankYou},
 *        {@code v.VERSION.label}, {@code v.VERSION.intro}, {@code q.QUESTION.text}, {@code q.QUESTION.help}, {@code q.QUESTION.low},
 *        {@code q.QUESTION.high}, {@code o.QUESTION.OPTION}) to the words in that language
 */
public record SurveyDefinition(String title, @Nullable String intro, @Nullable String thankYou,
        List<VersionDefinition> versions, List<QuestionDefinition> questions,
        Map<String, Map<String, String>> translations) {

    public SurveyDefinition {
        versions = List.copyOf(versions);
        questions = List.copyOf(questions);
        translations = Map.copyOf(translations);
    }

    public Optional<QuestionDefinition> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public Optional<VersionDefinition> version(String key) {
        return versions.stream().filter(v -> v.key().equals(key)).findFirst();
    }

    /** One version of a survey, usually for an age band. */
    public record VersionDefinition(String key, String label, @Nullable AgeBand ageBand,
            boolean assisted, @Nullable String intro, List<VersionItem> items) {
        public VersionDefinition {
            items = List.copyOf(items);
        }
    }

    /** A question a version asks, in order, under a section heading if it starts a section. */
    public record VersionItem(String question, @Nullable String section) {
    }

    /**
     * One question. Its key stays the same from round to round, so results compare.
     *
     * @param maxLength for free text: the most characters an answer may have
     * @param lowLabel for a 0-10 scale: what 0 means
     * @param highLabel for a 0-10 scale: what 10 means
     * @param tags framework priority or outcome codes
     */
    public record QuestionDefinition(String key, QuestionKind kind, String text, @Nullable String help,
            @Nullable String picture, boolean optional, @Nullable Integer maxLength, @Nullable String lowLabel,
            @Nullable String highLabel, @Nullable Demographic demographic, @Nullable ShowIf showIf,
            List<OptionDefinition> options, List<String> tags) {
        public QuestionDefinition {
            options = List.copyOf(options);
            tags = List.copyOf(tags);
        }
    }

    /** A choice. Face scale options are 1 (really bad) to 5 (really good), each with its words. */
    public record OptionDefinition(String key, String label, @Nullable String picture) {
    }

    /** Ask a question only when an earlier single-choice question was answered with one of these options. */
    public record ShowIf(String question, List<String> options) {
        public ShowIf {
            options = List.copyOf(options);
        }
    }
}
