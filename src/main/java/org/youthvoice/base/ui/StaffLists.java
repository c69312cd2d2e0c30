package org.youthvoice.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.Collection;

/**
 * Staff lists that fit an officer's 1366 px screen with the side menu open: words wrap instead of being cut, the
 * columns share the width, nothing scrolls sideways, and the actions stay at the row's end (see {@link RowActions}).
 */
public final class StaffLists {

    private StaffLists() {
    }

    /** Wraps every cell's words and lets the list take the width it is given, never more. */
    public static <T> Grid<T> fit(Grid<T> grid) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("staff-list");
        grid.setWidthFull();
        return grid;
    }

    /** A column of words (a comment, a question): it takes the width left over and wraps, never cuts. */
    public static <T> Grid.Column<T> words(Grid.Column<T> column, int share) {
        return column.setAutoWidth(false).setWidth("6rem").setFlexGrow(share);
    }

    /** A column of a few words (a status, a place) that wraps within a set width rather than widen the list. */
    public static <T> Grid.Column<T> fixed(Grid.Column<T> column, double rem) {
        return column.setAutoWidth(false).setWidth(rem + "rem").setFlexGrow(0);
    }

    /**
     * A column of a few short lines (a channel and its group), each line left out when empty: one column instead of
     * several keeps the width for the words that matter.
     */
    @SafeVarargs
    public static <T> Grid.Column<T> lines(Grid<T> grid, String header, SerializableFunction<T, String>... lines) {
        var template = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            template.append("<div ?hidden=\"${!item.line").append(i).append("}\">${item.line").append(i)
                    .append("}</div>");
        }
        var renderer = LitRenderer.<T>of(template.toString());
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i];
            renderer.withProperty("line" + i, row -> {
                String text = line.apply(row);
                return text == null ? "" : text;
            });
        }
        return grid.addColumn(renderer).setHeader(header);
    }

    /** A short column (a date, a status): as wide as its widest cell and no wider. */
    public static <T> Grid.Column<T> narrow(Grid.Column<T> column) {
        return column.setAutoWidth(true).setFlexGrow(0);
    }

    /**
     * Shows these items. The list keeps its data provider and only refreshes, so a row that has not changed keeps
     * its place and its buttons: a click that started before the refresh still acts (a new provider would forget
     * the rows, and the click with them).
     */
    @SuppressWarnings("unchecked")
    public static <T> void show(Grid<T> grid, Collection<? extends T> items) {
        if (grid.getDataProvider() instanceof ListDataProvider<?> list && list.getItems() instanceof ArrayList<?> held) {
            ((ArrayList<T>) held).clear();
            ((ArrayList<T>) held).addAll(items);
            list.refreshAll();
        } else {
            grid.setItems(new ArrayList<>(items));
        }
    }
}
