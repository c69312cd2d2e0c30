package org.youthvoice.actions.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import org.youthvoice.actions.ActionService;
import org.youthvoice.actions.ActionStatus;
import org.youthvoice.actions.PublishedAction;
import org.youthvoice.base.ui.YoungLayout;
import org.youthvoice.people.AgeBand;

/** Public "you said, we did": what changed because of what young people said, newest first, in words for their age. */
@Route(value = "you-said-we-did", layout = YoungLayout.class)
@AnonymousAllowed
class YouSaidWeDidView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionService actions;
    private final Div list = new Div();

    YouSaidWeDidView(ActionService actions) {
        this.actions = actions;
        addClassName("you-said-we-did");
        var ages = new UnorderedList();
        ages.addClassName("band-chooser");
        for (AgeBand band : AgeBand.values()) {
            ages.add(new ListItem(new Anchor("you-said-we-did?age=" + band.label(),
                    getTranslation("ysd.age", band.label()))));
        }
        var nav = new Nav(ages);
        nav.getElement().setAttribute("aria-label", getTranslation("ysd.chooseAge"));
        add(new H1(getTranslation("ysd.heading")), new Paragraph(getTranslation("ysd.intro")), nav);
        var topics = actions.publishedTopics();
        if (!topics.isEmpty()) {
            var links = new UnorderedList();
            links.addClassName("band-chooser");
            links.add(new ListItem(new Anchor("you-said-we-did", getTranslation("ysd.allTopics"))));
            topics.forEach((code, title) -> links.add(new ListItem(new Anchor("you-said-we-did?topic=" + code, title))));
            var topicNav = new Nav(links);
            topicNav.getElement().setAttribute("aria-label", getTranslation("ysd.chooseTopic"));
            add(topicNav);
        }
        add(list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        AgeBand band = params.getSingleParameter("age").flatMap(label -> Arrays.stream(AgeBand.values())
                .filter(b -> b.label().equals(label)).findFirst()).orElse(null);
        String topic = params.getSingleParameter("topic").filter(t -> t.matches("[A-Z0-9._-]{1,64}")).orElse(null);
        list.removeAll();
        var shown = actions.published(band, topic, 100);
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("ysd.none")));
        }
        shown.forEach(action -> list.add(card(action)));
    }

    private static Section card(PublishedAction action) {
        var card = new Section();
        card.addClassName("home-card");
        card.add(new H2(card.getTranslation("ysd.youSaid")), new Paragraph(action.youSaid()),
                new H2(card.getTranslation(action.status() == ActionStatus.DONE ? "ysd.weDid" : "ysd.weWill")),
                new Paragraph(action.weDo()));
        if (!action.topics().isEmpty()) {
            card.add(new Paragraph(card.getTranslation("ysd.topics", String.join(", ", action.topics()))));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ysd.heading");
    }
}
