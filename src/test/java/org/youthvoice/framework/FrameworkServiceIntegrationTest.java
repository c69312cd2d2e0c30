package org.youthvoice.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.framework.internal.FrameworkChanged;
import org.youthvoice.framework.internal.FrameworkImportException;
import org.youthvoice.framework.internal.ImportProblem;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
class FrameworkServiceIntegrationTest {

    private static final List<String> SEEDED = List.of("CYPS-2022", "CP-2022", "EDU-2022", "BRIGHT-SPOTS", "CYPP-2009");

    @Autowired
    FrameworkService frameworks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    /** A framework code no earlier run has used. */
    private static String uniqueCode() {
        return "T" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
    }

    /** A test plan; leave out outcome {@code A.2} with {@code withSecondOutcome = false}. */
    private static String plan(String code, String title, boolean withSecondOutcome) {
        return """
                frameworks:
                  - code: %1$s
                    title: %2$s
                    vision: >-
                      Every child is heard,
                      and what they say changes things.
                    priorities:
                      - code: %1$s.A
                        title: Be heard
                        measures:
                          - Number of young people taking part
                          - Number of changes made
                        outcomes:
                          - {code: %1$s.A.1, title: Young people are listened to, believed and helped}
                %3$s
                      - code: %1$s.B
                        title: Be safe
                    cross_cutting:
                      - {code: %1$s.X, title: Raising living standards}
                    statements:
                      - I feel listened to
                      - People say goodbye properly if they leave
                """.formatted(code, title,
                withSecondOutcome ? "          - {code: %s.A.2, title: Changes are reported back}".formatted(code) : "");
    }

    private static String plan(String code) {
        return plan(code, "Test plan " + code, true);
    }

    private static <T> T as(String role, Supplier<T> work) {
        return SystemTask.runAs(work, role);
    }

    private ImportResult importAsOfficer(String yaml) {
        return as(Roles.OFFICER, () -> frameworks.importYaml(yaml));
    }

    private Optional<FrameworkTree> tree(String code) {
        return as(Roles.VIEWER, () -> frameworks.tree(code));
    }

    private FrameworkTree existing(String code) {
        return tree(code).orElseThrow();
    }

    private static Stream<TagNode> allNodes(FrameworkTree tree) {
        return tree.nodes().stream().flatMap(n -> Stream.concat(Stream.of(n), n.children().stream()));
    }

    private static TagNode node(FrameworkTree tree, String code) {
        return allNodes(tree).filter(n -> n.code().equals(code)).findFirst().orElseThrow();
    }

    private long auditEntries(String action, String recordId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND record_id = ?")
                .params(action, recordId).query(Long.class).single();
    }

    @Test
    void the_council_frameworks_are_seeded_at_start() {
        var cp = existing("CP-2022");

        assertThat(cp.nodes()).filteredOn(n -> n.kind() == NodeKind.PRIORITY && !n.removed()).hasSize(7);
        assertThat(node(cp, "CP-2022.TOGETHER").measures()).hasSize(2);
        assertThat(cp.statements()).hasSize(14);
        assertThat(node(existing("CYPS-2022"), "CYPS-2022.SAFE.1").title())
                .isEqualTo("Services work together to improve lives and outcomes for all children, young people and families");
        assertThat(existing("CYPP-2009").retired()).isTrue();
        assertThat(as(Roles.VIEWER, frameworks::list)).extracting(FrameworkSummary::code).containsAll(SEEDED);
    }

