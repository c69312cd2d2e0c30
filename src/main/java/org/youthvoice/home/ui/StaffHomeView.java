package org.youthvoice.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.security.Roles;

/**
 * Where staff land after login: for an officer what needs attention today, for a safeguarding lead the open queue, for
 * a viewer the results they may read; then one link per area the role can open. Each part is drawn only for the role
 * it is for, and the services behind it check the role again.
 */
@Route(value = "dashboard", layout = StaffLayout.class)
@Menu(title = "nav.dashboard", order = 0)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SAFEGUARDING_LEAD, Roles.VIEWER})
class StaffHomeView extends VerticalLayout implements HasDynamicTitle {

    StaffHomeView(AuthenticationContext authentication, ObjectProvider<AttentionList> attention,
            ObjectProvider<ViewerResults> results) {
        addClassName("staff-home");
        add(new H2(getTranslation("dashboard.heading", authentication.getPrincipalName().orElse(""))));
        boolean officer = authentication.hasRole(Roles.OFFICER);
        boolean lead = authentication.hasRole(Roles.SAFEGUARDING_LEAD);
        if (officer || lead) {
            add(attention.getObject().forRoles(officer, lead));
        }
        if (authentication.hasRole(Roles.VIEWER)) {
            add(results.getObject());
        }
        var roles = new Div();
        for (String role : Roles.STAFF_ROLES) {
            if (authentication.hasRole(role)) {
                roles.add(new Paragraph(getTranslation("dashboard.role." + role)));
            }
        }
        var areas = new Div();
        areas.addClassName("area-links");
        MenuConfiguration.getMenuEntries().stream()
                .filter(e -> !e.path().replaceFirst("^/", "").equals("dashboard"))
                .forEach(e -> areas.add(new Anchor(e.path(), getTranslation(e.title()))));
        var everything = new Section(new H3(getTranslation("dashboard.areas")), roles, areas);
        everything.setWidthFull();
        add(everything);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
