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
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.safeguarding.Category;
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
                    found.add(new ListItem(getTranslation("screening.try.found", getTranslation(m.severity().messageKey()),
                            getTranslation(m.category().messageKey()), m.in(result.text()), m.phrase())));
                }
                tryResult.add(found);
            }
            if (!result.setAside().isEmpty()) {
                tryResult.add(new Paragraph(getTranslation("screening.try.setAside", result.setAside().size())));
            }
        });
        add(new H3(getTranslation("screening.try.heading")), new HorizontalLayout(tryText, tryButton), tryResult);

        var category = new ComboBox<Category>(getTranslation("safeguarding.categories"));
        category.setItems(Category.values());
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
        filter.setItems(Category.values());
        filter.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> refresh());
        grid.addColumn(p -> getTranslation(p.category().messageKey())).setHeader(getTranslation("safeguarding.categories"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.severity().messageKey())).setHeader(getTranslation("safeguarding.severity"))
                .setAutoWidth(true);
        grid.addColumn(PhraseView::pattern).setHeader(getTranslation("screening.pattern")).setFlexGrow(1);
        grid.addColumn(p -> getTranslation(p.starter() ? "screening.source.starter" : "screening.source.officer",
                p.addedBy())).setHeader(getTranslation("screening.source")).setAutoWidth(true);
        grid.addComponentColumn(p -> {
            var toggle = new Button(getTranslation(p.active() ? "screening.off" : "screening.on"), c -> {
                lists.setActive(p.id(), !p.active());
                refresh();
            });
            toggle.setAriaLabel(getTranslation(p.active() ? "screening.off.for" : "screening.on.for", p.pattern()));
            return toggle;
        }).setHeader(getTranslation("account.actions")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("screening.heading"));
        add(new H3(getTranslation("screening.list")), filter, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(lists.phrases(filter.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("screening.heading");
    }
}
