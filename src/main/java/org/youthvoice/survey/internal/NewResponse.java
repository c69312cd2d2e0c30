package org.youthvoice.survey.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A response as it is started: no account, address, device or time of day, only hashes of the keys to carry on. */
public record NewResponse(long surveyId, long versionId, @Nullable Long groupId, String language, boolean adultHelped,
        LocalDate startedOn, String deviceKey, String resumeKey) {
}
