package org.youthvoice.survey.results;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.youthvoice.survey.SurveyResponsesCounted;

/**
 * Running totals of survey answers (design note 0017). Sent responses are folded into {@code survey_tally} and
 * {@code survey_tally_question} in batches, a few seconds after they are sent, and marked {@code tallied}: once for
 * everyone, and once more under each option they chose in an "about you" (demographic) question. Results
 * then add the totals to a live count of the few sent responses not folded yet, so they are always exact. Sending
 * a response writes nothing here: young people never wait on these rows.
 *
 * <p>Results count only folded responses when they are counted in groups ({@link Released}, note 0027): then an
 * open survey's responses are folded only once at least twice the threshold wait, all but the threshold of them
 * (chosen by their random ids), so every fold adds at least the threshold and the ones kept back are enough to make
 * the last fold, at closing, as big. A closed survey's are all folded.
 *
 * <p>A batch is one transaction that reads committed data and locks its responses ({@code SKIP LOCKED}), so two
 * nodes never fold the same response and an answer being sent at that moment is left for the next run.
 */
@Component
public class ResultTally {

    /** Stands for "no number" in the totals' key, which cannot hold NULL. */
    static final int NO_NUMBER = Integer.MIN_VALUE;

    /** Joins nothing: everyone's answers, under about_key 0. */
    private static final String EVERYONE = "";

    /** Joins each "about you" answer the response gave, so its answers are counted again under that option. */
    private static final String ABOUT = "JOIN survey_answer d ON d.response_id = r.id AND d.option_id IS NOT NULL "
            + "JOIN survey_question dq ON dq.id = d.question_id AND dq.demographic IS NOT NULL";

    private static final Logger log = LoggerFactory.getLogger(ResultTally.class);
    private static final int BATCH = 2_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Released released;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ResultTally(JdbcClient jdbc, PlatformTransactionManager transactionManager, Released released, Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.released = released;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @Scheduled(fixedDelayString = "${youthvoice.surveys.tally-delay:PT10S}", initialDelayString = "${youthvoice.surveys.tally-delay:PT10S}")
    @SchedulerLock(name = "survey-tally", lockAtMostFor = "PT10M")
    public void foldOnSchedule() {
        long folded = foldAll();
        if (folded > 0) {
            log.debug("Folded {} sent survey responses into the running totals", folded);
        }
    }

    private static String key(String join) {
        return join.isEmpty() ? "0" : "d.option_id";
    }

    private static String groupKey(String join) {
        return join.isEmpty() ? "" : "d.option_id, ";
    }

    /**
     * Folds every sent response not yet in the totals, batch by batch; counted in groups, only what an open survey
     * may release. Returns how many were folded.
     */
    public long foldAll() {
        if (released.inGroups()) {
            return releaseInGroups();
        }
        long total = 0;
        int folded;
        do {
            folded = foldBatch(BATCH);
            total += folded;
        } while (folded == BATCH);
        return total;
    }

    private long releaseInGroups() {
        int size = released.groupSize();
        record Waiting(long surveyId, long count, boolean open) {
        }
        var waiting = jdbc.sql("""
                SELECT r.survey_id, COUNT(*), s.status = 'OPEN' AND (s.closes_at IS NULL OR s.closes_at > ?)
                FROM survey_response r JOIN survey s ON s.id = r.survey_id
                WHERE r.status = 'SUBMITTED' AND r.tallied = FALSE GROUP BY r.survey_id, s.status, s.closes_at""")
                .param(LocalDateTime.now(clock))
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getLong(2), rs.getBoolean(3))).list();
        long total = 0;
        for (var w : waiting) {
            if (!w.open()) {
                total += release(w.surveyId(), w.count(), 1);
            } else if (w.count() >= 2L * size) {
                total += release(w.surveyId(), w.count() - size, size);
            }
        }
        return total;
    }

    /** Folds every sent response of a survey that has closed, so its results count them all at once. */
    public long releaseAll(long surveyId) {
        long waiting = jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ? AND status = 'SUBMITTED' "
                + "AND tallied = FALSE").param(surveyId).query(Long.class).single();
        return waiting == 0 ? 0 : release(surveyId, waiting, 1);
    }

    /**
     * Folds {@code count} of a survey's waiting responses in transactions of at least {@code atLeast} each (the last
     * two batches' worth go in one, so no small remainder is folded alone).
     */
    private long release(long surveyId, long count, int atLeast) {
        long done = 0;
        while (done < count) {
            long left = count - done;
            int folded = fold(surveyId, (int) (left <= 2L * BATCH ? left : BATCH), atLeast);
            if (folded == 0) {
                break;
            }
            done += folded;
        }
        return done;
    }

    /**
     * Tells other modules how many responses joined, per survey, day and care status, in the fold's transaction (so
     * after it commits): participation counts move with results, in groups, never by the one who sent last.
     */
    private void announce(List<Long> ids) {
        record Row(long surveyId, SurveyResponsesCounted.Counted counted) {
        }
        jdbc.sql("""
                SELECT r.survey_id, r.submitted_on, o.option_key, COUNT(*)
                FROM survey_response r
                LEFT JOIN (survey_answer a JOIN survey_question q ON q.id = a.question_id AND q.demographic = 'CARE_STATUS'
                    JOIN survey_option o ON o.id = a.option_id) ON a.response_id = r.id
                WHERE r.id IN (:ids)
                GROUP BY r.survey_id, r.submitted_on, o.option_key""")
                .param("ids", ids)
                .query((rs, n) -> new Row(rs.getLong(1), new SurveyResponsesCounted.Counted(
                        rs.getObject(2, java.time.LocalDate.class), rs.getString(3), rs.getInt(4))))
                .list().stream()
                .collect(java.util.stream.Collectors.groupingBy(Row::surveyId, java.util.TreeMap::new,
                        java.util.stream.Collectors.mapping(Row::counted, java.util.stream.Collectors.toList())))
                .forEach((survey, counted) -> events.publishEvent(new SurveyResponsesCounted(survey, counted)));
    }

    /** Folds up to {@code limit} sent responses in one transaction. Returns how many were folded. */
    public int foldBatch(int limit) {
        return fold(null, limit, 1);
    }

    /**
     * Folds up to {@code limit} sent responses (of one survey, when given) in one transaction, or none when fewer
     * than {@code atLeast} can be taken (some are being folded elsewhere). Returns how many were folded.
     */
    private int fold(@Nullable Long surveyId, int limit, int atLeast) {
        Integer folded = transactions.execute(status -> {
            List<Long> ids = surveyId == null
                    ? jdbc.sql("SELECT id FROM survey_response WHERE status = 'SUBMITTED' AND tallied = FALSE "
                            + "LIMIT ? FOR UPDATE SKIP LOCKED").param(limit).query(Long.class).list()
                    // Random ids (note 0023): the lowest ones are a random choice of those waiting.
                    : jdbc.sql("SELECT id FROM survey_response WHERE survey_id = ? AND status = 'SUBMITTED' "
                            + "AND tallied = FALSE ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
                            .params(surveyId, limit).query(Long.class).list();
            if (ids.isEmpty() || ids.size() < atLeast) {
                return 0;
            }
            // Everyone, then again for each "about you" answer given, so results narrowed by one come from totals too.
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
                        .param("ids", ids).param("noNumber", NO_NUMBER).update();
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
            announce(ids);
            return ids.size();
        });
        return folded == null ? 0 : folded;
    }
}
