package org.youthvoice.actions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.youthvoice.actions.ActionService;
import org.youthvoice.actions.ActionStatus;
import org.youthvoice.actions.ActionView;
import org.youthvoice.actions.NewAction;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.framework.FrameworkSummary;
import org.youthvoice.framework.NodeKind;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;

/** Officers write what young people said and what the council does about it, link priorities, and publish. */
@Route(value = "actions", layout = StaffLayout.class)
@Menu(title = "nav.actions", order = 35)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class ActionsView extends VerticalLayout implements HasDynamicTitle {

    private final ActionService actions;
    private final Grid<ActionView> grid = new Grid<>();
    private final Map<String, String> priorities = new LinkedHashMap<>();

    ActionsView(ActionService actions, FrameworkService frameworks) {
        this.actions = actions;
        setWidthFull();
        for (FrameworkSummary f : frameworks.list()) {
            if (!f.retired()) {
                frameworks.tree(f.code()).ifPresent(tree -> tree.nodes().stream()
                        .filter(n -> n.kind() != NodeKind.OUTCOME && !n.removed())
                        .forEach(n -> priorities.put(n.code(), n.title())));
            }
        }
        var add = new Button(getTranslation("actions.new"), c -> openNew());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        grid.addColumn(ActionView::youSaid).setHeader(getTranslation("actions.youSaid")).setFlexGrow(1);
        grid.addColumn(ActionView::weDo).setHeader(getTranslation("actions.weDo")).setFlexGrow(1);
        grid.addColumn(a -> getTranslation("actions.status." + a.status().name()))
                .setHeader(getTranslation("actions.status")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.published() ? "actions.published" : "actions.draft"))
                .setHeader(getTranslation("actions.shown")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            var publish = new Button(getTranslation(a.published() ? "actions.unpublish" : "actions.publish"),
                    c -> run(() -> actions.setPublished(a.id(), !a.published())));
            publish.setAriaLabel(getTranslation(a.published() ? "actions.unpublish.for" : "actions.publish.for", a.id()));
            var words = new Button(getTranslation("actions.words"), c -> openWords(a));
            words.setAriaLabel(getTranslation("actions.words.for", a.id()));
            return new HorizontalLayout(publish, words);
        }).setHeader(getTranslation("account.actions")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("actions.heading"));
        add(new H2(getTranslation("actions.heading")), new Paragraph(getTranslation("actions.intro")), add, grid);
        refresh();
    }

    private void openNew() {
        var dialog = new Dialog(getTranslation("actions.new"));
        var youSaid = new TextArea(getTranslation("actions.youSaid"));
        youSaid.setHelperText(getTranslation("actions.youSaid.help"));
        youSaid.setMaxLength(1000);
        var weDo = new TextArea(getTranslation("actions.weDo"));
        weDo.setHelperText(getTranslation("actions.weDo.help"));
        weDo.setMaxLength(1000);
        var status = new ComboBox<ActionStatus>(getTranslation("actions.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("actions.status." + s.name()));
        status.setValue(ActionStatus.PLANNED);
        var owner = new TextField(getTranslation("actions.owner"));
        var due = new DatePicker(getTranslation("actions.due"));
        var topics = new MultiSelectComboBox<String>(getTranslation("actions.priorities"));
        topics.setItems(priorities.keySet());
        topics.setItemLabelGenerator(code -> priorities.get(code) + " (" + code + ")");
        var save = new Button(getTranslation("action.save"), c -> run(() -> {
            actions.create(new NewAction(youSaid.getValue(), weDo.getValue(), status.getValue(), owner.getValue(),
                    due.getValue(), topics.getValue()));
            dialog.close();
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new FormLayout(youSaid, weDo, status, owner, due, topics));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void openWords(ActionView action) {
        var dialog = new Dialog(getTranslation("actions.words.for", action.id()));
        var band = new ComboBox<AgeBand>(getTranslation("feedback.channel.ageBand"));
        band.setItems(AgeBand.values());
        band.setItemLabelGenerator(AgeBand::label);
        band.setValue(AgeBand.AGE_8_11);
        var youSaid = new TextArea(getTranslation("actions.youSaid"));
        var weDo = new TextArea(getTranslation("actions.weDo"));
        var save = new Button(getTranslation("action.save"), c -> run(() -> {
            actions.setWordsFor(action.id(), band.getValue(), youSaid.getValue(), weDo.getValue());
            dialog.close();
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph(getTranslation("actions.words.explain")), new H3(action.youSaid()),
                new FormLayout(band, youSaid, weDo));
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
        grid.setItems(new ArrayList<>(actions.list()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actions.heading");
    }
}
