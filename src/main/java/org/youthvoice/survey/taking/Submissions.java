package org.youthvoice.survey.taking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.FreeTextReceived;

/**
 * Sending a response: it is marked sent on the day (no time), the keys that let the device carry on are forgotten,
 * and its free text goes to safeguarding screening. When a survey closes, unfinished responses are sent as they are.
 */
@Component
public class Submissions {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.youthvoice.base.RepeatedTexts repeats;

    Submissions(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
            org.youthvoice.base.RepeatedTexts repeats) {
        this.repeats = repeats;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Marks a started response sent. Returns false when it was already sent (or does not exist). */
    public boolean send(long responseId) {
        LocalDate today = LocalDate.now(clock);
        int changed = jdbc.sql("UPDATE survey_response SET status = 'SUBMITTED', submitted_on = ?, device_key = NULL, "
                + "resume_key = NULL WHERE id = ? AND status = 'STARTED'").params(today, responseId).update();
        if (changed == 0) {
            return false;
        }
        var row = jdbc.sql("""
                SELECT r.survey_id, s.series_key, r.version_id, r.group_id, s.title, g.name, v.age_band
                FROM survey_response r JOIN survey s ON s.id = r.survey_id JOIN survey_version v ON v.id = r.version_id
                LEFT JOIN survey_group g ON g.id = r.group_id WHERE r.id = ?""")
                .param(responseId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getString(7)})
                .single();
        long surveyId = (long) row[0];
        String title = (String) row[4];
        @Nullable String group = (String) row[5];
        @Nullable String ageBand = (String) row[6];
        jdbc.sql("""
                SELECT a.id, q.question_key, q.text, a.text_value,
                    (SELECT GROUP_CONCAT(t.tag_code ORDER BY t.tag_code SEPARATOR ' ') FROM survey_question_tag t
                     WHERE t.question_id = q.id) AS tags
                FROM survey_answer a JOIN survey_question q ON q.id = a.question_id
                WHERE a.response_id = ? AND a.text_value IS NOT NULL""")
                .param(responseId)
                .query((rs, n) -> {
                    String tags = rs.getString(5);
                    var context = new FreeTextReceived.Context(today, "SURVEY", surveyId, title, rs.getString(2),
                            rs.getString(3), ageBand, null, tags == null ? List.of() : List.of(tags.split(" ")));
                    return new FreeTextReceived("SURVEY_ANSWER", rs.getLong(1), title + " — " + rs.getString(3),
                            group, rs.getString(4), false, context);
                })
                .list()
                .stream()
                // The same words to the same question (and group) within a few minutes are screened and tagged once,
                // so a flood of one text cannot bury the safeguarding queue; the answer itself stays in the results.
                .filter(t -> !repeats.isRepeat("survey " + surveyId + " " + t.context().questionKey() + " "
                        + (row[3] == null ? "" : row[3]), t.text()))
                .forEach(events::publishEvent);
        return true;
    }

    public void sendUnfinished(long surveyId) {
        // Nothing was said in a response with no answers: it is simply removed.
        jdbc.sql("DELETE FROM survey_response WHERE survey_id = ? AND status = 'STARTED' "
                + "AND NOT EXISTS (SELECT 1 FROM survey_answer a WHERE a.response_id = survey_response.id)")
                .param(surveyId).update();
        List<Long> unfinished = jdbc.sql("SELECT id FROM survey_response WHERE survey_id = ? AND status = 'STARTED'")
                .param(surveyId).query(Long.class).list();
        unfinished.forEach(this::send);
    }

    /** Surveys whose closing time has passed are closed, across nodes once. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "survey-close-on-time", lockAtMostFor = "PT10M")
    @Transactional
    public void closeOnTime() {
        closeDue(LocalDateTime.now(clock));
    }

    @Transactional
    public int closeDue(LocalDateTime now) {
        List<Long> due = jdbc.sql("SELECT id FROM survey WHERE status = 'OPEN' AND closes_at IS NOT NULL AND closes_at <= ?")
                .param(now).query(Long.class).list();
        for (long id : due) {
            jdbc.sql("UPDATE survey SET status = 'CLOSED' WHERE id = ?").param(id).update();
            sendUnfinished(id);
        }
        return due.size();
    }
}
