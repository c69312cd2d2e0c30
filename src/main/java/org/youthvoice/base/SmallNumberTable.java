package org.youthvoice.base;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression for a table whose rows and columns both add up to totals that are shown too (for example
 * quarters by group, with a total per quarter, per group and for the year). Primary suppression hides every count from
 * 1 to the threshold minus one, totals included. Then, as long as any row or column (with its total) hides exactly one
 * number, which its total minus the shown numbers would give away, or shows its total while the numbers it hides add
 * up to a small group (1 to the threshold minus one, which the total minus the shown numbers gives), the next smallest
 * non-zero number of that line is hidden too; this repeats until no line does.
 */
public final class SmallNumberTable {

    private final List<List<ShownCount>> cells;
    private final List<ShownCount> rowTotals;
    private final List<ShownCount> columnTotals;
    private final ShownCount total;

    private SmallNumberTable(List<List<ShownCount>> cells, List<ShownCount> rowTotals, List<ShownCount> columnTotals,
            ShownCount total) {
        this.cells = cells;
        this.rowTotals = rowTotals;
        this.columnTotals = columnTotals;
        this.total = total;
    }

    /** {@code counts[row][column]}; every row has the same number of columns. */
    static SmallNumberTable of(long[][] counts, int threshold) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        // The table with its totals: row totals in the last column, column totals in the last row.
        long[][] full = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                full[r][c] = counts[r][c];
                full[r][columns] += counts[r][c];
                full[rows][c] += counts[r][c];
                full[rows][columns] += counts[r][c];
            }
        }
        boolean[][] hidden = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                hidden[r][c] = full[r][c] > 0 && full[r][c] < threshold;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r <= rows; r++) {
                changed |= protect(full, hidden, r, -1, columns + 1, threshold);
            }
            for (int c = 0; c <= columns; c++) {
                changed |= protect(full, hidden, -1, c, rows + 1, threshold);
            }
        }
        var shownCells = new ArrayList<List<ShownCount>>(rows);
        var shownRowTotals = new ArrayList<ShownCount>(rows);
        for (int r = 0; r < rows; r++) {
            var row = new ArrayList<ShownCount>(columns);
            for (int c = 0; c < columns; c++) {
                row.add(shown(full[r][c], hidden[r][c], threshold));
            }
            shownCells.add(List.copyOf(row));
            shownRowTotals.add(shown(full[r][columns], hidden[r][columns], threshold));
        }
        var shownColumnTotals = new ArrayList<ShownCount>(columns);
        for (int c = 0; c < columns; c++) {
            shownColumnTotals.add(shown(full[rows][c], hidden[rows][c], threshold));
        }
        return new SmallNumberTable(List.copyOf(shownCells), List.copyOf(shownRowTotals),
                List.copyOf(shownColumnTotals), shown(full[rows][columns], hidden[rows][columns], threshold));
    }

    /**
     * One line (a row when {@code row >= 0}, else the column {@code column}; its last place is its total); true when
     * it hid one more number.
     */
    private static boolean protect(long[][] full, boolean[][] hidden, int row, int column, int length, int threshold) {
        int hiddenCount = 0;
        long hiddenSum = 0;
        int smallestCell = -1;
        int smallest = -1;
        for (int i = 0; i < length; i++) {
            int r = row >= 0 ? row : i;
            int c = row >= 0 ? i : column;
            boolean total = i == length - 1;
            if (hidden[r][c]) {
                hiddenCount++;
                if (!total) {
                    hiddenSum += full[r][c];
                }
            } else if (full[r][c] > 0) {
                if (smallest < 0 || full[r][c] < at(full, row, column, smallest)) {
                    smallest = i;
                }
                if (!total && (smallestCell < 0 || full[r][c] < at(full, row, column, smallestCell))) {
                    smallestCell = i;
                }
            }
        }
        boolean totalShown = !(row >= 0 ? hidden[row][length - 1] : hidden[length - 1][column]);
        int next;
        if (hiddenCount == 1 && smallest >= 0) {
            next = smallest;
        } else if (totalShown && hiddenSum > 0 && hiddenSum < threshold && smallestCell >= 0) {
            next = smallestCell;
        } else {
            return false;
        }
        hidden[row >= 0 ? row : next][row >= 0 ? next : column] = true;
        return true;
    }

    private static long at(long[][] full, int row, int column, int i) {
        return row >= 0 ? full[row][i] : full[i][column];
    }

    private static ShownCount shown(long count, boolean hidden, int threshold) {
        return hidden ? new ShownCount(null, threshold) : new ShownCount(count, threshold);
    }

    public ShownCount cell(int row, int column) {
        return cells.get(row).get(column);
    }

    public List<ShownCount> row(int row) {
        return cells.get(row);
    }

    public ShownCount rowTotal(int row) {
        return rowTotals.get(row);
    }

    public ShownCount columnTotal(int column) {
        return columnTotals.get(column);
    }

    public List<ShownCount> columnTotals() {
        return columnTotals;
    }

    public ShownCount total() {
        return total;
    }
}
