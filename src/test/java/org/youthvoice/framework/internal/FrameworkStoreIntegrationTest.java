package org.youthvoice.framework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.youthvoice.framework.NodeKind;
import org.youthvoice.testing.IntegrationTest;

/** Plans in plain SQL: read back in order as written, and an edit from a stale read refused. */
@IntegrationTest
class FrameworkStoreIntegrationTest {

    @Autowired
    FrameworkStore frameworks;

    private final LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);

    private static String uniqueCode() {
        return "S" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
    }

    @Test
    void a_plan_and_its_nodes_read_back_in_order_as_written() {
        String code = uniqueCode();
        var read = frameworks.create(code, "A plan", now);
        frameworks.update(read, read.withDetails("A plan", "Council", null, "A note", false,
                List.of("I feel listened to", "I know what changed")));
        var plan = frameworks.find(code).orElseThrow();
        var priority = frameworks.addNode(plan, null, NodeKind.PRIORITY, code + ".A", "Be heard", 0,
                List.of("Taking part", "Changes made"));
        frameworks.addNode(plan, priority.id(), NodeKind.OUTCOME, code + ".A.1", "Listened to", 1, List.of());

        assertThat(plan.statements()).containsExactly("I feel listened to", "I know what changed");
        assertThat(plan.source()).isEqualTo("Council");
        assertThat(plan.vision()).isNull();
        assertThat(frameworks.nodes(plan)).extracting(FrameworkNode::code, FrameworkNode::parentId,
                FrameworkNode::frameworkCode, FrameworkNode::measures).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(code + ".A", null, code, List.of("Taking part", "Changes made")),
                        org.assertj.core.groups.Tuple.tuple(code + ".A.1", priority.id(), code, List.of()));
        assertThat(frameworks.summaries()).filteredOn(s -> s.code().equals(code)).singleElement()
                .satisfies(s -> {
                    assertThat(s.priorities()).isEqualTo(1);
                    assertThat(s.outcomes()).isEqualTo(1);
                    assertThat(s.revision()).isEqualTo(1);
                    assertThat(s.updatedAt()).isEqualTo(now);
                });
        assertThat(frameworks.titles(List.of(code + ".A", "NO-SUCH"))).containsExactly(
                java.util.Map.entry(code + ".A", "Be heard"));
    }

    @Test
    void an_edit_made_from_a_stale_read_is_refused_and_changes_nothing() {
        String code = uniqueCode();
        frameworks.create(code, "A plan", now);
        var stale = frameworks.find(code).orElseThrow();
        var fresh = frameworks.find(code).orElseThrow();
        frameworks.update(fresh, fresh.touched(now));

        assertThatThrownBy(() -> frameworks.update(stale, stale.withRetired(true).touched(now)))
                .isInstanceOf(OptimisticLockingFailureException.class);

        var plan = frameworks.find(code).orElseThrow();
        assertThat(plan.retired()).isFalse();
        assertThat(plan.revision()).isEqualTo(2);
    }
}
