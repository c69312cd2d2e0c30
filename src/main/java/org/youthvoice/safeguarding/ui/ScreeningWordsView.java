package org.youthvoice.safeguarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.RowActions;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.base.ui.StaffLayout;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.youthvoice.safeguarding.Category;
import org.youthvoice.safeguarding.ExampleView;
import org.youthvoice.safeguarding.Match;
import org.youthvoice.safeguarding.PhraseView;
import org.youthvoice.safeguarding.ScreeningLists;
import org.youthvoice.safeguarding.Severity;
import org.youthvoice.security.Roles;

/** The words screening looks for: add what young people really write, switch off what causes noise, try it out. */
@Route(value = "safeguarding/words", layout = StaffLayout.class)
@Menu(title = "nav.screeningWords", order = 40)
@RolesAllowed({Roles.OFFICER, Roles.SAFEGUARDING_LEAD, Roles.ADMIN})
class ScreeningWordsView extends VerticalLayout implements HasDynamicTitle {

    private final ScreeningLists lists;
    private final Grid<PhraseView> grid = new Grid<>();
    private final ComboBox<Category> filter = new ComboBox<>();

    ScreeningWordsView(ScreeningLists lists) {
        this.lists = lists;
        setWidthFull();
        add(new H2(getTranslation("screening.heading")), new Paragraph(getTranslation("screening.intro")));

        var tryText = new TextField(getTranslation("screening.try"));
        tryText.setWidthFull();
        var tryResult = new Div();
        tryResult.getElement().setAttribute("role", "status");
        var tryButton = new Button(getTranslation("screening.try.button"), c -> {
            tryResult.removeAll();
            var result = lists.tryOut(tryText.getValue());
            if (result.matches().isEmpty()) {
                tryResult.add(new Paragraph(getTranslation("screening.try.nothing")));
            } else {
                var found = new UnorderedList();
                for (Match m : result.matches()) {
                    found.add(new ListItem(describe(result.text(), m)));
                }
                tryResult.add(found);
            }
            if (!result.setAside().isEmpty()) {
                tryResult.add(new Paragraph(getTranslation("screening.try.setAside", result.setAside().size())));
                var setAside = new UnorderedList();
                for (Match m : result.setAside()) {
                    setAside.add(new ListItem(describe(result.text(), m) + " " + getTranslation(
                            m.adjustment() == null ? "screening.try.setAside.plain" : m.adjustment().messageKey())));
                }
                tryResult.add(setAside);
            }
            lists.readAs(tryText.getValue()).ifPresent(
                    readAs -> tryResult.add(new Paragraph(getTranslation("screening.try.readAs", readAs))));
            var closest = lists.closestExamples(tryText.getValue(), 3);
            if (!closest.isEmpty()) {
                tryResult.add(new Paragraph(getTranslation("screening.try.closest")));
                var list = new UnorderedList();
                for (var close : closest) {
                    list.add(new ListItem(getTranslation("screening.try.closest.item", close.example().text(), kind(
                            close.example().category(), close.example().severity()), close.percent())));
                }
                tryResult.add(list);
            }
        });
        add(new H3(getTranslation("screening.try.heading")), new HorizontalLayout(tryText, tryButton), tryResult);

        var category = new ComboBox<Category>(getTranslation("safeguarding.categories"));
        category.setItems(Category.inUseValues());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        var severity = new ComboBox<Severity>(getTranslation("safeguarding.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        severity.setValue(Severity.CONCERN);
        var pattern = new TextField(getTranslation("screening.pattern"));
        pattern.setHelperText(getTranslation("screening.pattern.help"));
        pattern.setWidth("24rem");
        var addButton = new Button(getTranslation("screening.add"), c -> {
            if (category.getValue() == null) {
                category.setInvalid(true);
                category.setErrorMessage(getTranslation("screening.error.category"));
                return;
            }
            try {
                lists.add(category.getValue(), severity.getValue(), pattern.getValue());
                Notifications.success(getTranslation("screening.added"));
                pattern.clear();
                refresh();
            } catch (UserFacingException e) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        addButton.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new HorizontalLayout(category, severity, pattern, addButton);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        add(new H3(getTranslation("screening.add.heading")), form);

        filter.setLabel(getTranslation("screening.filter"));
        filter.setItems(Category.inUseValues());
        filter.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> refresh());
        StaffLists.fit(grid);
        StaffLists.words(grid.addColumn(p -> getTranslation(p.category().messageKey()))
                .setHeader(getTranslation("safeguarding.categories")), 1);
        StaffLists.narrow(grid.addColumn(p -> getTranslation(p.severity().messageKey()))
                .setHeader(getTranslation("safeguarding.severity")));
        StaffLists.words(grid.addColumn(PhraseView::pattern).setHeader(getTranslation("screening.pattern")), 3);
        StaffLists.words(grid.addColumn(p -> getTranslation(p.starter() ? "screening.source.starter"
                : "screening.source.officer", p.addedBy())).setHeader(getTranslation("screening.source")), 1);
        RowActions.of(grid).button(p -> getTranslation(p.active() ? "screening.off" : "screening.on"),
                p -> getTranslation(p.active() ? "screening.off.for" : "screening.on.for", p.pattern()), p -> {
                    lists.setActive(p.id(), !p.active());
                    refresh();
                }).column(getTranslation("account.actions"));
        grid.setAriaLabel(getTranslation("screening.heading"));
        add(new H3(getTranslation("screening.list")), filter, grid);
        addExamples();
        refresh();
    }

    private final Grid<ExampleView> examples = new Grid<>();
    private final ComboBox<String> exampleFilter = new ComboBox<>();

    /** Example statements for screening by meaning: add, switch off, filter; the same pattern as the phrases. */
    private void addExamples() {
        add(new H3(getTranslation("screening.examples.heading")),
                new Paragraph(getTranslation("screening.examples.intro")));
        var kinds = new ArrayList<String>();
        Category.inUseValues().forEach(c -> kinds.add(c.name()));
        kinds.add(HARMLESS);
        var kind = new ComboBox<String>(getTranslation("screening.examples.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(this::kindLabel);
        var severity = new ComboBox<Severity>(getTranslation("safeguarding.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        severity.setValue(Severity.CONCERN);
        kind.addValueChangeListener(e -> severity.setEnabled(!HARMLESS.equals(e.getValue())));
        var text = new TextField(getTranslation("screening.examples.text"));
        text.setHelperText(getTranslation("screening.examples.text.help"));
        text.setWidth("28rem");
        text.setMaxLength(300);
        var addButton = new Button(getTranslation("screening.examples.add"), c -> {
            if (kind.getValue() == null) {
                kind.setInvalid(true);
                kind.setErrorMessage(getTranslation("screening.error.category"));
                return;
            }
            boolean harmless = HARMLESS.equals(kind.getValue());
            try {
                lists.addExample(harmless ? null : Category.valueOf(kind.getValue()), harmless ? null
                        : severity.getValue(), text.getValue());
                Notifications.success(getTranslation("screening.examples.added"));
                text.clear();
                refresh();
            } catch (UserFacingException e) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        addButton.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new HorizontalLayout(kind, severity, text, addButton);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);

        exampleFilter.setLabel(getTranslation("screening.filter"));
        exampleFilter.setItems(kinds);
        exampleFilter.setItemLabelGenerator(this::kindLabel);
        exampleFilter.setClearButtonVisible(true);
        exampleFilter.addValueChangeListener(e -> refresh());
        StaffLists.fit(examples);
        StaffLists.words(examples.addColumn(e -> kind(e.category(), e.severity()))
                .setHeader(getTranslation("screening.examples.kind")), 1);
        StaffLists.words(examples.addColumn(ExampleView::text).setHeader(getTranslation("screening.examples.text")),
                3);
        StaffLists.words(examples.addColumn(e -> getTranslation(e.starter() ? "screening.source.starter"
                : "screening.source.officer", e.addedBy())).setHeader(getTranslation("screening.source")), 1);
        RowActions.of(examples).button(e -> getTranslation(e.active() ? "screening.off" : "screening.on"),
                e -> getTranslation(e.active() ? "screening.off.for" : "screening.on.for", e.text()), e -> {
                    lists.setExampleActive(e.id(), !e.active());
                    refresh();
                }).column(getTranslation("account.actions"));
        examples.setAriaLabel(getTranslation("screening.examples.heading"));
        add(new H3(getTranslation("screening.examples.add.heading")), form, exampleFilter, examples);
    }

    private static final String HARMLESS = "HARMLESS";

    private String kindLabel(String kind) {
        return HARMLESS.equals(kind) ? getTranslation("screening.examples.harmless")
                : getTranslation(Category.valueOf(kind).messageKey());
    }

    private String kind(@Nullable Category category, @Nullable Severity severity) {
        return category == null || severity == null ? getTranslation("screening.examples.harmless")
                : getTranslation(category.messageKey()) + ", " + getTranslation(severity.messageKey());
    }

    private String describe(String text, Match m) {
        if (m.byMeaning()) {
            return getTranslation("screening.try.foundByMeaning", getTranslation(m.severity().messageKey()),
                    getTranslation(m.category().messageKey()), m.example(), m.similarityPercent());
        }
        return getTranslation("screening.try.found", getTranslation(m.severity().messageKey()),
                getTranslation(m.category().messageKey()), m.in(text), m.phrase());
    }

    private void refresh() {
        StaffLists.show(grid, lists.phrases(filter.getValue()));
        var only = exampleFilter.getValue();
        StaffLists.show(examples, lists.examples(only == null || HARMLESS.equals(only) ? null
                : Category.valueOf(only), HARMLESS.equals(only)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("screening.heading");
    }
}
