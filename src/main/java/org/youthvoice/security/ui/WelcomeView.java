package org.youthvoice.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.youthvoice.base.ui.YoungLayout;
import org.youthvoice.security.Roles;

/** The front door. Signed-in people are sent to their own start page: young members to theirs, staff to theirs. */
@Route(value = "", layout = YoungLayout.class)
@AnonymousAllowed
class WelcomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String MEMBER_HOME = "me";
    static final String STAFF_HOME = "dashboard";

    private final transient AuthenticationContext authentication;

    WelcomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("welcome-view");
        var login = new Anchor("login", getTranslation("welcome.login"));
        login.addClassName("big-link");
        add(new H1(getTranslation("welcome.heading")), new Paragraph(getTranslation("welcome.intro")),
                new Paragraph(getTranslation("welcome.anonymous")), login,
                new Paragraph(new Anchor("you-said-we-did", getTranslation("welcome.changes"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!authentication.isAuthenticated()) {
            return;
        }
        if (authentication.hasRole(Roles.MEMBER)) {
            // A server-rendered page, not a Vaadin view: the browser goes there.
            event.forwardToUrl(MEMBER_HOME);
        } else {
            event.forwardTo(STAFF_HOME);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
