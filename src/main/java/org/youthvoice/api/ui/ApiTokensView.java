package org.youthvoice.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.Temporal;
import org.jspecify.annotations.Nullable;
import org.youthvoice.api.internal.ApiToken;
import org.youthvoice.api.internal.ApiTokenService;
import org.youthvoice.api.internal.NewApiToken;
import org.youthvoice.base.ui.Confirmations;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.RowActions;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.security.Roles;

/** A staff member's own API tokens: make one (shown once), see when each was last used, revoke one. */
@Route(value = "api-tokens", layout = StaffLayout.class)
@Menu(title = "nav.apiTokens", order = 95)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.VIEWER})
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>();

    ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        var name = new TextField(getTranslation("apiTokens.name"));
        name.setHelperText(getTranslation("apiTokens.name.help"));
        name.setMaxLength(100);
        name.setWidth("24em");
        var expires = new DatePicker(getTranslation("apiTokens.expires"));
        expires.setMin(LocalDate.now().plusDays(1));
        var create = new Button(getTranslation("apiTokens.create"), click -> {
            NewApiToken[] made = new NewApiToken[1];
            if (Notifications.attempt(() -> made[0] = tokens.create(name.getValue(), expires.getValue()))) {
                name.clear();
                expires.clear();
                refresh();
                showOnce(made[0]);
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new FlexLayout(name, expires, create);
        form.addClassName("results-filters");
        form.setAlignItems(FlexLayout.Alignment.BASELINE);

        StaffLists.fit(grid);
        StaffLists.words(grid.addColumn(ApiToken::name).setHeader(getTranslation("apiTokens.name")), 1);
        StaffLists.narrow(grid.addColumn(t -> when(t.createdAt())).setHeader(getTranslation("apiTokens.created")));
        StaffLists.narrow(grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("apiTokens.never")
                : when(t.lastUsedAt())).setHeader(getTranslation("apiTokens.lastUsed")));
        StaffLists.narrow(grid.addColumn(t -> t.expiresOn() == null ? getTranslation("apiTokens.noExpiry")
                : when(t.expiresOn())).setHeader(getTranslation("apiTokens.expires")));
        RowActions.of(grid).button(getTranslation("apiTokens.revoke"),
                t -> getTranslation("apiTokens.revoke") + " " + t.name(), t -> Confirmations.ask(
                        getTranslation("apiTokens.revoke.confirm.title", t.name()),
                        getTranslation("apiTokens.revoke.confirm.text"), getTranslation("apiTokens.revoke"), () -> {
                            if (Notifications.attempt(() -> tokens.revoke(t.id()))) {
                                Notifications.success(getTranslation("apiTokens.revoked", t.name()));
                                refresh();
                            }
                        })).theme("error small").column(getTranslation("account.actions"));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("apiTokens.empty"));
        add(new H2(getTranslation("apiTokens.heading")), new Paragraph(getTranslation("apiTokens.intro")), form, grid);
        refresh();
    }

    private void refresh() {
        StaffLists.show(grid, tokens.mine());
    }

    /** The token, this once, in a field that is easy to select and copy. */
    private void showOnce(NewApiToken made) {
        var dialog = new Dialog(getTranslation("apiTokens.shownOnce.heading"));
        var secret = new TextField(getTranslation("apiTokens.shownOnce.label"));
        secret.setValue(made.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        dialog.add(new Paragraph(getTranslation("apiTokens.shownOnce")), secret);
        var close = new Button(getTranslation("apiTokens.close"), click -> dialog.close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(close);
        dialog.setWidth("40em");
        dialog.open();
    }

    private String when(@Nullable Temporal time) {
        if (time == null) {
            return "";
        }
        var style = time instanceof LocalDate ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
        return style.withLocale(getLocale()).format(time);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apiTokens.heading");
    }
}
