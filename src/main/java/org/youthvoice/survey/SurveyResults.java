package org.youthvoice.survey;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.ShownCount;

/**
 * A survey's results: for each question, how many answered and the count and share of each answer, every count
 * under the small-number threshold suppressed, and the share in the earlier round of the same survey where there is
 * one.
 *
 * @param earlierRound the round compared with, if any
 */
public record SurveyResults(long surveyId, String title, int round, ShownCount responses,
        @Nullable Integer earlierRound, List<QuestionResult> questions, long waiting) {

    public SurveyResults {
        questions = List.copyOf(questions);
    }

    /**
     * @param mean for a 0-10 scale, the average answer (only when the number who answered is shown)
     * @param texts for free text, how many wrote something
     */
    public record QuestionResult(String key, String text, QuestionKind kind, List<String> tags, ShownCount answered,
            List<OptionResult> options, @Nullable Double mean, @Nullable Double earlierMean, ShownCount texts,
            List<CombinedAnswers> combined) {
        public QuestionResult {
            tags = List.copyOf(tags);
            options = List.copyOf(options);
            combined = List.copyOf(combined);
        }

        /** Whether every answer anyone gave is hidden (the chart is empty), the rest being 0. */
        public boolean allHidden() {
            // Answers shown as 0 draw nothing either: the chart is empty when no answer anyone gave shows.
            return options.stream().anyMatch(o -> o.count().suppressed())
                    && options.stream().allMatch(o -> o.count().suppressed() || o.count().value() == 0);
        }
    }

    /**
     * Answers whose own counts are hidden, put together so that the group is big enough to show ("Good or Great: 7
     * of 12"): neighbours on a scale, else in the order the options are listed. Each group holds at least the
     * threshold; together they are exactly what is hidden, so nothing smaller can be worked out from them.
     */
    public record CombinedAnswers(List<String> keys, List<String> labels, long count, @Nullable Integer percent) {
        public CombinedAnswers {
            keys = List.copyOf(keys);
            labels = List.copyOf(labels);
        }

        /** The answers' words as a list: "Good", "Good or Great", "OK, Good or Great", given the word for "or". */
        public String words(String or) {
            if (labels.size() == 1) {
                return labels.getFirst();
            }
            return String.join(", ", labels.subList(0, labels.size() - 1)) + " " + or + " " + labels.getLast();
        }
    }

    /**
     * @param percent the share of those who answered the question, when both counts are shown
     * @param earlierPercent the same share in the earlier round, when it was shown there
     * @param averageRank for a ranking question, the average place given (1 is first), when the count is shown
     */
    public record OptionResult(String key, String label, ShownCount count, @Nullable Integer percent,
            @Nullable Integer earlierPercent, @Nullable Double averageRank) {
    }
}
