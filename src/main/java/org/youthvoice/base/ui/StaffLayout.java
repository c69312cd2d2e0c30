package org.youthvoice.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The desktop shell for staff: navigation to the areas the signed-in person may use (Vaadin leaves out views their role
 * cannot open), who is signed in, and log out.
 */
@jakarta.annotation.security.PermitAll
public class StaffLayout extends AppLayout {

    public StaffLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        var title = new H1(getTranslation("app.name"));
        title.addClassName("staff-title");
        var nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("nav.main"));
        MenuConfiguration.getMenuEntries().forEach(entry ->
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        var drawer = new Div(title, nav);
        drawer.addClassName("staff-drawer");
        addToDrawer(drawer);

        var who = new Span(authentication.getPrincipalName().orElse(""));
        who.addClassName("staff-who");
        var logout = new Button(getTranslation("nav.logout"), click -> authentication.logout());
        var bar = new HorizontalLayout(who, new HelpNowLink(), logout);
        bar.addClassName("staff-bar");
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        // The toggle drops its own role while a modal dialog is open, leaving an aria-label on a role-less element.
        toggle.getElement().setAttribute("role", "button");
        addToNavbar(toggle, bar);
    }
}
