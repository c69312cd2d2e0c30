package org.youthvoice.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.youthvoice.base.ShownCount;
import org.youthvoice.framework.NodeKind;
import org.youthvoice.insight.EvidenceService;
import org.youthvoice.insight.TaggedBallot;
import org.youthvoice.survey.SurveyDirectory;

/**
 * A viewer's results: every sent survey with a link to its results, the latest published vote results, and each
 * priority of the plans in use with a link to its evidence. Everything comes through the services that apply the
 * small-number rules (counts under the threshold arrive already hidden); nothing a young person wrote is here.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class ViewerResults extends Div {

    static final int BALLOTS_SHOWN = 5;
    /** How many older vote results each "show more" adds. */
    static final int MORE_BALLOTS = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    ViewerResults(SurveyDirectory surveys, EvidenceService evidence) {
        addClassName("viewer-results");
        add(surveys(surveys), ballots(evidence), priorities(evidence));
    }

    private Section surveys(SurveyDirectory directory) {
        var section = section("home.surveys.heading");
        var published = directory.published();
        if (published.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.surveys.none")));
            return section;
        }
        var list = new UnorderedList();
        published.forEach(s -> list.add(new ListItem(new Anchor("surveys/" + s.id() + "/results",
                getTranslation("home.surveys.item", s.title(), s.round())), new com.vaadin.flow.component.html.Span(
                        " " + getTranslation("home.surveys.about", getTranslation("home.surveys.status."
                                + s.status().name()), shown(s.responses()))))));
        section.add(list);
        return section;
    }

    private Section ballots(EvidenceService evidence) {
        var section = section("home.ballots.heading");
        var list = new Div();
        var more = new com.vaadin.flow.component.button.Button(getTranslation("home.ballots.more"));
        int[] shown = {BALLOTS_SHOWN};
        Runnable fill = () -> {
            list.removeAll();
            // One more than shown, to know whether older results are left to show.
            var ballots = evidence.latestBallots(shown[0] + 1);
            if (ballots.isEmpty()) {
                list.add(new Paragraph(getTranslation("home.ballots.none")));
            }
            ballots.stream().limit(shown[0]).forEach(b -> list.add(ballot(b)));
            more.setVisible(ballots.size() > shown[0]);
        };
        more.addClickListener(c -> {
            shown[0] += MORE_BALLOTS;
            fill.run();
        });
        fill.run();
        section.add(list, more);
        return section;
    }

    private Div ballot(TaggedBallot ballot) {
        var part = new Div(new H4(ballot.question()), new Paragraph(getTranslation("evidence.ballot.about",
                ballot.forum().isEmpty() ? getTranslation("evidence.cityWide") : ballot.forum(),
                DAY.format(ballot.publishedOn()), shown(ballot.papers()))));
        part.addClassName("viewer-ballot");
        if (ballot.motionOutcome() != null) {
            part.add(new Paragraph(getTranslation("evidence.motion." + ballot.motionOutcome())));
        } else if (!ballot.winners().isEmpty()) {
            part.add(new Paragraph(getTranslation("evidence.winners", String.join(", ", ballot.winners()))));
        }
        if (ballot.summary() != null && !ballot.summary().isBlank()) {
            part.add(new Paragraph(ballot.summary()));
        }
        var table = new NativeTable();
        var caption = new NativeTableCaption();
        caption.setText(getTranslation("evidence.ballot.caption", ballot.question()));
        table.add(caption);
        var head = new NativeTableRow(new NativeTableHeaderCell(getTranslation("results.option")),
                new NativeTableHeaderCell(getTranslation("results.votes")));
        table.add(new NativeTableHeader(head));
        var body = new NativeTableBody();
        ballot.options().forEach(o -> body.add(new NativeTableRow(new NativeTableCell(ballot.motionOutcome() == null
                ? o.label() : getTranslation("evidence.motion.option." + o.label())),
                new NativeTableCell(shown(o.votes())))));
        table.add(body);
        table.addClassName("results-table");
        part.add(table);
        return part;
    }

    /** The priorities of each plan in use, each a link to its evidence page; a gap says so. */
    private Section priorities(EvidenceService evidence) {
        var section = section("home.priorities.heading");
        var plans = evidence.frameworks().stream().filter(f -> !f.retired()).toList();
        if (plans.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.priorities.none")));
        }
        for (var plan : plans) {
            section.add(new H4(plan.title()));
            var list = new UnorderedList();
            evidence.overview(plan.code()).rows().stream().filter(r -> r.kind() != NodeKind.OUTCOME)
                    .forEach(r -> {
                        var item = new ListItem(new Anchor("evidence/" + r.code(), r.title()));
                        if (r.gap()) {
                            item.add(new com.vaadin.flow.component.html.Span(" " + getTranslation(
                                    "home.priorities.gap")));
                        }
                        list.add(item);
                    });
            section.add(list, new Paragraph(new Anchor("evidence?plan=" + plan.code(),
                    getTranslation("home.priorities.overview", plan.title()))));
        }
        return section;
    }

    private Section section(String heading) {
        var section = new Section(new H3(getTranslation(heading)));
        section.addClassName("viewer-section");
        return section;
    }

    private String shown(ShownCount count) {
        return count.suppressed() ? getTranslation("count.fewerThan", count.threshold())
                : String.valueOf(count.value());
    }
}