    @Test
    @WithMockUser(username = "officer-frameworks", roles = "OFFICER")
    void importing_a_new_framework_creates_it_with_its_priorities_outcomes_and_statements() {
        String code = uniqueCode();

        var result = frameworks.importYaml(plan(code));

        assertThat(result).isEqualTo(new ImportResult(List.of(code), List.of(), 5, 0));
        var tree = existing(code);
        assertThat(tree.title()).isEqualTo("Test plan " + code);
        assertThat(tree.vision()).isEqualTo("Every child is heard, and what they say changes things.");
        assertThat(tree.revision()).isEqualTo(1);
        assertThat(tree.retired()).isFalse();
        assertThat(tree.nodes()).extracting(TagNode::code, TagNode::kind).containsExactly(
                tuple(code + ".A", NodeKind.PRIORITY),
                tuple(code + ".B", NodeKind.PRIORITY),
                tuple(code + ".X", NodeKind.CROSS_CUTTING));
        assertThat(node(tree, code + ".A").children()).extracting(TagNode::code).containsExactly(code + ".A.1", code + ".A.2");
        assertThat(node(tree, code + ".A.1").title()).isEqualTo("Young people are listened to, believed and helped");
        assertThat(node(tree, code + ".A").measures()).containsExactly("Number of young people taking part",
                "Number of changes made");
        assertThat(tree.statements()).containsExactly("I feel listened to", "People say goodbye properly if they leave");
        assertThat(frameworks.list()).filteredOn(s -> s.code().equals(code)).singleElement()
                .satisfies(s -> assertThat(s.priorities()).isEqualTo(2))
                .satisfies(s -> assertThat(s.outcomes()).isEqualTo(2));
        assertThat(jdbc.sql("SELECT actor, details FROM audit_entry WHERE action = 'FRAMEWORK_IMPORTED' AND record_id = ?")
                .param(code).query((rs, n) -> rs.getString(1) + "/" + rs.getString(2)).list())
                .containsExactly("officer-frameworks/created");
        assertThat(events.stream(FrameworkChanged.class)).containsExactly(new FrameworkChanged(code, "created"));
    }

    @Test
    void importing_the_same_file_again_changes_nothing() {
        String code = uniqueCode();
        importAsOfficer(plan(code));

        var again = importAsOfficer(plan(code));

        assertThat(again).isEqualTo(new ImportResult(List.of(), List.of(), 0, 0));
        assertThat(existing(code).revision()).isEqualTo(1);
        assertThat(auditEntries("FRAMEWORK_IMPORTED", code)).isEqualTo(1);
        assertThat(events.stream(FrameworkChanged.class)).containsExactly(new FrameworkChanged(code, "created"));
    }

    @Test
    void an_outcome_left_out_of_a_new_file_is_marked_removed_but_kept() {
        String code = uniqueCode();
        importAsOfficer(plan(code));

        var result = importAsOfficer(plan(code, "Test plan " + code, false));

        assertThat(result).isEqualTo(new ImportResult(List.of(), List.of(code), 0, 1));
        var tree = existing(code);
        assertThat(tree.revision()).isEqualTo(2);
        assertThat(node(tree, code + ".A.2").removed()).isTrue();
        assertThat(node(tree, code + ".A.1").removed()).isFalse();
        assertThat(as(Roles.VIEWER, frameworks::list)).filteredOn(s -> s.code().equals(code)).singleElement()
                .satisfies(s -> assertThat(s.outcomes()).isEqualTo(1));
        assertThat(auditEntries("FRAMEWORK_IMPORTED", code)).isEqualTo(2);
        assertThat(events.stream(FrameworkChanged.class)).endsWith(new FrameworkChanged(code, "updated"));
    }

    @Test
    void a_removed_outcome_comes_back_when_a_file_lists_it_again() {
        String code = uniqueCode();
        importAsOfficer(plan(code));
        importAsOfficer(plan(code, "Test plan " + code, false));

        var result = importAsOfficer(plan(code));

        assertThat(result.updated()).containsExactly(code);
        var tree = existing(code);
        assertThat(tree.revision()).isEqualTo(3);
        assertThat(node(tree, code + ".A.2").removed()).isFalse();
        assertThat(node(tree, code + ".A").children()).extracting(TagNode::code)
                .containsExactly(code + ".A.1", code + ".A.2");
    }

    @Test
    void a_changed_title_bumps_the_revision() {
        String code = uniqueCode();
        importAsOfficer(plan(code));

        var result = importAsOfficer(plan(code, "Renamed plan", true));

        assertThat(result).isEqualTo(new ImportResult(List.of(), List.of(code), 0, 0));
        assertThat(existing(code).title()).isEqualTo("Renamed plan");
        assertThat(existing(code).revision()).isEqualTo(2);
    }

    @Test
    void a_file_whose_second_framework_is_bad_changes_nothing_at_all() {
        String existing = uniqueCode();
        importAsOfficer(plan(existing));
        String fresh = uniqueCode();
        String bad = uniqueCode();
        String file = plan(fresh) + plan(existing, "Changed title", false).replace("frameworks:\n", "")
                + plan(bad).replace("frameworks:\n", "").replace("    title: Test plan " + bad, "    retired: maybe\n    title: X");

        var refused = catchThrowableOfType(FrameworkImportException.class, () -> importAsOfficer(file));

        assertThat(refused.problems()).extracting(ImportProblem::messageKey).containsExactly("framework.import.expectedBoolean");
        assertUnchanged(existing, fresh, bad);
    }

