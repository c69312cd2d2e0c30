package org.youthvoice.feedback.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.security.Roles;

/**
 * How to reach a young person who left contact details with feedback that screening flagged: for a safeguarding lead,
 * who comes here from the item in the safeguarding queue. Feedback holds the details, so feedback shows them, and
 * every opening is in the audit log (design note 0038). Details of feedback safeguarding never queued are not shown.
 */
@Route(value = "feedback/contact/:itemId", layout = StaffLayout.class)
@RolesAllowed(Roles.SAFEGUARDING_LEAD)
class ContactForLeadsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FeedbackService feedback;

    ContactForLeadsView(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long itemId = event.getRouteParameters().getLong("itemId").orElse(-1L);
        add(new H2(getPageTitle()));
        feedback.contactForLeads(itemId).ifPresentOrElse(contact -> {
            var name = new Paragraph(getTranslation("feedback.contact.name", contact.name()));
            var how = new Paragraph(getTranslation("feedback.contact.how", contact.howToReach()));
            name.addClassName("contact-name");
            how.addClassName("contact-how");
            add(new Paragraph(getTranslation("feedback.contact.lead.intro")), name, how,
                    new Paragraph(getTranslation("feedback.contact.deleted", contact.deleteAfter())));
        }, () -> add(new Paragraph(getTranslation("feedback.contact.lead.none"))));
        add(new Anchor("safeguarding", getTranslation("feedback.contact.lead.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.contact.lead.title");
    }
}
