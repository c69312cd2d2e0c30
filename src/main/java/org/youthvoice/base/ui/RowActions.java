package org.youthvoice.base.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializablePredicate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The buttons and links at the end of a staff list's row, drawn in the browser from one template.
 *
 * <p>Why not a component per row: when a field is edited and then a row's button is clicked, the field's change goes
 * to the server first (on blur, at the press of the mouse button) and the list is often refreshed in reply. A list of
 * components then swaps every button for a new one, and the click, which arrives for the old button, is lost: the
 * officer had to click twice. A template keeps the same button on the page through a refresh, and the row keeps its
 * key (see {@link StaffLists#show}), so the first click always acts. The column is frozen to the row's end and its
 * buttons wrap, so it never needs sideways scrolling.
 */
public final class RowActions<T> {

    private final Grid<T> grid;
    private final List<Part<T>> parts = new ArrayList<>();
    private boolean stacked;

    private RowActions(Grid<T> grid) {
        this.grid = grid;
    }

    /** Starts the actions of a list's rows. */
    public static <T> RowActions<T> of(Grid<T> grid) {
        return new RowActions<>(grid);
    }

    /** A button that does something with the row; its accessible name says which row (e.g. "Triage feedback 7"). */
    public RowActions<T> button(String label, SerializableFunction<T, String> name, SerializableConsumer<T> action) {
        return button(row -> label, name, action);
    }

    /** A button whose words depend on the row (Close or Reopen). */
    public RowActions<T> button(SerializableFunction<T, String> label, SerializableFunction<T, String> name,
            SerializableConsumer<T> action) {
        parts.add(new Part<>(label, name, action, null, false));
        return this;
    }

    /** A link (for instance to a page that opens in a new tab); a button-sized target. */
    public RowActions<T> link(SerializableFunction<T, String> label, SerializableFunction<T, String> name,
            SerializableFunction<T, String> href, boolean newTab) {
        parts.add(new Part<>(label, name, null, href, newTab));
        return this;
    }

    /** The last button or link shows only on rows where this holds. */
    public RowActions<T> shownWhen(SerializablePredicate<T> shown) {
        last().shown = shown;
        return this;
    }

    /** The last button can be pressed only on rows where this holds. */
    public RowActions<T> enabledWhen(SerializablePredicate<T> enabled) {
        last().enabled = enabled;
        return this;
    }

    /** The last button's Lumo theme on rows where this holds ("primary", "tertiary", "error"). */
    public RowActions<T> themeWhen(String theme, SerializablePredicate<T> when) {
        last().theme = theme;
        last().themed = when;
        return this;
    }

    /** The last button's Lumo theme on every row. */
    public RowActions<T> theme(String theme) {
        return themeWhen(theme, row -> true);
    }

    /** The buttons one above the other, so that the column is as narrow as its widest button. */
    public RowActions<T> stacked() {
        stacked = true;
        return this;
    }

    /** Adds the column, at the row's end, headed as given. */
    public Grid.Column<T> column(String header) {
        var template = new StringBuilder(stacked ? "<div class=\"row-actions stacked\">"
                : "<div class=\"row-actions\">");
        for (int i = 0; i < parts.size(); i++) {
            var part = parts.get(i);
            String p = "a" + i;
            if (part.href != null) {
                template.append("<a class=\"target-link\" href=\"${item.").append(p).append("h}\"")
                        .append(part.newTab ? " target=\"_blank\" rel=\"noopener\" router-ignore" : "")
                        .append(" aria-label=\"${item.").append(p).append("n}\" ?hidden=\"${!item.").append(p)
                        .append("s}\">${item.").append(p).append("l}</a>");
            } else {
                template.append("<vaadin-button theme=\"${item.").append(p).append("t}\" aria-label=\"${item.")
                        .append(p).append("n}\" ?hidden=\"${!item.").append(p).append("s}\" ?disabled=\"${!item.")
                        .append(p).append("e}\" @click=\"${").append(p).append("}\">${item.").append(p)
                        .append("l}</vaadin-button>");
            }
        }
        template.append("</div>");
        var renderer = LitRenderer.<T>of(template.toString());
        for (int i = 0; i < parts.size(); i++) {
            var part = parts.get(i);
            String p = "a" + i;
            renderer.withProperty(p + "l", part.label::apply);
            renderer.withProperty(p + "n", part.name::apply);
            renderer.withProperty(p + "s", row -> part.shown.test(row));
            if (part.href != null) {
                renderer.withProperty(p + "h", part.href::apply);
            } else {
                renderer.withProperty(p + "e", row -> part.enabled.test(row));
                renderer.withProperty(p + "t", row -> part.themed.test(row) ? part.theme : "");
                var action = java.util.Objects.requireNonNull(part.action);
                renderer.withFunction(p, row -> action.accept(row));
            }
        }
        return grid.addColumn(renderer).setHeader(header).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true)
                .setTextAlign(ColumnTextAlign.START);
    }

    private Part<T> last() {
        if (parts.isEmpty()) {
            throw new IllegalStateException("add a button first");
        }
        return parts.getLast();
    }

    private static final class Part<T> implements java.io.Serializable {
        final SerializableFunction<T, String> label;
        final SerializableFunction<T, String> name;
        final @Nullable SerializableConsumer<T> action;
        final @Nullable SerializableFunction<T, String> href;
        final boolean newTab;
        SerializablePredicate<T> shown = row -> true;
        SerializablePredicate<T> enabled = row -> true;
        SerializablePredicate<T> themed = row -> false;
        String theme = "";

        Part(SerializableFunction<T, String> label, SerializableFunction<T, String> name,
                @Nullable SerializableConsumer<T> action, @Nullable SerializableFunction<T, String> href,
                boolean newTab) {
            this.label = label;
            this.name = name;
            this.action = action;
            this.href = href;
            this.newTab = newTab;
        }
    }
}
