package org.youthvoice.base;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression for a table whose rows and columns both add up to totals that are shown too (for example
 * quarters by group, with a total per quarter, per group and for the year). Primary suppression hides every count from
 * 1 to the threshold minus one, totals included. Then, as long as any row or column (with its total) hides exactly one
 * number, which its total minus the shown numbers would give away, the next smallest non-zero number of that line is
 * hidden too; this repeats until no line hides exactly one.
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
    public static SmallNumberTable of(long[][] counts, int threshold) {
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
                changed |= protect(full, hidden, r, -1, columns + 1);
            }
            for (int c = 0; c <= columns; c++) {
                changed |= protect(full, hidden, -1, c, rows + 1);
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

    /** One line (a row when {@code row >= 0}, else the column {@code column}); true when it hid one more number. */
    private static boolean protect(long[][] full, boolean[][] hidden, int row, int column, int length) {
        int hiddenCount = 0;
        int smallest = -1;
        for (int i = 0; i < length; i++) {
            int r = row >= 0 ? row : i;
            int c = row >= 0 ? i : column;
            if (hidden[r][c]) {
                hiddenCount++;
            } else if (full[r][c] > 0) {
                int sr = row >= 0 ? row : smallest;
                int sc = row >= 0 ? smallest : column;
                if (smallest < 0 || full[r][c] < full[sr][sc]) {
                    smallest = i;
                }
            }
        }
        if (hiddenCount != 1 || smallest < 0) {
            return false;
        }
        hidden[row >= 0 ? row : smallest][row >= 0 ? smallest : column] = true;
        return true;
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
