package org.youthvoice.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallNumberTableTest {

    @Test
    void no_line_hides_exactly_one_number_so_totals_give_nothing_away() {
        long[][] counts = {{3, 6, 10}, {7, 5, 0}, {8, 9, 2}, {0, 0, 0}};
        var table = SmallNumberTable.of(counts, 5);

        assertThat(table.cell(0, 0).suppressed()).isTrue();
        assertThat(table.cell(2, 2).suppressed()).isTrue();
        for (int r = 0; r < 4; r++) {
            int hidden = table.rowTotal(r).suppressed() ? 1 : 0;
            for (int c = 0; c < 3; c++) {
                hidden += table.cell(r, c).suppressed() ? 1 : 0;
            }
            assertThat(hidden).as("row " + r).isNotEqualTo(1);
        }
        for (int c = 0; c < 3; c++) {
            int hidden = table.columnTotal(c).suppressed() ? 1 : 0;
            for (int r = 0; r < 4; r++) {
                hidden += table.cell(r, c).suppressed() ? 1 : 0;
            }
            assertThat(hidden).as("column " + c).isNotEqualTo(1);
        }
        assertThat(table.total().value()).isEqualTo(50);
        assertThat(table.cell(3, 0).value()).isZero();
    }

    @Test
    void a_small_total_is_hidden_with_everything_in_it() {
        var table = SmallNumberTable.of(new long[][] {{2, 1}, {0, 0}}, 5);

        assertThat(table.total().suppressed()).isTrue();
        assertThat(table.cell(0, 0).suppressed()).isTrue();
        assertThat(table.cell(0, 1).suppressed()).isTrue();
        assertThat(table.columnTotal(0).suppressed()).isTrue();
        assertThat(table.cell(1, 0).value()).isZero();
    }

    @Test
    void counts_at_or_over_the_threshold_are_shown_as_they_are() {
        var table = SmallNumberTable.of(new long[][] {{5, 6}, {7, 0}}, 5);

        assertThat(table.row(0)).extracting(ShownCount::value).containsExactly(5L, 6L);
        assertThat(table.rowTotal(1).value()).isEqualTo(7);
        assertThat(table.total().value()).isEqualTo(18);
    }
}
