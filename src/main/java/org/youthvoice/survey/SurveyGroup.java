package org.youthvoice.survey;

import org.jspecify.annotations.Nullable;

/** A group that answers a survey (a school, a team): its access code, if it has one, and how many could answer. */
public record SurveyGroup(long id, String name, @Nullable String code, @Nullable Integer cohortSize,
        boolean sharedDevices) {
}
