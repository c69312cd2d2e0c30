package org.youthvoice.survey.internal;

import org.youthvoice.survey.SurveyAccess;

/**
 * A response a device is answering, of a survey that is open: what every page a young person opens or sends needs.
 * {@code surveyRowVersion} keys the survey's cached definition; {@code sharedDevices} is the survey's or its group's.
 */
public record StartedResponse(long id, long surveyId, long surveyRowVersion, String slug, long versionId,
        String language, int step, SurveyAccess access, boolean sharedDevices) {
}
