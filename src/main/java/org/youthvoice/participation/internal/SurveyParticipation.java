package org.youthvoice.participation.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.youthvoice.survey.SurveyResponsesCounted;

/**
 * Counts survey responses per calendar quarter by the care status the young person gave, from the survey module's
 * event when responses join the results: while a survey is open, in groups of at least the threshold (note 0032), so
 * the count never moves by the one young person who sent last. Keeps only the quarter and the status: not the
 * survey, group or day.
 */
@Component
class SurveyParticipation {

    private final ParticipationStore store;

    SurveyParticipation(ParticipationStore store) {
        this.store = store;
    }

    @ApplicationModuleListener
    void on(SurveyResponsesCounted responses) {
        for (var counted : responses.counted()) {
            store.addSurveyResponses(quarterStart(counted.day()), status(counted.careStatus()), counted.responses());
        }
    }

    static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    /** The option keys the survey's care status question uses; anything else is "other", no answer "unknown". */
    static String status(@Nullable String careStatus) {
        if (careStatus == null) {
            return "unknown";
        }
        return switch (careStatus) {
            case "in-care", "care-leaver" -> careStatus;
            default -> "other";
        };
    }
}
