package org.youthvoice.base.ui;

import com.vaadin.flow.component.html.Anchor;

/** "Get help now": one tap from every screen a young person sees. */
public class HelpNowLink extends Anchor {

    public HelpNowLink() {
        super("help", "");
        setText(getTranslation("help.now"));
        addClassName("help-now");
        // A plain page, not a Vaadin view: the browser loads it rather than Vaadin's router.
        setRouterIgnore(true);
    }
}
