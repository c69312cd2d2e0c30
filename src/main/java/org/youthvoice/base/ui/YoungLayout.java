package org.youthvoice.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.jspecify.annotations.Nullable;

/**
 * The phone-first shell for young people and public pages: a short header, "get help now" always visible, the page,
 * and links to the privacy and accessibility pages.
 */
@com.vaadin.flow.server.auth.AnonymousAllowed
public class YoungLayout extends Div implements RouterLayout {

    private final Main main = new Main();

    public YoungLayout(AuthenticationContext authentication) {
        addClassName("young-layout");
        var home = new Anchor("", getTranslation("app.name"));
        home.addClassName("brand");
        var header = new Header(home);
        header.addClassName("young-header");
        if (authentication.isAuthenticated()) {
            var logout = new com.vaadin.flow.component.button.Button(getTranslation("nav.logout"),
                    click -> authentication.logout());
            logout.addClassName("logout");
            header.add(logout);
        }
        header.add(new HelpNowLink());
        main.addClassName("young-main");
        main.setId("main");
        var footerNav = new Nav(plainPage("privacy", getTranslation("nav.privacy")),
                plainPage("accessibility", getTranslation("nav.accessibility")));
        footerNav.getElement().setAttribute("aria-label", getTranslation("nav.footer"));
        var footer = new Footer(footerNav, new Span(getTranslation("app.footer")));
        footer.addClassName("young-footer");
        add(header, main, footer);
    }

    /** A link to a server-rendered page (help, privacy, "tell us"…): the browser loads it, not Vaadin's router. */
    public static Anchor plainPage(String href, String text) {
        var link = new Anchor(href, text);
        link.setRouterIgnore(true);
        return link;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(@Nullable HasElement oldContent) {
        main.removeAll();
    }

}
