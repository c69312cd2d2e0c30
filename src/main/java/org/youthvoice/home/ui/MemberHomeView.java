package org.youthvoice.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.youthvoice.base.ui.YoungLayout;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.security.Roles;

/**
 * A young member's home on their phone: their surveys, their votes, "tell us", and what changed because of what young
 * people said. Each part says plainly when there is nothing yet.
 */
@Route(value = "me", layout = YoungLayout.class)
@RolesAllowed(Roles.MEMBER)
class MemberHomeView extends Div implements HasDynamicTitle {

    MemberHomeView(AuthenticationContext authentication, FeedbackService feedback,
            org.youthvoice.actions.ActionService actions) {
        addClassName("member-home");
        add(new H1(getTranslation("member.home.heading", authentication.getPrincipalName().orElse(""))));
        add(new Paragraph(getTranslation("member.home.intro")));
        var tellUs = part("tellus");
        var channels = feedback.openChannels();
        if (!channels.isEmpty()) {
            tellUs.remove(tellUs.getComponentAt(1));
            var list = new UnorderedList();
            channels.forEach(c -> list.add(new ListItem(new Anchor("tell-us/" + c.slug(), c.title()))));
            tellUs.add(list);
        }
        var changes = part("changes");
        var latest = actions.published(null, null, 3);
        if (!latest.isEmpty()) {
            changes.remove(changes.getComponentAt(1));
            var list = new UnorderedList();
            latest.forEach(a -> list.add(new ListItem(getTranslation("member.home.changes.item", a.youSaid(), a.weDo()))));
            changes.add(list, new Anchor("you-said-we-did", getTranslation("member.home.changes.more")));
        }
        add(part("surveys"), part("votes"), tellUs, changes);
        var privacy = new Anchor("privacy", getTranslation("member.home.privacy"));
        add(new Paragraph(privacy));
    }

    private Section part(String key) {
        var section = new Section(new H2(getTranslation("member.home." + key + ".title")),
                new Paragraph(getTranslation("member.home." + key + ".empty")));
        section.addClassName("home-card");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("member.home.title");
    }
}
