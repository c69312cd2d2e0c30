package org.youthvoice.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.feedback.FeedbackStatus;
import org.youthvoice.people.AgeBand;
import org.youthvoice.testing.IntegrationTest;

/** Channels and their items in plain SQL: what a channel counts as new is an item still {@code NEW}. */
@IntegrationTest
class ChannelStoreIntegrationTest {

    @Autowired
    ChannelStore channels;

    @Autowired
    FeedbackItemStore items;

    private final LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void a_channel_counts_its_items_and_as_new_only_those_not_yet_triaged() {
        String slug = String.format("%024x", System.nanoTime());
        long id = channels.create(slug, "Store test", "How was it?", true, true, false, now,
                AgeBand.AGE_8_11);
        long first = items.receive(id, LocalDate.now(), 4, null, false, null);
        items.receive(id, LocalDate.now(), 2, null, false, null);
        items.receive(id, LocalDate.now(), 5, null, false, null);

        assertThat(items.triage(first, FeedbackStatus.IN_REVIEW, "pat", null)).isTrue();

        var channel = channels.find(id);
        assertThat(channel.items()).isEqualTo(3);
        assertThat(channel.newItems()).isEqualTo(2);
        assertThat(channel.open()).isTrue();
        assertThat(channels.open(channel.slug()).orElseThrow().ageBand()).isEqualTo("AGE_8_11");
        assertThat(channels.all()).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo(id);
            assertThat(c.newItems()).isEqualTo(2);
        });
    }

    @Test
    void triage_of_an_item_that_is_not_there_changes_nothing() {
        assertThat(items.triage(-1, FeedbackStatus.DONE, null, null)).isFalse();
    }
}
