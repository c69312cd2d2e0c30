package org.youthvoice.survey;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sent responses of one survey joined its results (design note 0032): while the survey is open, at least the
 * small-number threshold of them at once, chosen at random from those waiting, so a count kept from this event (such
 * as participation by care status) never moves by the one young person who sent last. Says how many by day and care
 * status, never which responses, their order, group or version.
 *
 * @param counted how many joined, by the day they were sent and the care status they gave
 */
public record SurveyResponsesCounted(long surveyId, List<Counted> counted) {

    public SurveyResponsesCounted {
        counted = List.copyOf(counted);
    }

    /**
     * How many responses sent on a day gave a care status.
     *
     * @param careStatus the option key chosen for the survey's care status question; null when it has none or it was
     *     skipped
     */
    public record Counted(LocalDate day, @Nullable String careStatus, int responses) {
    }

    /** Names no day or care status: an event can end up in a log line, with a time. */
    @Override
    public String toString() {
        return "SurveyResponsesCounted[]";
    }
}
