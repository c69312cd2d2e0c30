package org.youthvoice.safeguarding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.youthvoice.base.FreeTextReceived;
import org.youthvoice.safeguarding.PhraseList;
import org.youthvoice.safeguarding.Screening;
import org.youthvoice.safeguarding.ScreeningLists;

/**
 * Just after a start, screening is still being built (seconds, or half a minute on a busy machine), and every comment
 * sent meanwhile waits for it. It must wait before its transaction begins: a transaction holds a database connection,
 * and a burst of comments waiting inside theirs emptied the pool for every young person's page.
 */
class ScreeningWaitsOutsideTransactionsTest {

    private final ScreeningLists lists = mock(ScreeningLists.class);
    private final QueueStore queue = mock(QueueStore.class);
    private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    private final ScreeningListener listener = new ScreeningListener(lists, queue,
            mock(ApplicationEventPublisher.class), Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC),
            transactions);

    ScreeningWaitsOutsideTransactionsTest() {
        when(lists.screening()).thenReturn(Screening.of(PhraseList.englishStarter()));
        when(transactions.getTransaction(any())).thenReturn(mock(TransactionStatus.class));
        when(queue.addScreened(anyLong(), anyLong(), any(), any(), any())).thenReturn(true);
    }

    @Test
    void a_flagged_comment_is_screened_first_and_queued_in_a_transaction_after() {
        listener.on(new FreeTextReceived("FEEDBACK", 5, "Tell us", null, "i want to kill myself", null));

        var order = inOrder(lists, transactions, queue);
        order.verify(lists).screening();
        order.verify(transactions).getTransaction(any());
        order.verify(queue).addScreened(anyLong(), anyLong(), any(), any(), any());
        order.verify(transactions).commit(any());
    }

    @Test
    void an_ordinary_comment_opens_no_transaction_at_all() {
        listener.on(new FreeTextReceived("FEEDBACK", 6, "Tell us", null, "the skate park needs a new ramp", null));

        verify(lists).screening();
        verify(transactions, never()).getTransaction(any());
        assertThat(org.mockito.Mockito.mockingDetails(queue).getInvocations()).isEmpty();
    }
}
