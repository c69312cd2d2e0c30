package org.youthvoice.base;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every number about young people passes through one layer, {@link DisclosureControl} (issue 12): no feature module
 * reads the small-number threshold from the settings, makes a shown or hidden count itself, or suppresses a breakdown
 * or a table by its own rule. The helpers it uses ({@code SmallNumbers}, {@code SmallNumberTable.of},
 * {@code ShownCount.of}) are not visible outside {@code base}; these rules catch what visibility cannot: the
 * threshold setting and {@link ShownCount}'s constructor, which a record must keep public.
 */
class DisclosureLayerTest {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.youthvoice");
    }

    @Test
    void only_the_layer_reads_the_small_number_threshold_setting() {
        var rule = noClasses().that().doNotHaveFullyQualifiedName(DisclosureControl.class.getName())
                .should().callMethod(YouthVoiceProperties.class, "smallNumberThreshold")
                .because("the threshold is the disclosure-control layer's, read through DisclosureControl");
        rule.check(production);
    }

    @Test
    void only_the_layer_makes_a_count_that_may_be_shown() {
        var rule = noClasses().that().resideOutsideOfPackage("org.youthvoice.base")
                .should().callConstructor(ShownCount.class, Long.class, int.class)
                .because("a count is made safe to show by DisclosureControl, not by each view or service");
        rule.check(production);
    }

    @Test
    void the_rules_find_a_module_that_protects_its_own_counts() {
        // A class of our own that breaks both rules must be caught, or the rules above prove nothing.
        var offending = new ClassFileImporter().importClasses(OwnProtection.class);
        EvaluationResult threshold = noClasses().that().doNotHaveFullyQualifiedName(DisclosureControl.class.getName())
                .should().callMethod(YouthVoiceProperties.class, "smallNumberThreshold").evaluate(offending);
        EvaluationResult count = noClasses().that().resideOutsideOfPackage("org.youthvoice.base.nothing")
                .should().callConstructor(ShownCount.class, Long.class, int.class).evaluate(offending);
        assertThat(threshold.hasViolation()).isTrue();
        assertThat(count.hasViolation()).isTrue();
    }

    @Test
    void a_secret_ballot_count_stays_hidden_until_the_threshold_have_voted_and_small_cells_never_show() {
        var layer = new DisclosureControl(5);
        assertThat(layer.secretCountHidden(0)).isTrue();
        assertThat(layer.secretCountHidden(4)).isTrue();
        assertThat(layer.secretCountHidden(5)).isFalse();
        assertThat(layer.count(3).suppressed()).isTrue();
        assertThat(layer.count(0).value()).isZero();
        assertThat(layer.everyCellShowable(List.of(0L, 5L, 9L))).isTrue();
        assertThat(layer.everyCellShowable(List.of(5L, 4L))).isFalse();
        // A home of 3 beside a school of 9: narrowing by the school alone would leave the home; both are refused.
        Map<List<Object>, Long> groups = Map.of(List.of("school"), 9L, List.of("home"), 3L);
        assertThat(layer.mayNarrow(groups, 1, true, List.of("school"))).isFalse();
        assertThat(layer.mayNarrow(groups, 1, true, List.of("home"))).isFalse();
        // Two kinds of choice with a small cell anywhere: refused, whatever the view's own cell.
        Map<List<Object>, Long> two = Map.of(List.of("8-11", "school"), 6L, List.of("8-11", "home"), 2L,
                List.of("11-17", "school"), 7L, List.of("11-17", "home"), 0L);
        assertThat(layer.mayNarrow(two, 2, true, List.of("8-11", "school"))).isFalse();
        // Hidden neighbours put together in runs of at least 5: 2 + 3, then 1 + 4.
        var raw = List.of(2L, 3L, 20L, 1L, 4L);
        var shown = layer.breakdown(raw);
        assertThat(layer.groupsOfHidden(raw, shown)).containsExactly(List.of(0, 1), List.of(3, 4));
    }

    /** What the rules must catch: a service reading the threshold and hiding a count its own way. */
    static final class OwnProtection {
        ShownCount shown(YouthVoiceProperties properties, long count) {
            int threshold = properties.smallNumberThreshold();
            return new ShownCount(count < threshold ? null : count, threshold);
        }
    }
}
