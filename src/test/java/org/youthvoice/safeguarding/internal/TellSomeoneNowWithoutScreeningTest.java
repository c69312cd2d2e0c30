package org.youthvoice.safeguarding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import org.youthvoice.base.WorkingDays;
import org.youthvoice.people.AccountKind;
import org.youthvoice.people.AccountService;
import org.youthvoice.people.AccountSummary;
import org.youthvoice.safeguarding.PhraseList;
import org.youthvoice.safeguarding.Screening;
import org.youthvoice.safeguarding.ScreeningLists;
import org.youthvoice.safeguarding.Severity;

/**
 * "Tell someone now" is urgent whatever screening says, so it must never wait for screening, whose first build after
 * a start takes seconds (it embeds thousands of labelled texts): a member who taps it then is answered at once.
 */
class TellSomeoneNowWithoutScreeningTest {

    private final QueueStore queue = mock(QueueStore.class);
    private final ScreeningLists lists = mock(ScreeningLists.class);
    private final TellSomeoneNow tellNow;

    TellSomeoneNowWithoutScreeningTest() {
        var accounts = mock(AccountService.class);
        when(accounts.currentMember()).thenReturn(new AccountSummary(7, AccountKind.MEMBER, "robin7", "Robin", Set.of(),
                true, false, null, LocalDateTime.of(2026, 1, 5, 9, 0), null));
        var clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
        tellNow = new TellSomeoneNow(queue, accounts, lists, mock(ApplicationEventPublisher.class), clock,
                LocalTime.of(17, 0), WorkingDays.of(List.of()));
        when(queue.addNamed(any(), any(), any(), any())).thenReturn(42L);
    }

    @Test
    void while_screening_is_still_being_built_the_message_is_queued_at_once_urgent_and_named() {
        when(lists.screeningIfBuilt()).thenReturn(Optional.empty());

        assertThat(tellNow.send("i cut myself last night and i am scared")).isEqualTo(42L);

        verify(lists, never()).screening();
        var item = ArgumentCaptor.forClass(QueueStore.NewItem.class);
        verify(queue).addNamed(item.capture(), eq("robin7"), eq("Robin"), eq(LocalDateTime.of(2026, 12, 7, 17, 0)));
        assertThat(item.getValue().severity()).isEqualTo(Severity.URGENT);
        assertThat(item.getValue().categories()).isEmpty();
        assertThat(item.getValue().text()).isEqualTo("i cut myself last night and i am scared");
    }

    @Test
    void once_screening_is_built_its_categories_and_highlights_go_with_the_message() {
        when(lists.screeningIfBuilt()).thenReturn(Optional.of(Screening.of(PhraseList.englishStarter())));

        tellNow.send("i cut myself last night and i am scared");

        verify(lists, never()).screening();
        var item = ArgumentCaptor.forClass(QueueStore.NewItem.class);
        verify(queue).addNamed(item.capture(), any(), any(), any());
        assertThat(item.getValue().categories()).isNotEmpty();
        assertThat(item.getValue().highlights()).isNotEmpty();
    }
}
