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
        @Nullable Integer earlierRound, List<QuestionResult> questions) {

    public SurveyResults {
        questions = List.copyOf(questions);
    }

    /**
     * @param mean for a 0-10 scale, the average answer (only when the number who answered is shown)
     * @param texts for free text, how many wrote something
     */
    public record QuestionResult(String key, String text, QuestionKind kind, List<String> tags, ShownCount answered,
            List<OptionResult> options, @Nullable Double mean, @Nullable Double earlierMean, ShownCount texts) {
        public QuestionResult {
            tags = List.copyOf(tags);
            options = List.copyOf(options);
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
