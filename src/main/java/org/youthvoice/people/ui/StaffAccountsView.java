package org.youthvoice.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.stream.Collectors;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.RowActions;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.people.AccountService;
import org.youthvoice.people.AccountSummary;
import org.youthvoice.people.NewStaffAccount;
import org.youthvoice.security.Roles;

/** Administrators create staff accounts, change roles, reset passwords and switch accounts off. */
@Route(value = "admin/accounts", layout = StaffLayout.class)
@Menu(title = "nav.staff", order = 80)
@RolesAllowed(Roles.ADMIN)
class StaffAccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<AccountSummary> grid = new Grid<>();

    StaffAccountsView(AccountService accounts) {
        this.accounts = accounts;
        var add = new Button(getTranslation("staff.add"), click -> openCreate());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        StaffLists.fit(grid);
        StaffLists.words(grid.addColumn(AccountSummary::username).setHeader(getTranslation("account.username")), 1);
        StaffLists.words(grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("account.displayName")),
                1);
        StaffLists.words(grid.addColumn(a -> a.roles().stream().sorted().map(r -> getTranslation("role." + r))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("account.roles")), 1);
        StaffLists.narrow(grid.addColumn(a -> getTranslation(!a.enabled() ? "account.status.off" : a.locked()
                ? "account.status.locked" : "account.status.on")).setHeader(getTranslation("account.status")));
        RowActions.of(grid)
                .button(getTranslation("staff.roles"), a -> getTranslation("staff.roles.for", a.username()),
                        this::openRoles)
                .button(getTranslation("staff.reset"), a -> getTranslation("staff.reset.for", a.username()),
                        this::openReset)
                .button(a -> getTranslation(a.enabled() ? "staff.disable" : "staff.enable"),
                        a -> getTranslation(a.enabled() ? "staff.disable.for" : "staff.enable.for", a.username()),
                        a -> run(() -> {
                            accounts.setStaffEnabled(a.id(), !a.enabled());
                            Notifications.success(getTranslation("staff.saved"));
                        }))
                .column(getTranslation("account.actions"));
        grid.setItems(q -> accounts.listStaff(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) accounts.countStaff());
        add(new H2(getTranslation("staff.heading")), add, grid);
        setSizeFull();
    }

    private CheckboxGroup<String> roleChooser() {
        var roles = new CheckboxGroup<String>(getTranslation("account.roles"));
        roles.setItems(Roles.STAFF_ROLES);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r));
        roles.setHelperText(getTranslation("account.roles.help"));
        return roles;
    }

    private void openCreate() {
        var dialog = new Dialog(getTranslation("staff.add"));
        var username = new TextField(getTranslation("account.username"));
        username.setHelperText(getTranslation("account.username.help"));
        username.setRequired(true);
        var name = new TextField(getTranslation("account.displayName"));
        name.setRequired(true);
        var password = new PasswordField(getTranslation("account.password"));
        password.setHelperText(getTranslation("account.password.help"));
        password.setRequired(true);
        var roles = roleChooser();
        var form = new FormLayout(username, name, password, roles);
        var save = new Button(getTranslation("action.save"), c -> run(() -> {
            accounts.createStaff(new NewStaffAccount(username.getValue(), name.getValue(), password.getValue(),
                    new HashSet<>(roles.getValue())));
            dialog.close();
            Notifications.success(getTranslation("staff.created", username.getValue()));
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void openRoles(AccountSummary account) {
        var dialog = new Dialog(getTranslation("staff.roles.for", account.username()));
        var roles = roleChooser();
        roles.setValue(account.roles());
        var save = new Button(getTranslation("action.save"), c -> run(() -> {
            accounts.changeStaffRoles(account.id(), new HashSet<>(roles.getValue()));
            dialog.close();
            Notifications.success(getTranslation("staff.saved"));
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(roles);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void openReset(AccountSummary account) {
        var dialog = new Dialog(getTranslation("staff.reset.for", account.username()));
        var password = new PasswordField(getTranslation("account.newPassword"));
        password.setHelperText(getTranslation("account.password.help"));
        var save = new Button(getTranslation("action.save"), c -> run(() -> {
            accounts.resetStaffPassword(account.id(), password.getValue());
            dialog.close();
            Notifications.success(getTranslation("staff.saved"));
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph(getTranslation("staff.reset.explain")), password);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    /** Runs a change; a refusal is shown in plain words and the form keeps what was typed. */
    private void run(Runnable change) {
        if (Notifications.attempt(change)) {
            grid.getDataProvider().refreshAll();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.heading");
    }
}
