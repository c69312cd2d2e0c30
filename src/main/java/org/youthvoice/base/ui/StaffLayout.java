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
import java.util.List;

/**
 * The desktop shell for staff: navigation to the areas the signed-in person may use (Vaadin leaves out views their role
 * cannot open), who is signed in, and log out.
 */
@jakarta.annotation.security.PermitAll
public class StaffLayout extends AppLayout {

    private final Div notices = new Div();
    private final List<StaffNotices> sources;

    public StaffLayout(AuthenticationContext authentication, List<StaffNotices> sources) {
        this.sources = sources;
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
        notices.addClassName("staff-notices");
        notices.getElement().setAttribute("role", "status");
        addAttachListener(attach -> {
            refreshNotices();
            attach.getUI().setPollInterval(15_000);
            var poll = attach.getUI().addPollListener(tick -> refreshNotices());
            addDetachListener(detach -> {
                poll.remove();
                detach.getUI().setPollInterval(-1);
                detach.unregisterListener();
            });
        });
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        var page = new Div(notices);
        page.addClassName("staff-page");
        if (content != null) {
            page.getElement().appendChild(content.getElement());
        }
        setContent(page);
    }

    /** Refreshed when the shell is shown and on the poll tick. */
    private void refreshNotices() {
        notices.removeAll();
        for (StaffNotices source : sources) {
            for (StaffNotices.Notice notice : source.current()) {
                var link = new com.vaadin.flow.component.html.Anchor(notice.link(),
                        getTranslation(notice.messageKey(), notice.arguments().toArray()));
                link.addClassName("staff-notice");
                notices.add(link);
            }
        }
        notices.setVisible(notices.getComponentCount() > 0);
    }

}
