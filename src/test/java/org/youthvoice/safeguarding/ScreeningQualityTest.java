package org.youthvoice.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole evaluation set ({@code src/test/resources/safeguarding/evaluation.tsv}) through the English starter
 * list. Recall: clear disclosures flagged in their expected category. Precision: flagged comments that truly are
 * disclosures. The goals come from the safeguarding issue: recall at least 95%, precision at least 50%.
 */
class ScreeningQualityTest {

    static final double RECALL_GOAL = 0.95;
    static final double PRECISION_GOAL = 0.50;

    record Example(String text, @Nullable Category category, @Nullable Severity severity, String kind) {
        boolean isDisclosure() {
            return category != null;
        }
    }

    /**
     * This set was labelled before issue 13 split the categories: a disclosure labelled with an old category counts
     * as found in any category that came out of it.
     */
    @SuppressWarnings("deprecation")
    static java.util.Set<Category> foundAs(Category labelled) {
        return switch (labelled) {
            case ABUSE_OR_NEGLECT -> java.util.EnumSet.of(Category.PHYSICAL_ABUSE, Category.SEXUAL_ABUSE,
                    Category.NEGLECT);
            case EXPLOITATION -> java.util.EnumSet.of(Category.CRIMINAL_EXPLOITATION,
                    Category.ONLINE_GROOMING_OR_IMAGE_ABUSE, Category.SEXUAL_ABUSE);
            case SELF_HARM_OR_SUICIDE -> java.util.EnumSet.of(Category.SELF_HARM_OR_SUICIDE, Category.LOW_MOOD);
            default -> java.util.EnumSet.of(labelled);
        };
    }

    static List<Example> examples;
    static Screening screening;

    @BeforeAll
    static void read_the_evaluation_set() throws IOException {
        screening = Screening.of(PhraseList.englishStarter());
        examples = new ArrayList<>();
        try (var in = ScreeningQualityTest.class.getResourceAsStream("/safeguarding/evaluation.tsv")) {
            var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (var line : lines) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("text\t")) {
                    continue;
                }
                var cells = line.split("\t");
                assertThat(cells).as(line).hasSize(4);
                examples.add(new Example(cells[0], cells[1].equals("NONE") ? null : Category.valueOf(cells[1]),
                        cells[2].equals("NONE") ? null : Severity.valueOf(cells[2]), cells[3]));
            }
        }
    }

    @Test
    void the_evaluation_set_is_big_and_mixed_enough() {
        assertThat(examples).hasSizeGreaterThanOrEqualTo(150);
        assertThat(examples.stream().filter(e -> e.kind().equals("clear"))).hasSizeGreaterThanOrEqualTo(60)
                .allMatch(Example::isDisclosure);
        assertThat(examples.stream().filter(e -> e.kind().equals("near-miss"))).hasSizeGreaterThanOrEqualTo(40);
        assertThat(examples).extracting(Example::kind).containsOnly("clear", "near-miss", "ordinary");
        for (var category : examples.stream().map(Example::category).filter(java.util.Objects::nonNull).distinct()
                .toList()) {
            assertThat(examples.stream().filter(e -> e.category() == category)).as(category.name())
                    .hasSizeGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void recall_on_clear_disclosures_and_precision_meet_the_goals() {
        int clear = 0;
        int found = 0;
        int severityAgrees = 0;
        int flagged = 0;
        int flaggedDisclosures = 0;
        var missed = new ArrayList<String>();
        var falseAlarms = new ArrayList<String>();
        for (var example : examples) {
            var result = screening.screen(example.text());
            if (result.flagged()) {
                flagged++;
                if (example.isDisclosure()) {
                    flaggedDisclosures++;
                } else {
                    falseAlarms.add(example.kind() + ": " + example.text() + " -> " + result.explanation());
                }
            }
            if (example.kind().equals("clear")) {
                clear++;
                var expected = foundAs(example.category());
                if (result.categories().stream().anyMatch(expected::contains)) {
                    found++;
                    var severity = result.matches().stream().filter(m -> expected.contains(m.category()))
                            .map(Match::severity).min(Enum::compareTo).orElseThrow();
                    if (severity == example.severity()) {
                        severityAgrees++;
                    }
                } else {
                    missed.add(example.category() + ": " + example.text() + " -> " + result.explanation());
                }
            }
        }
        double recall = (double) found / clear;
        double precision = flagged == 0 ? 1 : (double) flaggedDisclosures / flagged;
        missed.forEach(m -> System.out.println("QUALITY missed " + m));
        falseAlarms.forEach(f -> System.out.println("QUALITY false alarm " + f));
        System.out.println(String.format(Locale.ROOT,
                "QUALITY recall=%.1f%% precision=%.1f%% (n=%d; clear=%d, found=%d, severity as labelled=%d; flagged=%d)",
                100 * recall, 100 * precision, examples.size(), clear, found, severityAgrees, flagged));

        assertThat(recall).as("recall on clear disclosures; missed: %s", missed).isGreaterThanOrEqualTo(RECALL_GOAL);
        assertThat(precision).as("precision; false alarms: %s", falseAlarms).isGreaterThanOrEqualTo(PRECISION_GOAL);
    }

    @Test
    void no_near_miss_or_ordinary_comment_is_urgent() {
        assertThat(examples.stream().filter(e -> !e.isDisclosure()))
                .allSatisfy(e -> assertThat(screening.screen(e.text()).urgent())
                        .as(e.text() + " -> " + screening.screen(e.text()).explanation()).isFalse());
    }
}
