package org.youthvoice.survey.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.base.RandomIds;
import org.youthvoice.survey.Answer;
import org.youthvoice.survey.SurveyAccess;
import org.youthvoice.survey.SurveyStatus;

/**
 * Reads and writes responses while they are answered, their answers, and which members have sent a members-only
 * survey. Keys (device, resume, delivery) come already hashed. Responses and answers get random ids: sequential ones
 * would give the order young people started and answered in (design note 0023).
 */
@Component
public class ResponseStore {

    /** Responses sent, of a version or a group (with how many could answer in it, if the officer said). */
    public record Sent(String name, long count, @Nullable Integer cohort) {
    }

    /** Responses sent on a day. */
    public record SentOn(LocalDate day, long count) {
    }

    /** A sent response: what its free text is screened and tagged with. */
    public record SentResponse(long surveyId, String seriesKey, long versionId, @Nullable Long groupId, String title,
            @Nullable String groupName, @Nullable String ageBand) {
    }

    /** A free-text answer of a response, with its question and the question's tags (space-separated, or null). */
    public record TextAnswer(long id, String questionKey, String questionText, String text, @Nullable String tags) {
    }

    private static final String STARTED = ResponseStatus.STARTED.name();
    private static final String SUBMITTED = ResponseStatus.SUBMITTED.name();
    private static final String OPEN = SurveyStatus.OPEN.name();

    private final JdbcClient jdbc;

    ResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts a response and returns its new random id (tried again on the rare clash). */
    public long start(NewResponse response) {
        for (int attempt = 0; ; attempt++) {
            try {
                long id = RandomIds.next();
                jdbc.sql("""
                        INSERT INTO survey_response (id, survey_id, version_id, group_id, language, adult_helped,
                            started_on, device_key, resume_key)
                        VALUES (:id, :surveyId, :versionId, :groupId, :language, :adultHelped, :startedOn, :deviceKey,
                            :resumeKey)""")
                        .param("id", id)
                        .param("surveyId", response.surveyId())
                        .param("versionId", response.versionId())
                        .param("groupId", response.groupId())
                        .param("language", response.language())
                        .param("adultHelped", response.adultHelped())
                        .param("startedOn", response.startedOn())
                        .param("deviceKey", response.deviceKey())
                        .param("resumeKey", response.resumeKey())
                        .update();
                return id;
            } catch (DuplicateKeyException e) {
                if (attempt >= 4) {
                    throw e;
                }
            }
        }
    }

    /** The started response a device holds, while its survey is open and has not passed its closing time. */
    public Optional<StartedResponse> started(String deviceKey, LocalDateTime now) {
        return jdbc.sql("""
                SELECT r.id, r.survey_id, s.version AS survey_row_version, s.slug, r.version_id, r.language, r.step,
                    s.access, s.shared_devices OR COALESCE(g.shared_devices, FALSE) AS shared_devices
                FROM survey_response r JOIN survey s ON s.id = r.survey_id
                LEFT JOIN survey_group g ON g.id = r.group_id
                WHERE r.device_key = :deviceKey AND r.status = :started AND s.status = :open
                  AND (s.closes_at IS NULL OR s.closes_at > :now)""")
                .param("deviceKey", deviceKey)
                .param("started", STARTED)
                .param("open", OPEN)
                .param("now", now)
                .query((rs, n) -> new StartedResponse(rs.getLong("id"), rs.getLong("survey_id"),
                        rs.getLong("survey_row_version"), rs.getString("slug"), rs.getLong("version_id"),
                        rs.getString("language"), rs.getInt("step"), SurveyAccess.valueOf(rs.getString("access")),
                        rs.getBoolean("shared_devices")))
                .optional();
    }

    /**
     * Sets the step to come back to on the started response a device holds, which takes its row for the rest of the
     * transaction. False when the device holds none (sent, or carried on elsewhere).
     */
    public boolean moveStartedTo(String deviceKey, int step) {
        return jdbc.sql("UPDATE survey_response SET step = ? WHERE device_key = ? AND status = ?")
                .params(step, deviceKey, STARTED).update() > 0;
    }

    /** The started response a resume code belongs to, if its survey (by slug) is open. */
    public Optional<Long> startedWithResumeKey(String resumeKey, String slug) {
        return jdbc.sql("""
                SELECT r.id FROM survey_response r JOIN survey s ON s.id = r.survey_id
                WHERE r.resume_key = ? AND r.status = ? AND s.slug = ? AND s.status = ?""")
                .params(resumeKey, STARTED, slug, OPEN).query(Long.class).optional();
    }

    /** Another device carries on: the old one no longer can. */
    public void changeDeviceKey(long responseId, String deviceKey) {
        jdbc.sql("UPDATE survey_response SET device_key = ? WHERE id = ?").params(deviceKey, responseId).update();
    }

    /** A new resume code: the old one stops working. */
    public void changeResumeKey(long responseId, String resumeKey) {
        jdbc.sql("UPDATE survey_response SET resume_key = ? WHERE id = ?").params(resumeKey, responseId).update();
    }

