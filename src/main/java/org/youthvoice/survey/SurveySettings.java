package org.youthvoice.survey;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** How a survey is sent: who may answer, and when it opens and closes (either may be left open-ended). */
public record SurveySettings(SurveyAccess access, @Nullable LocalDateTime opensAt, @Nullable LocalDateTime closesAt) {
}