    @Test
    void a_file_whose_second_framework_uses_a_code_of_another_framework_changes_nothing_at_all() {
        String owner = uniqueCode();
        importAsOfficer("""
                frameworks:
                  - code: %1$s
                    title: Owner
                    priorities:
                      - {code: %1$s.Z.1, title: A deeper code}
                """.formatted(owner));
        String existing = uniqueCode();
        importAsOfficer(plan(existing));
        String fresh = uniqueCode();
        // A framework whose code nests inside another one's can write that framework's codes with a valid prefix.
        String intruder = owner + ".Z";
        String file = plan(fresh) + plan(existing, "Changed title", false).replace("frameworks:\n", "") + """
                  - code: %1$s
                    title: Intruder
                    priorities:
                      - {code: %1$s.1, title: Taken from another plan}
                """.formatted(intruder);

        var refused = catchThrowableOfType(FrameworkImportException.class, () -> importAsOfficer(file));

        int line = (int) file.lines().takeWhile(l -> !l.contains("Taken from another plan")).count() + 1;
        assertThat(refused.problems()).containsExactly(
                new ImportProblem(line, "framework.import.codeOwned", owner + ".Z.1", owner));
        assertThat(refused.messageKey()).isEqualTo("framework.import.refused");
        assertThat(existing(owner).nodes()).extracting(TagNode::code).containsExactly(owner + ".Z.1");
        assertUnchanged(existing, fresh, intruder);
    }

    private void assertUnchanged(String existing, String... absent) {
        var tree = existing(existing);
        assertThat(tree.title()).isEqualTo("Test plan " + existing);
        assertThat(tree.revision()).isEqualTo(1);
        assertThat(node(tree, existing + ".A.2").removed()).isFalse();
        assertThat(auditEntries("FRAMEWORK_IMPORTED", existing)).isEqualTo(1);
        for (String code : absent) {
            assertThat(tree(code)).as(code).isEmpty();
            assertThat(auditEntries("FRAMEWORK_IMPORTED", code)).isZero();
        }
        assertThat(events.stream(FrameworkChanged.class)).endsWith(new FrameworkChanged(existing, "created"));
    }

    @Test
    void a_framework_can_be_retired_and_made_active_again() {
        String code = uniqueCode();
        importAsOfficer(plan(code));

        SystemTask.runAs(() -> frameworks.setRetired(code, true), Roles.OFFICER);
        assertThat(existing(code).retired()).isTrue();
        assertThat(existing(code).revision()).isEqualTo(2);
        assertThat(auditEntries("FRAMEWORK_RETIRED", code)).isEqualTo(1);

        SystemTask.runAs(() -> frameworks.setRetired(code, true), Roles.OFFICER);
        assertThat(existing(code).revision()).as("retiring twice changes nothing").isEqualTo(2);

        SystemTask.runAs(() -> frameworks.setRetired(code, false), Roles.ADMIN);
        assertThat(existing(code).retired()).isFalse();
        assertThat(existing(code).revision()).isEqualTo(3);
        assertThat(auditEntries("FRAMEWORK_REACTIVATED", code)).isEqualTo(1);
        assertThat(events.stream(FrameworkChanged.class)).containsExactly(new FrameworkChanged(code, "created"),
                new FrameworkChanged(code, "retired"), new FrameworkChanged(code, "reactivated"));
    }

