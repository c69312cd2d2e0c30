package org.youthvoice.survey;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A survey in the officers' list. */
public record SurveySummary(long id, String seriesKey, int round, String title, SurveyStatus status,
        SurveyAccess access, @Nullable LocalDateTime opensAt, @Nullable LocalDateTime closesAt, boolean published,
        String slug, long responses, boolean sharedDevices) {
}
