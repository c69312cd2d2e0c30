package org.youthvoice.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.security.Roles;

/** Where staff land after login: what this role can do here, one link per area. */
@Route(value = "dashboard", layout = StaffLayout.class)
@Menu(title = "nav.dashboard", order = 0)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SAFEGUARDING_LEAD, Roles.VIEWER})
class StaffHomeView extends VerticalLayout implements HasDynamicTitle {

    StaffHomeView(AuthenticationContext authentication) {
        add(new H2(getTranslation("dashboard.heading", authentication.getPrincipalName().orElse(""))));
        add(new Paragraph(getTranslation("dashboard.intro")));
        for (String role : Roles.STAFF_ROLES) {
            if (authentication.hasRole(role)) {
                add(new Paragraph(getTranslation("dashboard.role." + role)));
            }
        }
        var areas = new Div();
        areas.addClassName("area-links");
        MenuConfiguration.getMenuEntries().stream()
                .filter(e -> !e.path().equals("dashboard"))
                .forEach(e -> areas.add(new Anchor(e.path(), getTranslation(e.title()))));
        add(areas);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
