package org.youthvoice.safeguarding.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.youthvoice.base.FreeTextReceived;
import org.youthvoice.base.RandomIds;
import org.youthvoice.safeguarding.Match;
import org.youthvoice.safeguarding.ScreeningLists;

/**
 * Screens every piece of free text after it was stored (asynchronously, after the young person's transaction
 * committed, so it adds no delay), and puts possible disclosures in the queue. The event log re-sends anything not
 * screened when a node stopped; a source is queued once however often it is sent.
 *
 * <p>An item keeps the day it was flagged, not the time, and gets a random id; and nothing is logged: a log line's
 * time says when a young person wrote, and beside a member's login time says who (design note 0023).
 *
 * <p>Not an {@code @ApplicationModuleListener}: that opens its transaction before the method runs, and just after a
 * start screening is still being built (seconds to half a minute), so every comment sent meanwhile held a database
 * connection while it waited; a burst of them emptied the pool for everyone. The screening is taken first, and the
 * queue written in a transaction of its own after it.
 */
@Component
class ScreeningListener {

    private final ScreeningLists lists;
    private final QueueStore queue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final TransactionTemplate transactions;

    ScreeningListener(ScreeningLists lists, QueueStore queue, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.lists = lists;
        this.queue = queue;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Async
    @TransactionalEventListener
    void on(FreeTextReceived text) {
        var result = lists.screening().screen(text.text()); // may wait for the first build: no transaction yet
        if (!result.flagged()) {
            return;
        }
        transactions.executeWithoutResult(status -> queue(text, result));
    }

    private void queue(FreeTextReceived text, org.youthvoice.safeguarding.ScreeningResult result) {
        var item = new QueueStore.NewItem(text.sourceType(), truncate(text.sourceLabel(), 400), text.groupCode(),
                text.contactAt(), text.text(), result.severity(), result.categories(), result.highlights(),
                LocalDate.now(clock));
        var byMeaning = result.matches().stream().filter(Match::byMeaning).findFirst().orElse(null);
        for (int attempt = 0; attempt < 5; attempt++) {
            long id = RandomIds.next();
            if (queue.addScreened(id, text.sourceId(), item,
                    byMeaning == null ? null : truncate(byMeaning.example(), 300),
                    byMeaning == null ? null : byMeaning.similarity())) {
                events.publishEvent(new DisclosureFlagged(id, result.severity()));
                return;
            }
            // The insert was ignored: the same text queued at the same moment by another node or thread, seen by a
            // locking read, or else a random id already taken.
            if (queue.isQueued(text.sourceType(), text.sourceId())) {
                return; // sent again: it is in the queue already
            }
            // else the random id was taken (1 in 2^53): try another
        }
        throw new IllegalStateException("No free id for a disclosure");
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
