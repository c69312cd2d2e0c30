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
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.jspecify.annotations.Nullable;
import org.youthvoice.actions.ActionPosters;
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
    private final ActionPosters posters;
    private final Div list = new Div();

    YouSaidWeDidView(ActionService actions, ActionPosters posters) {
        this.actions = actions;
        this.posters = posters;
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
        Long only = params.getSingleParameter("action").filter(a -> a.matches("\\d{1,18}")).map(Long::valueOf)
                .orElse(null);
        list.removeAll();
        var shown = only != null ? actions.publishedAction(only, band).stream().toList()
                : actions.published(band, topic, 100);
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("ysd.none")));
        }
        shown.forEach(action -> list.add(card(action, band)));
        if (only != null) {
            list.add(new Paragraph(new Anchor("you-said-we-did", getTranslation("ysd.seeAll"))));
        }
    }

    private Section card(PublishedAction action, @Nullable AgeBand band) {
        var card = new Section();
        card.addClassName("home-card");
        card.add(new H2(getTranslation("ysd.youSaid")), new Paragraph(action.youSaid()));
        for (String quote : action.quotes()) {
            var words = new Paragraph("\u201c" + quote + "\u201d");
            words.addClassName("quote");
            card.add(words);
        }
        card.add(new H2(getTranslation(action.status() == ActionStatus.DONE ? "ysd.weDid" : "ysd.weWill")),
                new Paragraph(action.weDo()));
        if (!action.topics().isEmpty()) {
            card.add(new Paragraph(getTranslation("ysd.topics", String.join(", ", action.topics()))));
        }
        String link = pageLink(action.id());
        var poster = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] pdf = posters.publishedPoster(action.id(), band, link);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "you-said-we-did-" + action.id() + ".pdf",
                    "application/pdf", pdf.length);
        }), getTranslation("ysd.poster"));
        poster.setDownload(true);
        poster.setAriaLabel(getTranslation("ysd.poster.for", action.youSaid()));
        card.add(new Paragraph(poster));
        return card;
    }

    /** The public page of one action, as a full link for posters and QR codes. */
    static String pageLink(long actionId) {
        var request = VaadinServletRequest.getCurrent();
        String base = request == null ? "" : request.getScheme() + "://" + request.getServerName()
                + (Arrays.asList(80, 443).contains(request.getServerPort()) ? "" : ":" + request.getServerPort())
                + request.getContextPath();
        return base + "/you-said-we-did?action=" + actionId;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ysd.heading");
    }
}
