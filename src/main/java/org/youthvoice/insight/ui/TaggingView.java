package org.youthvoice.insight.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.insight.CodeChoice;
import org.youthvoice.insight.QuoteService;
import org.youthvoice.insight.TaggingService;
import org.youthvoice.insight.TextItem;
import org.youthvoice.security.Roles;

/**
 * The tagging workbench: one stream of all free text, filtered; the officer codes one text at a time with keys (or
 * the code picker), accepts or rejects suggestions, tags a selection in bulk and makes quotes.
 */
@Route(value = "insight/tagging", layout = StaffLayout.class)
@Menu(title = "nav.tagging", order = 33)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class TaggingView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    /** {@code insight/tagging?untagged} (the start page's link) opens with only untagged texts. */
    static final String UNTAGGED = "untagged";

    private final TaggingService tagging;
    private final QuoteService quotes;
    private final List<CodeChoice> codes;
    private final Map<String, String> titles;
    private final TextFilterBar filters;
    private final Grid<TextItem> grid = new Grid<>();
    private final CurrentText current;
    private final MultiSelectComboBox<CodeChoice> quickCodes = new MultiSelectComboBox<>();
    private final ComboBox<CodeChoice> picker = new ComboBox<>();
    private final Paragraph quickLegend = new Paragraph();
    private long index = -1;

    TaggingView(TaggingService tagging, QuoteService quotes) {
        this.tagging = tagging;
        this.quotes = quotes;
        this.codes = tagging.codes();
        this.titles = codes.stream().collect(Collectors.toMap(CodeChoice::code, CodeChoice::title, (a, b) -> a));
        setWidthFull();
        filters = new TextFilterBar(tagging, codes, this::refresh);
        current = new CurrentText(titles, this::toggle, this::accept, this::reject, this::quote);

        quickCodes.setLabel(getTranslation("tagging.quick"));
        quickCodes.setHelperText(getTranslation("tagging.quick.help"));
        quickCodes.setItems(codes);
        quickCodes.setItemLabelGenerator(CodeChoice::label);
        quickCodes.setWidth("32rem");
        quickCodes.addValueChangeListener(e -> showQuickLegend());
        picker.setLabel(getTranslation("tagging.picker"));
        picker.setItems(codes);
        picker.setItemLabelGenerator(CodeChoice::label);
        picker.setWidth("32rem");
        var addOne = new Button(getTranslation("tagging.picker.add"), c -> {
            if (picker.getValue() != null && current.item() != null) {
                toggle(picker.getValue().code());
            }
        });
        var bulk = new Button(getTranslation("tagging.bulk"), c -> tagSelected());
        bulk.addThemeVariants(ButtonVariant.PRIMARY);
        var rules = new Button(getTranslation("tagging.rules"), c -> new RulesDialog(tagging, codes, this::refresh).open());
        var agreement = new Anchor("insight/agreement", getTranslation("tagging.agreement.link"));
        var tools = new HorizontalLayout(quickCodes, picker, addOne, bulk);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);

        ((com.vaadin.flow.component.grid.GridMultiSelectionModel<TextItem>) grid.setSelectionMode(
                Grid.SelectionMode.MULTI)).setSelectAllCheckboxVisibility(
                        com.vaadin.flow.component.grid.GridMultiSelectionModel.SelectAllCheckboxVisibility.VISIBLE);
        StaffLists.fit(grid);
        StaffLists.words(grid.addComponentColumn(this::textCell).setHeader(getTranslation("tagging.text")), 3);
        StaffLists.words(grid.addColumn(t -> where(t)).setHeader(getTranslation("tagging.where")), 1);
        StaffLists.narrow(grid.addColumn(TextItem::writtenOn).setHeader(getTranslation("tagging.date")));
        StaffLists.words(grid.addComponentColumn(t -> CurrentText.chips(t, titles, null))
                .setHeader(getTranslation("tagging.tags")), 1);
        StaffLists.words(grid.addComponentColumn(t -> CurrentText.suggestionButtons(t, titles, this::accept,
                this::reject)).setHeader(getTranslation("tagging.suggestions")), 1);
        grid.setItems(q -> tagging.list(filters.filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) tagging.count(filters.filter())).setIdentifierProvider(TextItem::id);
        grid.setPartNameGenerator(t -> current.item() != null && current.item().id() == t.id() ? "current-text" : null);
        grid.addItemClickListener(e -> show(tagging.indexOf(filters.filter(), e.getItem().id()), e.getItem()));
        grid.setAriaLabel(getTranslation("tagging.stream"));
        grid.setHeight("32rem");

        var work = new VerticalLayout(current, grid);
        work.setPadding(false);
        work.setWidthFull();
        registerKeys(work);
        var links = new HorizontalLayout(rules, agreement);
        links.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("tagging.heading")), new Paragraph(getTranslation("tagging.intro")), filters,
                tools, quickLegend, new Paragraph(getTranslation("tagging.keys")), links, work);
        move(1);
    }

    private void registerKeys(VerticalLayout work) {
        Shortcuts.addShortcutListener(work, () -> move(1), Key.KEY_J).listenOn(work);
        Shortcuts.addShortcutListener(work, () -> move(-1), Key.KEY_K).listenOn(work);
        Shortcuts.addShortcutListener(work, () -> firstSuggestion(true), Key.KEY_A).listenOn(work);
        Shortcuts.addShortcutListener(work, () -> firstSuggestion(false), Key.KEY_R).listenOn(work);
        Shortcuts.addShortcutListener(work, () -> {
            if (current.item() != null) {
                quote(current.item());
            }
        }, Key.KEY_Q).listenOn(work);
        Key[] digits = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5, Key.DIGIT_6, Key.DIGIT_7,
                Key.DIGIT_8, Key.DIGIT_9};
        for (int i = 0; i < digits.length; i++) {
            int n = i;
            Shortcuts.addShortcutListener(work, () -> quick(n), digits[i]).listenOn(work);
        }
    }

    /** The quick codes in plan order, so a number key always means the same code. */
    private List<CodeChoice> quick() {
        var chosen = quickCodes.getValue();
        return codes.stream().filter(chosen::contains).limit(9).toList();
    }

    private void showQuickLegend() {
        var list = quick();
        quickLegend.setText(list.isEmpty() ? getTranslation("tagging.quick.none") : java.util.stream.IntStream
                .range(0, list.size()).mapToObj(i -> (i + 1) + " " + list.get(i).label())
                .collect(Collectors.joining(" · ")));
    }

    private void quick(int n) {
        var list = quick();
        if (n < list.size() && current.item() != null) {
            toggle(list.get(n).code());
        }
    }

    private void move(int step) {
        long next = Math.max(0, index + step);
        var found = tagging.list(filters.filter(), (int) next, 1);
        if (!found.isEmpty()) {
            show(next, found.getFirst());
        } else if (index < 0) {
            current.show(null, 0);
        }
    }

    private void show(long at, TextItem item) {
        var previous = current.item();
        index = at;
        current.show(item, at + 1);
        if (previous != null) {
            grid.getDataProvider().refreshItem(previous);
        }
        grid.getDataProvider().refreshItem(item);
        grid.scrollToIndex((int) at);
    }

    private void reload() {
        var item = current.item();
        if (item != null) {
            tagging.item(item.id()).ifPresent(fresh -> current.show(fresh, index + 1));
        }
        grid.getDataProvider().refreshAll();
    }

    private void refresh() {
        index = -1;
        current.show(null, 0);
        grid.getDataProvider().refreshAll();
        move(1);
    }

    private void toggle(String code) {
        var item = current.item();
        if (item != null && Notifications.attempt(() -> tagging.toggle(item.id(), code))) {
            reload();
        }
    }

    private void accept(TextItem item, String code) {
        if (Notifications.attempt(() -> tagging.accept(item.id(), code))) {
            reloadItem(item);
        }
    }

    private void reject(TextItem item, String code) {
        if (Notifications.attempt(() -> tagging.reject(item.id(), code))) {
            reloadItem(item);
        }
    }

    private void reloadItem(TextItem item) {
        if (current.item() == null || current.item().id() != item.id()) {
            show(tagging.indexOf(filters.filter(), item.id()), item);
        }
        reload();
    }

    private void firstSuggestion(boolean accept) {
        var item = current.item();
        if (item != null && !item.suggestions().isEmpty()) {
            String code = item.suggestions().getFirst().code();
            if (accept) {
                accept(item, code);
            } else {
                reject(item, code);
            }
        }
    }

    private void quote(TextItem item) {
        if (item.text() != null) {
            new QuoteDialog(quotes, item).open();
        }
    }

    private void tagSelected() {
        var chosen = grid.getSelectedItems();
        if (picker.getValue() == null || chosen.isEmpty()) {
            Notifications.error(getTranslation("tagging.bulk.choose"));
            return;
        }
        String code = picker.getValue().code();
        if (Notifications.attempt(() -> Notifications.success(getTranslation("tagging.bulk.done",
                tagging.tagAll(chosen.stream().map(TextItem::id).toList(), code), code)))) {
            grid.deselectAll();
            reload();
        }
    }

    private com.vaadin.flow.component.Component textCell(TextItem t) {
        var text = new Span(t.text() == null ? getTranslation("tagging.text.deleted") : t.text());
        text.addClassName("tagging-text");
        if (!t.flagged()) {
            return text;
        }
        var flag = new Span(getTranslation("tagging.flagged"));
        flag.addClassName("flag-marker");
        var cell = new Span(flag, new Span(" "), text);
        return cell;
    }

    private String where(TextItem t) {
        Function<String, String> orEmpty = s -> s == null ? "" : s;
        return orEmpty.apply(t.placeTitle()) + (t.questionText() == null ? "" : ": " + t.questionText())
                + (t.groupName() == null ? "" : " (" + t.groupName() + ")");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tagging.heading");
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey(UNTAGGED)) {
            filters.untaggedOnly();
        }
    }
}
