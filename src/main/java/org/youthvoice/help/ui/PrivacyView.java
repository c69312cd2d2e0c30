package org.youthvoice.help.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.youthvoice.base.YouthVoiceProperties;
import org.youthvoice.base.ui.YoungLayout;

/**
 * Privacy information, one short page per age band (the ICO children's code asks for information that fits the
 * reader's age). The council processes data under its public task; nothing here asks for consent.
 */
@Route(value = "privacy", layout = YoungLayout.class)
@AnonymousAllowed
class PrivacyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final List<String> BANDS = List.of("4-7", "8-11", "11-17", "16-25", "adults");

    private final Div content = new Div();

    private final int threshold;

    PrivacyView(YouthVoiceProperties properties) {
        this.threshold = properties.smallNumberThreshold();
        addClassName("privacy-view");
        var chooser = new UnorderedList();
        chooser.addClassName("band-chooser");
        for (String band : BANDS) {
            chooser.add(new ListItem(new Anchor("privacy?age=" + band, getTranslation("privacy.band." + band))));
        }
        var nav = new com.vaadin.flow.component.html.Nav(chooser);
        nav.getElement().setAttribute("aria-label", getTranslation("privacy.choose"));
        add(new H1(getTranslation("privacy.heading")), nav, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String band = event.getLocation().getQueryParameters().getSingleParameter("age").orElse("11-17");
        if (!BANDS.contains(band)) {
            band = "11-17";
        }
        content.removeAll();
        var section = new Section(new H2(getTranslation("privacy.band." + band)));
        int paragraphs = Integer.parseInt(getTranslation("privacy." + band + ".count"));
        for (int i = 1; i <= paragraphs; i++) {
            // Paragraphs may name the small-number threshold, which is a setting.
            // (MessageFormat rules, such as '' for an apostrophe, apply only to those that do.)
            String key = "privacy." + band + "." + i;
            String raw = getTranslation(key);
            section.add(new Paragraph(raw.contains("{0}") ? getTranslation(key, threshold) : raw));
        }
        content.add(section);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.heading");
    }
}
