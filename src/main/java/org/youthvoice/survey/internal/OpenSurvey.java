package org.youthvoice.survey.internal;

import org.youthvoice.survey.SurveyAccess;

/** A survey open for answers now: {@code rowVersion} keys its cached definition. */
public record OpenSurvey(long id, long rowVersion, SurveyAccess access, boolean sharedDevices) {
}
