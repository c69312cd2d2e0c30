package org.youthvoice.insight.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.framework.NodeKind;
import org.youthvoice.insight.EvidenceService;
import org.youthvoice.insight.PriorityEvidence;
import org.youthvoice.security.Roles;

/**
 * One priority or outcome: survey results with the change since the round before, ballot results, how much free text
 * and which faces, approved quotes and actions. A priority includes its outcomes' evidence, and says so.
 */
@Route(value = "evidence/:code", layout = StaffLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.VIEWER})
class EvidenceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final EvidenceService evidence;
    private String title = "";

    EvidenceView(EvidenceService evidence) {
        this.evidence = evidence;
        addClassName("evidence-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        var found = evidence.evidence(code);
        var back = new RouterLink(getTranslation("evidence.back"), EvidenceOverviewView.class);
        if (found.isEmpty()) {
            title = getTranslation("evidence.heading");
            add(new H1(title), new Paragraph(getTranslation("evidence.error.unknown")), back);
            return;
        }
        var e = found.get();
        title = e.title();
        add(back, new H1(e.title()), new Paragraph(getTranslation(e.kind() == NodeKind.OUTCOME
                ? "evidence.kind.outcome" : "evidence.kind.priority", e.frameworkTitle())), rollUp(e),
                new Paragraph(getTranslation("evidence.page.intro")),
                Counts.packLink(this, "evidence-" + e.code() + ".pdf", () -> evidence.pack(e.code()),
                        getTranslation("evidence.pack", e.title())));
        var sections = new EvidenceSections(this);
        add(section("evidence.surveys", sections.surveys(e.surveys())),
                section("evidence.ballots", sections.ballots(e.ballots())),
                section("evidence.comments", sections.comments(e.comments())),
                section("evidence.quotes", sections.quotes(e.quotes())),
                section("evidence.actions", sections.actions(e.actions())));
    }

    /** Says whose evidence this page gathers: a priority's outcomes, or the priority an outcome belongs to. */
    private Div rollUp(PriorityEvidence e) {
        var note = new Div();
        note.addClassName("evidence-rollup");
        if (e.parentCode() != null) {
            note.add(new Paragraph(getTranslation("evidence.outcomeOf")), new RouterLink(e.parentTitle(),
                    EvidenceView.class, new RouteParameters("code", e.parentCode())));
        } else if (!e.outcomes().isEmpty()) {
            note.add(new Paragraph(getTranslation("evidence.rollUp")));
            var list = new com.vaadin.flow.component.html.UnorderedList();
            e.outcomes().forEach(o -> list.add(new com.vaadin.flow.component.html.ListItem(
                    new RouterLink(o.title(), EvidenceView.class, new RouteParameters("code", o.code())))));
            note.add(list);
        }
        if (!e.mappedFrom().isEmpty()) {
            note.add(new Paragraph(getTranslation("evidence.mappedFrom", String.join(", ", e.mappedFrom()))));
        }
        return note;
    }

    private Section section(String heading, com.vaadin.flow.component.Component content) {
        var section = new Section(new H2(getTranslation(heading)), content);
        section.addClassName("evidence-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
