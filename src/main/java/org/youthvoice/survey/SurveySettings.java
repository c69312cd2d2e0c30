package org.youthvoice.survey;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * How a survey is sent: who may answer, when it opens and closes (either may be left open-ended), and whether it is
 * used on shared phones or tablets (then a device keeps an unfinished response only briefly; the code does the rest).
 */
public record SurveySettings(SurveyAccess access, @Nullable LocalDateTime opensAt, @Nullable LocalDateTime closesAt,
        boolean sharedDevices) {

    public SurveySettings(SurveyAccess access, @Nullable LocalDateTime opensAt, @Nullable LocalDateTime closesAt) {
        this(access, opensAt, closesAt, false);
    }
}