    @Test
    void retiring_an_unknown_framework_is_refused() {
        assertThatThrownBy(() -> SystemTask.runAs(() -> frameworks.setRetired(uniqueCode(), true), Roles.OFFICER))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("framework.error.notFound"));
    }

    @Test
    void a_mapped_code_resolves_to_every_code_it_leads_to() {
        String old = uniqueCode();
        String middle = uniqueCode();
        String current = uniqueCode();
        importAsOfficer(plan(old) + plan(middle).replace("frameworks:\n", "") + plan(current).replace("frameworks:\n", ""));

        SystemTask.runAs(() -> {
            frameworks.mapCode(old + ".A.1", middle + ".A.1");
            frameworks.mapCode(middle + ".A.1", current + ".B");
            frameworks.mapCode(old + ".A.1", middle + ".A.1");
        }, Roles.OFFICER);

        assertThat(as(Roles.VIEWER, () -> frameworks.resolve(old + ".A.1")))
                .containsExactly(old + ".A.1", middle + ".A.1", current + ".B");
        assertThat(as(Roles.VIEWER, () -> frameworks.resolve(middle + ".A.1")))
                .containsExactly(middle + ".A.1", current + ".B");
        assertThat(as(Roles.VIEWER, () -> frameworks.resolve(current + ".B"))).containsExactly(current + ".B");
        assertThat(as(Roles.VIEWER, frameworks::mappings)).filteredOn(m -> m.oldCode().startsWith(old + "."))
                .containsExactly(new CodeMapping(old + ".A.1", middle + ".A.1"));
        assertThat(auditEntries("FRAMEWORK_CODE_MAPPED", old)).isEqualTo(1);
    }

    @Test
    void mappings_that_go_round_in_a_circle_still_resolve() {
        String a = uniqueCode();
        String b = uniqueCode();
        importAsOfficer(plan(a) + plan(b).replace("frameworks:\n", ""));

        SystemTask.runAs(() -> {
            frameworks.mapCode(a + ".A", b + ".A");
            frameworks.mapCode(b + ".A", a + ".A");
        }, Roles.OFFICER);

        assertThat(as(Roles.VIEWER, () -> frameworks.resolve(a + ".A"))).containsExactly(a + ".A", b + ".A");
    }

    @Test
    void codes_map_only_between_different_frameworks_that_exist() {
        String code = uniqueCode();
        importAsOfficer(plan(code));

        assertThatThrownBy(() -> SystemTask.runAs(() -> frameworks.mapCode(code + ".A.1", code + ".B"), Roles.OFFICER))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("framework.error.mapSame"));
        assertThatThrownBy(() -> SystemTask.runAs(() -> frameworks.mapCode(code + ".A.1", "NO-SUCH.CODE"), Roles.OFFICER))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("framework.error.notFound"));
    }

    @Test
    void exporting_and_importing_again_changes_nothing() {
        String code = uniqueCode();
        String other = uniqueCode();
        importAsOfficer(plan(code) + plan(other).replace("frameworks:\n", ""));
        importAsOfficer(plan(code, "Test plan " + code, false) + plan(other).replace("frameworks:\n", ""));
        var codes = Stream.concat(SEEDED.stream(), Stream.of(code, other)).toList();
        var before = codes.stream().map(this::existing).toList();

        String exported = as(Roles.OFFICER, () -> frameworks.exportYaml(codes));
        var result = importAsOfficer(exported);

        assertThat(result).isEqualTo(new ImportResult(List.of(), List.of(), 0, 0));
        assertThat(codes.stream().map(this::existing).toList()).isEqualTo(before);
        assertThat(node(existing(code), code + ".A.2").removed()).isTrue();
        assertThat(exported).contains("code: CP-2022.TOGETHER", "retired: true")
                .doesNotContain(code + ".A.2");
    }

    @Test
    void a_viewer_can_list_and_export_but_not_change_frameworks() {
        assertThat(as(Roles.VIEWER, frameworks::list)).isNotEmpty();
        assertThat(as(Roles.VIEWER, () -> frameworks.exportYaml(List.of("CP-2022")))).contains("CP-2022.REL");
        assertThat(as(Roles.SAFEGUARDING_LEAD, () -> frameworks.tree("CP-2022"))).isPresent();

        String code = uniqueCode();
        assertThatThrownBy(() -> as(Roles.VIEWER, () -> frameworks.importYaml(plan(code))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemTask.runAs(() -> frameworks.setRetired("CP-2022", true), Roles.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemTask.runAs(() -> frameworks.mapCode("CYPP-2009.SAFE", "CYPS-2022.SAFE"),
                Roles.VIEWER)).isInstanceOf(AccessDeniedException.class);
        assertThat(tree(code)).isEmpty();
        assertThat(existing("CP-2022").retired()).isFalse();
    }

    @Test
    void a_young_member_cannot_read_frameworks() {
        assertThatThrownBy(() -> as(Roles.MEMBER, frameworks::list)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(Roles.MEMBER, () -> frameworks.exportYaml(List.of("CP-2022"))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
