package org.youthvoice.help.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.ui.Confirmations;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.RowActions;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.help.internal.HelpLineService;
import org.youthvoice.help.internal.HelpLineView;
import org.youthvoice.security.Roles;

/** Administrators keep the "get help now" list right for their area. */
@Route(value = "admin/help-lines", layout = StaffLayout.class)
@Menu(title = "nav.helpLines", order = 85)
@RolesAllowed(Roles.ADMIN)
class HelpLinesAdminView extends VerticalLayout implements HasDynamicTitle {

    private final HelpLineService helpLines;
    private final Grid<HelpLineView> grid = new Grid<>();

    HelpLinesAdminView(HelpLineService helpLines) {
        this.helpLines = helpLines;
        StaffLists.fit(grid);
        StaffLists.words(grid.addColumn(HelpLineView::name).setHeader(getTranslation("helpLines.name")), 1);
        StaffLists.narrow(grid.addColumn(h -> h.phone() == null ? "" : h.phone())
                .setHeader(getTranslation("helpLines.phone")));
        StaffLists.words(grid.addColumn(h -> h.url() == null ? "" : h.url()).setHeader(getTranslation("helpLines.url")),
                1);
        StaffLists.words(grid.addColumn(HelpLineView::description).setHeader(getTranslation("helpLines.description")),
                2);
        RowActions.of(grid)
                .button(getTranslation("action.edit"), h -> getTranslation("helpLines.edit.for", h.name()), this::open)
                .button(getTranslation("action.delete"), h -> getTranslation("helpLines.delete.for", h.name()),
                        h -> Confirmations.ask(getTranslation("helpLines.delete.confirm.title", h.name()),
                                getTranslation("helpLines.delete.confirm.text"), getTranslation("action.delete"),
                                () -> run(() -> helpLines.delete(h.id()))))
                .column(getTranslation("account.actions"));
        grid.setAllRowsVisible(true);
        var add = new Button(getTranslation("helpLines.add"), c -> open(null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H2(getTranslation("helpLines.heading")), new Paragraph(getTranslation("helpLines.intro")), add, grid);
        refresh();
    }

    private void open(@Nullable HelpLineView line) {
        var dialog = new Dialog(getTranslation(line == null ? "helpLines.add" : "action.edit"));
        var name = new TextField(getTranslation("helpLines.name"));
        var phone = new TextField(getTranslation("helpLines.phone"));
        var url = new TextField(getTranslation("helpLines.url"));
        url.setHelperText(getTranslation("helpLines.url.help"));
        var description = new TextArea(getTranslation("helpLines.description"));
        description.setMaxLength(500);
        if (line != null) {
            name.setValue(line.name());
            phone.setValue(line.phone() == null ? "" : line.phone());
            url.setValue(line.url() == null ? "" : line.url());
            description.setValue(line.description());
        }
        var save = new Button(getTranslation("action.save"), c -> run(() -> {
            helpLines.save(line == null ? null : line.id(), name.getValue(), phone.getValue(), url.getValue(),
                    description.getValue());
            dialog.close();
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new FormLayout(name, phone, url, description));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void run(Runnable change) {
        if (Notifications.attempt(change)) {
            Notifications.success(getTranslation("staff.saved"));
            refresh();
        }
    }

    private void refresh() {
        StaffLists.show(grid, helpLines.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("helpLines.heading");
    }
}