    /** The id a phone made for one sending, so that the same sending arriving again is known. */
    public void rememberDelivery(long responseId, String deliveryKey) {
        jdbc.sql("UPDATE survey_response SET delivery_key = ? WHERE id = ?").params(deliveryKey, responseId).update();
    }

    /** Whether a sending with this key arrived for the survey with this slug and was sent. */
    public boolean delivered(String deliveryKey, String slug) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM survey_response r JOIN survey s ON s.id = r.survey_id
                WHERE r.delivery_key = ? AND s.slug = ? AND r.status <> ?""")
                .params(deliveryKey, slug, STARTED).query(Integer.class).single() > 0;
    }

    /**
     * One response's answers by question key. Every page a young person opens or sends reads them, so the rows come
     * in any order and are put in order here: an ORDER BY over the joined option's position made MariaDB build a
     * temporary table on disk for every page (the answer's text is a TEXT column), a file made and deleted each time
     * (load bench).
     */
    public Map<String, Answer> answers(long responseId) {
        record Row(long question, String key, @Nullable String option, int rank, int position, @Nullable Integer number,
                @Nullable String text) {
        }
        List<Row> rows = new ArrayList<>(jdbc.sql("""
                SELECT a.question_id, q.question_key, o.option_key, a.rank_value, o.position, a.number_value,
                    a.text_value
                FROM survey_answer a JOIN survey_question q ON q.id = a.question_id
                LEFT JOIN survey_option o ON o.id = a.option_id
                WHERE a.response_id = ?""")
                .param(responseId)
                .query((rs, n) -> new Row(rs.getLong("question_id"), rs.getString("question_key"),
                        rs.getString("option_key"), rs.getInt("rank_value"), rs.getInt("position"),
                        rs.getObject("number_value", Integer.class), rs.getString("text_value")))
                .list());
        rows.sort(Comparator.comparingLong(Row::question).thenComparingInt(Row::rank).thenComparingInt(Row::position));
        Map<String, List<String>> options = new LinkedHashMap<>();
        Map<String, Answer> answers = new HashMap<>();
        for (Row row : rows) {
            if (row.option() != null) {
                options.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row.option());
            } else if (row.number() != null) {
                answers.put(row.key(), Answer.number(row.number()));
            } else if (row.text() != null) {
                answers.put(row.key(), Answer.text(row.text()));
            }
        }
        options.forEach((key, chosen) -> answers.put(key, new Answer(chosen, null, null)));
        return answers;
    }

    /**
     * One answer row (a chosen option, a number or a text), with a random id: answer ids are what the safeguarding
     * queue and the tagging stream point to.
     */
    public void addAnswer(long responseId, long questionId, @Nullable Long optionId, @Nullable Integer number,
            @Nullable Integer rank, @Nullable String text) {
        for (int attempt = 0; ; attempt++) {
            try {
                jdbc.sql("INSERT INTO survey_answer (id, response_id, question_id, option_id, number_value, "
                        + "rank_value, text_value) VALUES (?, ?, ?, ?, ?, ?, ?)")
                        .params(RandomIds.next(), responseId, questionId, optionId, number, rank, text)
                        .update();
                return;
            } catch (DuplicateKeyException e) {
                if (attempt >= 4) {
                    throw e;
                }
            }
        }
    }

    /**
     * Deletes a response's answer to a question by its primary key, found with a plain read first. A DELETE by
     * response and question may lock its rows through an index led by the question, where young people answering
     * the same question at the same moment then wait on each other, and can deadlock.
     */
    public void deleteAnswer(long responseId, long questionId) {
        for (long id : jdbc.sql("SELECT id FROM survey_answer WHERE response_id = ? AND question_id = ?")
                .params(responseId, questionId).query(Long.class).list()) {
            jdbc.sql("DELETE FROM survey_answer WHERE id = ?").param(id).update();
        }
    }

    /**
     * Marks a started response sent on a day (no time), and forgets the keys that let a device carry on. False when it
     * was sent already (or does not exist).
     */
    public boolean submit(long responseId, LocalDate today) {
        return jdbc.sql("UPDATE survey_response SET status = ?, submitted_on = ?, device_key = NULL, "
                + "resume_key = NULL WHERE id = ? AND status = ?")
                .params(SUBMITTED, today, responseId, STARTED).update() > 0;
    }

    public SentResponse sent(long responseId) {
        return jdbc.sql("""
                SELECT r.survey_id, s.series_key, r.version_id, r.group_id, s.title, g.name AS group_name, v.age_band
                FROM survey_response r JOIN survey s ON s.id = r.survey_id JOIN survey_version v ON v.id = r.version_id
                LEFT JOIN survey_group g ON g.id = r.group_id WHERE r.id = ?""")
                .param(responseId)
                .query((rs, n) -> new SentResponse(rs.getLong("survey_id"), rs.getString("series_key"),
                        rs.getLong("version_id"), rs.getObject("group_id", Long.class), rs.getString("title"),
                        rs.getString("group_name"), rs.getString("age_band")))
                .single();
    }

    /** A response's free-text answers. */
    public List<TextAnswer> textAnswers(long responseId) {
        return jdbc.sql("""
                SELECT a.id, q.question_key, q.text, a.text_value,
                    (SELECT GROUP_CONCAT(t.tag_code ORDER BY t.tag_code SEPARATOR ' ') FROM survey_question_tag t
                     WHERE t.question_id = q.id) AS tags
                FROM survey_answer a JOIN survey_question q ON q.id = a.question_id
                WHERE a.response_id = ? AND a.text_value IS NOT NULL""")
                .param(responseId)
                .query((rs, n) -> new TextAnswer(rs.getLong("id"), rs.getString("question_key"), rs.getString("text"),
                        rs.getString("text_value"), rs.getString("tags")))
                .list();
    }

    /** Removes a survey's started responses that have no answers: nothing was said in them. */
    public void deleteStartedWithoutAnswers(long surveyId) {
        jdbc.sql("DELETE FROM survey_response WHERE survey_id = ? AND status = ? "
                + "AND NOT EXISTS (SELECT 1 FROM survey_answer a WHERE a.response_id = survey_response.id)")
                .params(surveyId, STARTED).update();
    }

    /** The ids of a survey's responses still being answered. */
    public List<Long> startedIds(long surveyId) {
        return jdbc.sql("SELECT id FROM survey_response WHERE survey_id = ? AND status = ?")
                .params(surveyId, STARTED).query(Long.class).list();
    }

    /**
     * How many responses each of these surveys has that meet {@code counted}, a condition on the table
     * {@code survey_response} (the results room's {@code Released.counted}); surveys with none are left out.
     */
    public Map<Long, Long> countBySurvey(java.util.Collection<Long> surveyIds, String counted) {
        var counts = new HashMap<Long, Long>();
        jdbc.sql("SELECT survey_id, COUNT(*) AS counted FROM survey_response WHERE survey_id IN (:ids) AND "
                + counted + " GROUP BY survey_id").param("ids", surveyIds)
                .query(rs -> {
                    counts.put(rs.getLong("survey_id"), rs.getLong("counted"));
                });
        return counts;
    }

    /** A survey's responses in a state. */
    public long count(long surveyId, ResponseStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ? AND status = ?")
                .params(surveyId, status.name()).query(Long.class).single();
    }

    /** Sent responses by version, every version of the survey in its order. */
    public List<Sent> sentByVersion(long surveyId) {
        return jdbc.sql("""
                SELECT v.label, COUNT(r.id) AS sent FROM survey_version v
                LEFT JOIN survey_response r ON r.version_id = v.id AND r.status = ?
                WHERE v.survey_id = ? GROUP BY v.id, v.label, v.position ORDER BY v.position""")
                .params(SUBMITTED, surveyId)
                .query((rs, n) -> new Sent(rs.getString("label"), rs.getLong("sent"), null)).list();
    }

    /** Sent responses by group, every group of the survey by name. */
    public List<Sent> sentByGroup(long surveyId) {
        return jdbc.sql("""
                SELECT g.name, COUNT(r.id) AS sent, g.cohort_size FROM survey_group g
                LEFT JOIN survey_response r ON r.group_id = g.id AND r.status = ?
                WHERE g.survey_id = ? GROUP BY g.id, g.name, g.cohort_size ORDER BY g.name""")
                .params(SUBMITTED, surveyId)
                .query((rs, n) -> new Sent(rs.getString("name"), rs.getLong("sent"),
                        rs.getObject("cohort_size", Integer.class)))
                .list();
    }

    public long sentWithoutGroup(long surveyId) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ? AND status = ? "
                + "AND group_id IS NULL").params(surveyId, SUBMITTED).query(Long.class).single();
    }

    /** Sent responses by the day they were sent, in order. */
    public List<SentOn> sentByDay(long surveyId) {
        return jdbc.sql("""
                SELECT submitted_on, COUNT(*) AS sent FROM survey_response WHERE survey_id = ? AND status = ?
                GROUP BY submitted_on ORDER BY submitted_on""")
                .params(surveyId, SUBMITTED)
                .query((rs, n) -> new SentOn(rs.getObject("submitted_on", LocalDate.class), rs.getLong("sent")))
                .list();
    }

    /** Whether a member has sent this members-only survey. */
    public boolean taken(long surveyId, long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_member_taken WHERE survey_id = ? AND account_id = ?")
                .params(surveyId, accountId).query(Integer.class).single() > 0;
    }

    /** Notes that a member sent this survey; a DuplicateKeyException if they had already. */
    public void markTaken(long surveyId, long accountId) {
        jdbc.sql("INSERT INTO survey_member_taken (survey_id, account_id) VALUES (?, ?)").params(surveyId, accountId)
                .update();
    }

    /**
     * Deletes the raw text of free-text answers of responses sent before {@code day}, keeping that a text was given;
     * returns how many went.
     */
    public int forgetTextsSentBefore(LocalDate day) {
        return jdbc.sql("""
                UPDATE survey_answer a JOIN survey_response r ON r.id = a.response_id
                SET a.text_value = NULL, a.text_deleted = TRUE
                WHERE a.text_value IS NOT NULL AND r.submitted_on < ?""").param(day).update();
    }
}
