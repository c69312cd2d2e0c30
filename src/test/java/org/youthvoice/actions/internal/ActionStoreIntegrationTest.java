package org.youthvoice.actions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.actions.ActionStatus;
import org.youthvoice.actions.ActionView;
import org.youthvoice.testing.IntegrationTest;

/** Actions in plain SQL: overdue means past its due day and not done, in the count and in the list alike. */
@IntegrationTest
class ActionStoreIntegrationTest {

    @Autowired
    ActionStore actions;

    private final LocalDate today = LocalDate.now();

    private long action(ActionStatus status, LocalDate dueOn) {
        return actions.create("You said it", "We do it", status, "Pat", dueOn, LocalDateTime.now(), List.of());
    }

    @Test
    void an_action_past_its_day_is_overdue_until_it_is_done() {
        long before = actions.countOverdue(today);
        long late = action(ActionStatus.PLANNED, today.minusDays(1));
        long done = action(ActionStatus.DONE, today.minusDays(1));
        long notYet = action(ActionStatus.IN_PROGRESS, today);

        assertThat(actions.countOverdue(today)).isEqualTo(before + 1);
        assertThat(actions.newest(true, today)).extracting(ActionView::id).contains(late).doesNotContain(done, notYet);
        assertThat(actions.newest(false, today)).extracting(ActionView::id).contains(late, done, notYet);

        actions.changeStatus(late, ActionStatus.DONE);

        assertThat(actions.countOverdue(today)).isEqualTo(before);
        assertThat(actions.newest(true, today)).extracting(ActionView::id).doesNotContain(late);
    }

    @Test
    void a_published_action_is_shown_until_it_is_taken_down() {
        long id = action(ActionStatus.PLANNED, today);

        actions.publish(id, today);
        assertThat(actions.shown(null, null, id, true, 1)).singleElement()
                .satisfies(shown -> assertThat(shown.publishedOn()).isEqualTo(today));
        assertThat(actions.saved(id).published()).isTrue();

        actions.takeDown(id);
        assertThat(actions.shown(null, null, id, true, 1)).isEmpty();
        assertThat(actions.saved(id).published()).isFalse();
    }
}
