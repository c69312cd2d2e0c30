package org.youthvoice.survey.results;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
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

    private static final Logger log = LoggerFactory.getLogger(ResultTally.class);
    private static final int BATCH = 2_000;

    private final SurveyTallyStore store;
    private final TransactionTemplate transactions;
    private final Released released;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ResultTally(SurveyTallyStore store, PlatformTransactionManager transactionManager, Released released, Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
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
        var waiting = store.waiting(LocalDateTime.now(clock));
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
        long waiting = store.waiting(surveyId);
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
        store.folded(ids).stream()
                .map(f -> new Row(f.surveyId(), new SurveyResponsesCounted.Counted(f.submittedOn(), f.careStatus(),
                        f.responses())))
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
            // Random ids (note 0023): the lowest ones of a survey are a random choice of those waiting.
            List<Long> ids = surveyId == null ? store.lockWaiting(limit) : store.lockWaiting(surveyId, limit);
            if (ids.isEmpty() || ids.size() < atLeast) {
                return 0;
            }
            store.fold(ids);
            announce(ids);
            return ids.size();
        });
        return folded == null ? 0 : folded;
    }
}
