package org.youthvoice.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Suppression across linked tables ({@link DisclosureControl#linked}): narrower views beside a wider one whose shown
 * cells they add up to. Made-up tables with many small counts, zeros and views nobody can open: every sum a reader
 * knows (a wider view's shown cell, a row's shown total, a sum that is always shown) hides nothing or at least the
 * threshold, cells shown elsewhere are never touched, and what a view hid on its own stays hidden.
 */
class LinkedSuppressionTest {

    private static final int THRESHOLD = 5;
    private final DisclosureControl disclosure = new DisclosureControl(THRESHOLD);

    @Test
    void everyone_minus_one_version_does_not_give_the_other_versions_small_count() {
        // Cells 0-1: older "yes" 6, "no" 6; 2-3: younger "yes" 10, "no" 2; 4-5: everyone 16 and 8, shown (fixed).
        long[] values = {6, 6, 10, 2, 16, 8};
        boolean[] fixed = {false, false, false, false, true, true};
        boolean[] hidden = {false, false, true, true, false, false}; // younger hides its 2, and the 10 with it
        var lines = List.of(new DisclosureControl.Line(4, new int[] {0, 2}, false),
                new DisclosureControl.Line(5, new int[] {1, 3}, false),
                new DisclosureControl.Line(-1, new int[] {0, 1}, false),
                new DisclosureControl.Line(-1, new int[] {2, 3}, false));

        boolean[] decided = disclosure.linked(values, fixed, hidden, lines);

        // Everyone's 8 "no" minus the older 6 would be the younger 2: the older 6 goes too.
        assertThat(decided).containsExactly(false, true, true, true, false, false);
    }

    @Test
    void every_known_sum_hides_nothing_or_at_least_the_threshold_over_thousands_of_made_up_tables() {
        var random = new Random(20261206);
        for (int run = 0; run < 3000; run++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(5);
            // Narrow cells first (row by row), then each row's total (how many answered: shown unless small or made
            // hidden), then the wider view's cells (the column sums), fixed as it shows them.
            int totals = rows * columns;
            int margins = totals + rows;
            long[] values = new long[margins + columns];
            boolean[] fixed = new boolean[values.length];
            boolean[] start = new boolean[values.length];
            boolean[] open = new boolean[rows];
            var lines = new ArrayList<DisclosureControl.Line>();
            for (int r = 0; r < rows; r++) {
                open[r] = random.nextInt(4) > 0;
                var row = new ArrayList<Long>();
                for (int c = 0; c < columns; c++) {
                    long v = random.nextInt(3) == 0 ? 0 : random.nextInt(run % 2 == 0 ? 9 : 25);
                    values[r * columns + c] = v;
                    values[totals + r] += v;
                    values[margins + c] += v;
                    row.add(v);
                }
                boolean totalHidden = !open[r] || disclosure.tooFewToShow(values[totals + r]);
                var own = disclosure.breakdown(row, totalHidden);
                for (int c = 0; c < columns; c++) {
                    fixed[r * columns + c] = !open[r];
                    start[r * columns + c] = !open[r] || own.get(c).suppressed();
                }
                fixed[totals + r] = !open[r];
                start[totals + r] = totalHidden;
                lines.add(new DisclosureControl.Line(totals + r, range(r * columns, columns), true));
            }
            // The row totals add up to the wider view's total, shown unless small.
            if (!disclosure.tooFewToShow(Arrays.stream(values, totals, margins).sum())) {
                lines.add(new DisclosureControl.Line(-1, range(totals, rows), false));
            }
            var wider = new ArrayList<Long>();
            for (int c = 0; c < columns; c++) {
                wider.add(values[margins + c]);
            }
            var widerShown = disclosure.breakdown(wider);
            for (int c = 0; c < columns; c++) {
                int margin = margins + c;
                fixed[margin] = true;
                start[margin] = widerShown.get(c).suppressed();
                int column = c;
                lines.add(new DisclosureControl.Line(margin, java.util.stream.IntStream.range(0, rows)
                        .map(r -> r * columns + column).toArray(), false));
            }
            String seen = Arrays.toString(values) + " open " + Arrays.toString(open);

            boolean[] decided = disclosure.linked(values, fixed, start, lines);

            for (int i = 0; i < values.length; i++) {
                if (fixed[i] || start[i]) {
                    assertThat(decided[i]).as("kept as it was: cell %d of %s", i, seen).isEqualTo(start[i]);
                }
                if (!decided[i]) {
                    assertThat(disclosure.tooFewToShow(values[i])).as("a small count shown: %s", seen).isFalse();
                }
            }
            for (var line : lines) {
                if (line.total() >= 0 && decided[line.total()]) {
                    continue;
                }
                long hiddenSum = Arrays.stream(line.members()).filter(m -> decided[m]).mapToLong(m -> values[m])
                        .sum();
                assertThat(disclosure.tooFewToShow(hiddenSum))
                        .as("a known sum minus its shown cells is small: %s, line %s", seen,
                                Arrays.toString(line.members()))
                        .isFalse();
            }
        }
    }

    private static int[] range(int from, int length) {
        return java.util.stream.IntStream.range(from, from + length).toArray();
    }
}
