package org.youthvoice.survey;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A young person sent a response. Says which survey, version and group, and the day, never who.
 *
 * @param careStatus the option key they chose for the care status question, if the survey asks one
 */
public record SurveyResponseSubmitted(long surveyId, String seriesKey, long versionId, @Nullable Long groupId,
        LocalDate day, @Nullable String careStatus) {

    /** Names no group or care status: an event can end up in a log line, with a time. */
    @Override
    public String toString() {
        return "SurveyResponseSubmitted[]";
    }
}
