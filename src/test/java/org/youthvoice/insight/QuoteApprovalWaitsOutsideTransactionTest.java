package org.youthvoice.insight;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.insight.internal.QuoteStore;
import org.youthvoice.safeguarding.PhraseList;
import org.youthvoice.safeguarding.SafeguardingQueue;
import org.youthvoice.safeguarding.Screening;
import org.youthvoice.safeguarding.ScreeningLists;

/**
 * Approving a quote screens its words, and just after a start screening may still be building: the approval waits for
 * it before its transaction begins, so no database connection is held while it waits.
 */
class QuoteApprovalWaitsOutsideTransactionTest {

    @Test
    void screening_is_taken_before_the_transaction_begins() {
        var lists = mock(ScreeningLists.class);
        var transactions = mock(PlatformTransactionManager.class);
        when(lists.screening()).thenReturn(Screening.of(PhraseList.englishStarter()));
        when(transactions.getTransaction(any())).thenReturn(mock(TransactionStatus.class));
        var quotes = new QuoteService(mock(QuoteStore.class), mock(AuditLog.class), Clock.systemUTC(),
                mock(SafeguardingQueue.class), lists, mock(ApplicationEventPublisher.class), transactions);

        // the store knows no quote 9: refused inside the transaction, after screening was taken
        assertThatThrownBy(() -> quotes.approve(9)).isInstanceOf(UserFacingException.class);

        var order = inOrder(lists, transactions);
        order.verify(lists).screening();
        order.verify(transactions).getTransaction(any());
    }
}
