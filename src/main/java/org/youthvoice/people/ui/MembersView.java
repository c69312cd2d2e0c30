package org.youthvoice.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.RowActions;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.people.AccountService;
import org.youthvoice.people.AccountSummary;
import org.youthvoice.people.AgeBand;
import org.youthvoice.people.IssuedSecret;
import org.youthvoice.people.NewMember;
import org.youthvoice.people.SecretKind;
import org.youthvoice.security.Roles;

/**
 * Officers add young members and hand them a secret code (no e-mail needed), and give them a new one when they
 * forget it.
 */
@Route(value = "members", layout = StaffLayout.class)
@Menu(title = "nav.members", order = 20)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class MembersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<AccountSummary> grid = new Grid<>();

    MembersView(AccountService accounts) {
        this.accounts = accounts;
        var add = new Button(getTranslation("members.add"), click -> openCreate());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        StaffLists.fit(grid);
        StaffLists.words(grid.addColumn(AccountSummary::username).setHeader(getTranslation("account.username")), 1);
        StaffLists.words(grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("account.displayName")),
                1);
        StaffLists.narrow(grid.addColumn(a -> a.ageBand() == null ? "" : a.ageBand().label())
                .setHeader(getTranslation("members.ageBand")));
        StaffLists.narrow(grid.addColumn(a -> getTranslation(!a.enabled() ? "account.status.off" : a.locked()
                ? "account.status.locked" : "account.status.on")).setHeader(getTranslation("account.status")));
        RowActions.of(grid)
                .button(getTranslation("members.newCode"), m -> getTranslation("members.newCode.for", m.username()),
                        this::openReset)
                .button(m -> getTranslation(m.enabled() ? "staff.disable" : "staff.enable"),
                        m -> getTranslation(m.enabled() ? "staff.disable.for" : "staff.enable.for", m.username()),
                        m -> run(() -> {
                            accounts.setMemberEnabled(m.id(), !m.enabled());
                            Notifications.success(getTranslation("staff.saved"));
                        }))
                .column(getTranslation("account.actions"));
        var search = new TextField(getTranslation("members.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        grid.setItems(q -> accounts.listMembers(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q))
                .stream(), q -> (int) accounts.countMembers(search.getValue()));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var bar = new HorizontalLayout(add, search);
        bar.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("members.heading")), new Paragraph(getTranslation("members.intro")), bar, grid);
        setSizeFull();
    }

    private RadioButtonGroup<SecretKind> secretKind() {
        var kind = new RadioButtonGroup<SecretKind>(getTranslation("members.secretKind"));
        kind.setItems(SecretKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("members.secretKind." + k.name()));
        kind.setValue(SecretKind.PASSPHRASE);
        return kind;
    }

    private void openCreate() {
        var dialog = new Dialog(getTranslation("members.add"));
        var username = new TextField(getTranslation("account.username"));
        username.setHelperText(getTranslation("members.username.help"));
        username.setRequired(true);
        var name = new TextField(getTranslation("members.displayName"));
        name.setHelperText(getTranslation("members.displayName.help"));
        name.setRequired(true);
        var band = new ComboBox<AgeBand>(getTranslation("members.ageBand"));
        band.setItems(AgeBand.values());
        band.setItemLabelGenerator(AgeBand::label);
        var kind = secretKind();
        var save = new Button(getTranslation("action.save"), c -> run(() -> {
            var issued = accounts.createMember(new NewMember(username.getValue(), name.getValue(), band.getValue(),
                    kind.getValue()));
            dialog.close();
            showSecret(issued);
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new FormLayout(username, name, band, kind));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void openReset(AccountSummary member) {
        var dialog = new Dialog(getTranslation("members.newCode.for", member.username()));
        var kind = secretKind();
        var save = new Button(getTranslation("members.newCode"), c -> run(() -> {
            var issued = accounts.resetMemberSecret(member.id(), kind.getValue());
            dialog.close();
            showSecret(issued);
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph(getTranslation("members.newCode.explain")), kind);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void showSecret(IssuedSecret issued) {
        var dialog = new Dialog(getTranslation("members.secret.title"));
        var secret = new Span(issued.secret());
        secret.addClassName("issued-secret");
        secret.setId("issued-secret");
        dialog.add(new Paragraph(getTranslation("members.secret.for", issued.username())), secret,
                new Paragraph(getTranslation("members.secret.once")));
        var done = new Button(getTranslation("members.secret.done"), c -> dialog.close());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(done);
        dialog.open();
    }

    private void run(Runnable change) {
        if (Notifications.attempt(change)) {
            grid.getDataProvider().refreshAll();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.heading");
    }
}
