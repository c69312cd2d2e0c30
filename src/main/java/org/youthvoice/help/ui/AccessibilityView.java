package org.youthvoice.help.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.youthvoice.base.ui.YoungLayout;

/** The accessibility statement a public body must publish. */
@Route(value = "accessibility", layout = YoungLayout.class)
@AnonymousAllowed
class AccessibilityView extends Div implements HasDynamicTitle {

    AccessibilityView() {
        addClassName("accessibility-view");
        add(new H1(getTranslation("accessibility.heading")));
        for (String part : new String[] {"intro", "standard", "known", "feedback", "enforcement", "tested"}) {
            add(new H2(getTranslation("accessibility." + part + ".title")),
                    new Paragraph(getTranslation("accessibility." + part + ".text")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accessibility.heading");
    }
}
