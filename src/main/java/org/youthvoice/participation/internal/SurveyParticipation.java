package org.youthvoice.participation.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.youthvoice.survey.SurveyResponseSubmitted;

/**
 * Counts survey responses per calendar quarter by the care status the young person gave, from the survey module's
 * event after the response was stored. Keeps only the quarter and the status: not the survey, group or day.
 */
@Component
class SurveyParticipation {

    private final JdbcClient jdbc;

    SurveyParticipation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(SurveyResponseSubmitted response) {
        jdbc.sql("""
                INSERT INTO participation_survey_count (quarter_start, care_status, responses) VALUES (?, ?, 1)
                ON DUPLICATE KEY UPDATE responses = responses + 1""")
                .params(quarterStart(response.day()), status(response.careStatus()))
                .update();
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
