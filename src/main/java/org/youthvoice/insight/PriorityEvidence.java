package org.youthvoice.insight;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.ShownCount;
import org.youthvoice.framework.NodeKind;
import org.youthvoice.survey.SurveyResults;

/**
 * Everything gathered for one priority or outcome; a priority's evidence includes its outcomes'. Nothing here is a
 * young person's own words except approved, de-identified quotes.
 *
 * @param parentCode for an outcome, its priority
 * @param outcomes for a priority, its outcomes (code and title), whose evidence is included
 * @param surveys results of the tagged questions, latest round of each survey, compared with the round before
 * @param ballots published ballot results tagged with it
 * @param comments how much free text is tagged with it, and the faces sent with feedback
 * @param quotes approved quotes from that free text
 * @param actions actions linked to it
 * @param mappedFrom earlier codes mapped onto it or its outcomes (by officers, when a plan changed), whose evidence is
 *     included too
 */
public record PriorityEvidence(String code, String title, NodeKind kind, String frameworkCode,
        String frameworkTitle, @Nullable String parentCode, @Nullable String parentTitle, List<Node> outcomes,
        List<SurveyResults> surveys, List<TaggedBallot> ballots, Comments comments, List<ApprovedQuote> quotes,
        List<TaggedAction> actions, List<String> mappedFrom) {

    public PriorityEvidence {
        outcomes = List.copyOf(outcomes);
        mappedFrom = List.copyOf(mappedFrom);
        surveys = List.copyOf(surveys);
        ballots = List.copyOf(ballots);
        quotes = List.copyOf(quotes);
        actions = List.copyOf(actions);
    }

    public record Node(String code, String title) {
    }

    /**
     * Free text tagged to the code, counted.
     *
     * @param faces feedback by the face sent with it, 1 (very sad) to 5 (very happy)
     * @param noFace feedback sent without a face
     */
    public record Comments(ShownCount total, ShownCount surveyAnswers, ShownCount feedback, List<ShownCount> faces,
            ShownCount noFace) {

        public Comments {
            faces = List.copyOf(faces);
        }
    }

    /** An approved quote's de-identified words, and where they came from ({@code FEEDBACK}, {@code SURVEY_ANSWER}). */
    public record ApprovedQuote(String text, String sourceType) {
    }
}
