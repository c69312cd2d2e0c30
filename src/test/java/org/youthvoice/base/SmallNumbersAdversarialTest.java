package org.youthvoice.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of made-up tables and breakdowns, with many small counts and zeros, as someone trying to work a small
 * group out would choose them: no shown count is from 1 to the threshold minus one, shown counts are true, no line
 * (a row or column with its total) hides exactly one number, which its total would give away, and no line that shows
 * its total hides numbers that add up to a small group (its total minus the shown numbers would give that group).
 */
class SmallNumbersAdversarialTest {

    private static final int THRESHOLD = 5;

    @Test
    void no_table_shows_a_small_count_or_a_line_with_one_number_hidden() {
        var random = new Random(20261122);
        for (int run = 0; run < 5000; run++) {
            int rows = 1 + random.nextInt(5);
            int columns = 1 + random.nextInt(5);
            long[][] counts = new long[rows][columns];
            for (long[] row : counts) {
                for (int c = 0; c < columns; c++) {
                    row[c] = random.nextInt(4) == 0 ? 0 : random.nextInt(run % 2 == 0 ? 8 : 30);
                }
            }
            var table = SmallNumberTable.of(counts, THRESHOLD);
            String seen = java.util.Arrays.deepToString(counts);
            long total = 0;
            for (int r = 0; r < rows; r++) {
                var line = new ArrayList<ShownCount>();
                long rowTotal = 0;
                for (int c = 0; c < columns; c++) {
                    assertTrueOrHidden(table.cell(r, c), counts[r][c], seen);
                    line.add(table.cell(r, c));
                    rowTotal += counts[r][c];
                }
                assertTrueOrHidden(table.rowTotal(r), rowTotal, seen);
                line.add(table.rowTotal(r));
                assertNotOneHidden(line, seen + " row " + r);
                assertHiddenSumNotSmall(line, counts[r], rowTotal, seen + " row " + r);
                total += rowTotal;
            }
            var totals = new ArrayList<ShownCount>();
            for (int c = 0; c < columns; c++) {
                var line = new ArrayList<ShownCount>();
                long columnTotal = 0;
                long[] column = new long[rows];
                for (int r = 0; r < rows; r++) {
                    line.add(table.cell(r, c));
                    columnTotal += counts[r][c];
                    column[r] = counts[r][c];
                }
                assertTrueOrHidden(table.columnTotal(c), columnTotal, seen);
                line.add(table.columnTotal(c));
                assertNotOneHidden(line, seen + " column " + c);
                assertHiddenSumNotSmall(line, column, columnTotal, seen + " column " + c);
                totals.add(table.columnTotal(c));
            }
            assertTrueOrHidden(table.total(), total, seen);
            totals.add(table.total());
            assertNotOneHidden(totals, seen + " totals");
        }
    }

    @Test
    void no_breakdown_shows_a_small_count_or_hides_one_number_its_total_gives_away() {
        var random = new Random(42);
        for (int run = 0; run < 5000; run++) {
            var counts = new ArrayList<Long>();
            int size = 1 + random.nextInt(7);
            long sum = 0;
            for (int i = 0; i < size; i++) {
                long n = random.nextInt(3) == 0 ? 0 : random.nextInt(run % 2 == 0 ? 8 : 40);
                counts.add(n);
                sum += n;
            }
            var shown = SmallNumbers.breakdown(counts, THRESHOLD);
            for (int i = 0; i < size; i++) {
                assertTrueOrHidden(shown.get(i), counts.get(i), counts.toString());
            }
            long hidden = shown.stream().filter(ShownCount::suppressed).count();
            long hiddenSum = 0;
            for (int i = 0; i < size; i++) {
                hiddenSum += shown.get(i).suppressed() ? counts.get(i) : 0;
            }
            if (sum >= THRESHOLD) {
                assertThat(hidden).as(counts.toString()).isNotEqualTo(1);
                // The total minus the shown cells is the hidden cells together: never a small group.
                assertThat(hiddenSum == 0 || hiddenSum >= THRESHOLD).as(counts + " hides " + hiddenSum).isTrue();
            }
        }
    }

    @Test
    void a_breakdown_of_a_hidden_total_shows_nothing_that_adds_up_to_it() {
        var shown = SmallNumbers.breakdown(List.of(0L, 12L, 0L, 7L), THRESHOLD, true);
        assertThat(shown).extracting(ShownCount::suppressed).containsExactly(false, true, false, true);
        assertThat(shown.getFirst().value()).isZero();
        assertThat(SmallNumbers.breakdown(List.of(0L, 12L, 7L), THRESHOLD, false))
                .as("a shown total: the usual rules").noneMatch(ShownCount::suppressed);
    }

    private static void assertTrueOrHidden(ShownCount shown, long truth, String seen) {
        if (!shown.suppressed()) {
            assertThat(shown.value()).as(seen).isEqualTo(truth);
            assertThat(truth == 0 || truth >= THRESHOLD).as(seen + " shows " + truth).isTrue();
        }
    }

    @Test
    void two_small_groups_beside_two_shown_ones_cannot_be_found_together_by_subtraction() {
        // A children's home split over two codes, of 1 and 2, beside two groups of 6: the total minus the two shown
        // sixes would be the home's 3.
        var shown = SmallNumbers.breakdown(List.of(1L, 2L, 6L, 6L), THRESHOLD);
        assertThat(shown).extracting(ShownCount::suppressed).containsExactly(true, true, true, false);
        var table = SmallNumberTable.of(new long[][] {{1, 2, 6, 6}, {6, 7, 8, 9}}, THRESHOLD);
        assertThat(table.row(0)).extracting(ShownCount::suppressed).contains(true, true, true);
    }

    /** When a line shows its total, its hidden numbers together are nothing or at least the threshold. */
    private static void assertHiddenSumNotSmall(List<ShownCount> line, long[] cells, long total, String seen) {
        if (line.getLast().suppressed()) {
            return;
        }
        long hiddenSum = 0;
        for (int i = 0; i < cells.length; i++) {
            hiddenSum += line.get(i).suppressed() ? cells[i] : 0;
        }
        assertThat(hiddenSum == 0 || hiddenSum >= THRESHOLD).as(seen + " hides " + hiddenSum + " of " + total).isTrue();
    }

    private static void assertNotOneHidden(List<ShownCount> line, String seen) {
        assertThat(line.stream().filter(ShownCount::suppressed).count()).as(seen).isNotEqualTo(1);
    }
}
