package org.youthvoice.insight;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.ShownCount;
import org.youthvoice.framework.NodeKind;

/**
 * How much evidence a priority or outcome has; a priority's amounts include its outcomes'. Counts about young people
 * (responses, comments) are under the small-number rules; counts of the council's own things (questions, ballots,
 * approved quotes, actions) are not, as they say nothing about any young person.
 *
 * @param parentCode the priority an outcome belongs to; null for a priority
 * @param surveyQuestions questions tagged with it in the latest round of each survey
 * @param responses young people who sent those surveys
 * @param ballots ballots with a published result tagged with it
 * @param comments free text (survey answers and feedback) tagged with it
 * @param quotes approved quotes from that free text
 * @param actions actions linked to it, by status ({@code PLANNED}, {@code IN_PROGRESS}, {@code DONE})
 */
public record EvidenceAmounts(String code, String title, NodeKind kind, @Nullable String parentCode,
        int surveyQuestions, ShownCount responses, int ballots, ShownCount comments, int quotes,
        Map<String, Integer> actions) {

    public EvidenceAmounts {
        actions = Map.copyOf(actions);
    }

    public int actionCount() {
        return actions.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Nothing at all yet: the gap the overview is there to show. */
    public boolean gap() {
        return surveyQuestions == 0 && ballots == 0 && quotes == 0 && actionCount() == 0
                && Long.valueOf(0).equals(comments.value());
    }
}
