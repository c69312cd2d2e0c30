package org.youthvoice.help.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.youthvoice.base.ui.YoungLayout;
import org.youthvoice.help.HelpLineService;
import org.youthvoice.help.HelpLineView;

/** "Get help now": the help lines, with numbers that call when tapped on a phone. */
@Route(value = "help", layout = YoungLayout.class)
@AnonymousAllowed
class HelpView extends Div implements HasDynamicTitle {

    HelpView(HelpLineService helpLines) {
        addClassName("help-view");
        add(new H1(getTranslation("help.heading")), new Paragraph(getTranslation("help.intro")));
        for (HelpLineView line : helpLines.list()) {
            var card = new Div();
            card.addClassName("help-card");
            card.add(new H2(line.name()), new Paragraph(line.description()));
            if (line.phone() != null) {
                var call = new Anchor("tel:" + line.phone().replaceAll("[^0-9+]", ""),
                        getTranslation("help.call", line.phone()));
                call.addClassName("big-link");
                card.add(call);
            }
            if (line.url() != null) {
                var web = new Anchor(line.url(), getTranslation("help.website", line.name()));
                web.setTarget("_blank");
                web.getElement().setAttribute("rel", "noopener noreferrer");
                card.add(new Paragraph(web));
            }
            add(card);
        }
        add(new Paragraph(getTranslation("help.adult")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.heading");
    }
}
