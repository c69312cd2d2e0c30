package org.youthvoice.survey;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A survey an officer may want to look at today, for the start page.
 *
 * @param newResponses responses sent since the day asked about (officers see exact counts, as in their survey list)
 * @param closesAt when it closes, for a survey closing soon
 */
public record SurveyNews(long id, String title, long newResponses, @Nullable LocalDateTime closesAt) {
}
