package org.youthvoice.survey.internal;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Running totals of survey answers (design note 0017). Sent responses are folded into {@code survey_tally} and
 * {@code survey_tally_question} in batches, a few seconds after they are sent, and marked {@code tallied}: once for
 * everyone, and once more under each option they chose in an "about you" (demographic) question. Results
 * then add the totals to a live count of the few sent responses not folded yet, so they are always exact. Sending
 * a response writes nothing here: young people never wait on these rows.
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

    ResultTally(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
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

    /** Folds every sent response not yet in the totals, batch by batch. Returns how many were folded. */
    public long foldAll() {
        long total = 0;
        int folded;
        do {
            folded = foldBatch(BATCH);
            total += folded;
        } while (folded == BATCH);
        return total;
    }

    /** Folds up to {@code limit} sent responses in one transaction. Returns how many were folded. */
    public int foldBatch(int limit) {
        Integer folded = transactions.execute(status -> {
            List<Long> ids = jdbc.sql("SELECT id FROM survey_response WHERE status = 'SUBMITTED' AND tallied = FALSE "
                    + "LIMIT ? FOR UPDATE SKIP LOCKED").param(limit).query(Long.class).list();
            if (ids.isEmpty()) {
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
            return ids.size();
        });
        return folded == null ? 0 : folded;
    }
}
