package org.youthvoice.survey.results;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.survey.Demographic;
import org.youthvoice.survey.SurveyStatus;
import org.youthvoice.survey.internal.ResponseStatus;

/**
 * The SQL behind {@link ResultTally}: which sent responses wait to be folded, and folding them into
 * {@code survey_tally} and {@code survey_tally_question}. Runs in the caller's transaction.
 */
@Component
class SurveyTallyStore {

    private static final String SUBMITTED = ResponseStatus.SUBMITTED.name();
    private static final String OPEN = SurveyStatus.OPEN.name();

    /** Joins nothing: everyone's answers, under about_key 0. */
    private static final String EVERYONE = "";

    /** Joins each "about you" answer the response gave, so its answers are counted again under that option. */
    private static final String ABOUT = "JOIN survey_answer d ON d.response_id = r.id AND d.option_id IS NOT NULL "
            + "JOIN survey_question dq ON dq.id = d.question_id AND dq.demographic IS NOT NULL";

    /** A survey's sent responses not folded yet, and whether the survey is still open. */
    record Waiting(long surveyId, long count, boolean open) {
    }

    /** Responses folded together, of one survey, sent on one day, with one care-status answer (or none). */
    record Folded(long surveyId, LocalDate submittedOn, @Nullable String careStatus, int responses) {
    }

    private final JdbcClient jdbc;

    SurveyTallyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every survey with sent responses not folded yet, how many, and whether it is open at {@code now}. */
    List<Waiting> waiting(LocalDateTime now) {
        return jdbc.sql("""
                SELECT r.survey_id, COUNT(*) AS waiting,
                    s.status = :open AND (s.closes_at IS NULL OR s.closes_at > :now) AS still_open
                FROM survey_response r JOIN survey s ON s.id = r.survey_id
                WHERE r.status = :submitted AND r.tallied = FALSE GROUP BY r.survey_id, s.status, s.closes_at""")
                .param("open", OPEN).param("now", now).param("submitted", SUBMITTED)
                .query((rs, n) -> new Waiting(rs.getLong("survey_id"), rs.getLong("waiting"),
                        rs.getBoolean("still_open")))
                .list();
    }

    /** How many of a survey's sent responses are not folded yet. */
    long waiting(long surveyId) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ? AND status = ? "
                + "AND tallied = FALSE").params(surveyId, SUBMITTED).query(Long.class).single();
    }

    /** Up to {@code limit} sent responses not folded yet, locked, skipping those locked elsewhere. */
    List<Long> lockWaiting(int limit) {
        return jdbc.sql("SELECT id FROM survey_response WHERE status = ? AND tallied = FALSE "
                + "LIMIT ? FOR UPDATE SKIP LOCKED").params(SUBMITTED, limit).query(Long.class).list();
    }

    /**
     * The lowest {@code limit} ids of a survey's sent responses not folded yet, locked, skipping those locked
     * elsewhere. Random ids (note 0023): the lowest ones are a random choice of those waiting.
     */
    List<Long> lockWaiting(long surveyId, int limit) {
        return jdbc.sql("SELECT id FROM survey_response WHERE survey_id = ? AND status = ? "
                + "AND tallied = FALSE ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
                .params(surveyId, SUBMITTED, limit).query(Long.class).list();
    }

    private static String key(String join) {
        return join.isEmpty() ? "0" : "d.option_id";
    }

    private static String groupKey(String join) {
        return join.isEmpty() ? "" : "d.option_id, ";
    }

    /**
     * Adds these responses' answers to the totals: everyone's, then again under each "about you" answer given, so
     * results narrowed by one come from totals too; and marks them folded.
     */
    void fold(List<Long> ids) {
        for (String about : List.of(EVERYONE, ABOUT)) {
            jdbc.sql("""
                    INSERT INTO survey_tally (survey_id, about_key, version_id, group_key, question_id, option_key,
                        number_key, answers, rank_sum, ranked, first_places, texts)
                    SELECT r.survey_id, %s, r.version_id, COALESCE(r.group_id, 0), a.question_id,
                        COALESCE(a.option_id, 0), COALESCE(a.number_value, :noNumber), COUNT(*),
                        COALESCE(SUM(a.rank_value), 0), COUNT(a.rank_value), COALESCE(SUM(a.rank_value = 1), 0),
                        COALESCE(SUM(a.text_value IS NOT NULL OR a.text_deleted), 0)
                    FROM survey_response r %s JOIN survey_answer a ON a.response_id = r.id
                    WHERE r.id IN (:ids)
                    GROUP BY r.survey_id, %sr.version_id, COALESCE(r.group_id, 0), a.question_id,
                        COALESCE(a.option_id, 0), COALESCE(a.number_value, :noNumber)
                    ON DUPLICATE KEY UPDATE answers = answers + VALUES(answers),
                        rank_sum = rank_sum + VALUES(rank_sum), ranked = ranked + VALUES(ranked),
                        first_places = first_places + VALUES(first_places), texts = texts + VALUES(texts)"""
                    .formatted(key(about), about, groupKey(about)))
                    .param("ids", ids).param("noNumber", ResultTally.NO_NUMBER).update();
            jdbc.sql("""
                    INSERT INTO survey_tally_question (survey_id, about_key, version_id, group_key, question_id,
                        responses)
                    SELECT r.survey_id, %s, r.version_id, COALESCE(r.group_id, 0), a.question_id,
                        COUNT(DISTINCT a.response_id)
                    FROM survey_response r %s JOIN survey_answer a ON a.response_id = r.id
                    WHERE r.id IN (:ids)
                    GROUP BY r.survey_id, %sr.version_id, COALESCE(r.group_id, 0), a.question_id
                    ON DUPLICATE KEY UPDATE responses = responses + VALUES(responses)"""
                    .formatted(key(about), about, groupKey(about)))
                    .param("ids", ids).update();
        }
        jdbc.sql("UPDATE survey_response SET tallied = TRUE WHERE id IN (:ids)").param("ids", ids).update();
    }

    /** These responses counted per survey, day sent and care-status answer. */
    List<Folded> folded(List<Long> ids) {
        return jdbc.sql("""
                SELECT r.survey_id, r.submitted_on, o.option_key AS care_status, COUNT(*) AS responses
                FROM survey_response r
                LEFT JOIN (survey_answer a JOIN survey_question q ON q.id = a.question_id AND q.demographic = :care
                    JOIN survey_option o ON o.id = a.option_id) ON a.response_id = r.id
                WHERE r.id IN (:ids)
                GROUP BY r.survey_id, r.submitted_on, o.option_key""")
                .param("ids", ids).param("care", Demographic.CARE_STATUS.name())
                .query((rs, n) -> new Folded(rs.getLong("survey_id"), rs.getObject("submitted_on", LocalDate.class),
                        rs.getString("care_status"), rs.getInt("responses")))
                .list();
    }
}
