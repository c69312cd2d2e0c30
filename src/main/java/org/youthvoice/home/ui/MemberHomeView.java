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
            org.youthvoice.actions.ActionService actions, org.youthvoice.survey.SurveyTaking surveys,
            org.youthvoice.voting.VoteService votes) {
        addClassName("member-home");
        add(new H1(getTranslation("member.home.heading", authentication.getPrincipalName().orElse(""))));
        add(new Paragraph(getTranslation("member.home.intro")));
        var tellUs = part("tellus");
        var channels = feedback.openChannels();
        if (!channels.isEmpty()) {
            tellUs.remove(tellUs.getComponentAt(1));
            var list = new UnorderedList();
            channels.forEach(c -> list.add(new ListItem(YoungLayout.plainPage("tell-us/" + c.slug(), c.title()))));
            tellUs.add(list);
        }
        var changes = part("changes");
        var latest = actions.published(null, null, 3);
        if (!latest.isEmpty()) {
            changes.remove(changes.getComponentAt(1));
            var list = new UnorderedList();
            latest.forEach(a -> {
                var item = new ListItem(getTranslation("member.home.changes.item", a.youSaid(), a.weDo()));
                // Approved, de-identified quotes only: the service never hands out anything else.
                a.quotes().stream().findFirst().ifPresent(quote -> {
                    var words = new Paragraph(getTranslation("member.home.changes.quote", quote));
                    words.addClassName("quote");
                    item.add(words);
                });
                list.add(item);
            });
            changes.add(list, YoungLayout.plainPage("you-said-we-did", getTranslation("member.home.changes.more")));
        }
        var mySurveys = part("surveys");
        var open = surveys.forMe();
        if (!open.isEmpty()) {
            mySurveys.remove(mySurveys.getComponentAt(1));
            var list = new UnorderedList();
            open.forEach(s -> list.add(new ListItem(new Anchor("s/" + s.slug(), s.title()))));
            mySurveys.add(list);
        }
        var voting = part("votes");
        var openVotes = votes.openBallots();
        var results = votes.publishedBallots();
        if (!openVotes.isEmpty() || !results.isEmpty()) {
            voting.remove(voting.getComponentAt(1));
            var list = new UnorderedList();
            openVotes.forEach(b -> list.add(new ListItem(new Anchor("vote/" + b.id(),
                    getTranslation(b.voted() ? "member.home.votes.voted" : "member.home.votes.open", b.question())))));
            results.stream().limit(3).forEach(b -> list.add(new ListItem(new Anchor("vote/" + b.id(),
                    getTranslation("member.home.votes.result", b.question())))));
            voting.add(list);
        }
        add(mySurveys, voting, tellUs, changes);
        var privacy = YoungLayout.plainPage("privacy", getTranslation("member.home.privacy"));
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
