package org.youthvoice.insight.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.framework.FrameworkSummary;
import org.youthvoice.insight.EvidenceAmounts;
import org.youthvoice.insight.EvidenceService;
import org.youthvoice.security.Roles;

/** Every priority and outcome of a framework with how much evidence each has, so gaps show at a glance. */
@Route(value = "evidence", layout = StaffLayout.class)
@Menu(title = "nav.evidence", order = 32)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.VIEWER})
class EvidenceOverviewView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final EvidenceService evidence;
    private final Div table = new Div();
    private final Div pack = new Div();
    private final Select<FrameworkSummary> framework = new Select<>();

    EvidenceOverviewView(EvidenceService evidence) {
        this.evidence = evidence;
        addClassName("evidence-overview");
        framework.setLabel(getTranslation("evidence.framework"));
        var frameworks = evidence.frameworks();
        framework.setItems(frameworks);
        framework.setItemLabelGenerator(f -> f.retired() ? getTranslation("evidence.framework.retired", f.title())
                : f.title());
        framework.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });

        add(new H1(getTranslation("evidence.heading")), new Paragraph(getTranslation("evidence.intro")), framework,
                pack, table);
        if (!frameworks.isEmpty()) {
            framework.setValue(frameworks.getFirst());
        }
    }

    /** {@code ?plan=CODE} opens that plan, so a link to one plan's overview can be shared. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("plan").flatMap(code -> evidence.frameworks()
                .stream().filter(f -> f.code().equals(code)).findFirst()).ifPresent(framework::setValue);
    }

    private void show(FrameworkSummary framework) {
        var overview = evidence.overview(framework.code());
        table.removeAll();
        table.add(table(overview.rows()));
        pack.removeAll();
        pack.add(Counts.packLink(this, "evidence-" + framework.code() + ".pdf",
                () -> evidence.frameworkPack(framework.code()),
                getTranslation("evidence.pack.framework", framework.title())));
    }

    /** A plain table, not a grid: a plan has a few dozen rows, and each name is a link to its page. */
    private NativeTable table(List<EvidenceAmounts> rows) {
        var result = new NativeTable();
        result.addClassName("results-table");
        result.addClassName("evidence-table");
        var caption = new NativeTableCaption();
        caption.setText(getTranslation("evidence.overview.table"));
        result.add(caption);
        var head = new NativeTableRow();
        for (String key : List.of("evidence.col.priority", "evidence.col.questions", "evidence.col.responses",
                "evidence.col.ballots", "evidence.col.comments", "evidence.col.quotes", "evidence.col.actions")) {
            var cell = new NativeTableHeaderCell(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        result.add(new NativeTableHeader(head));
        var body = new NativeTableBody();
        for (EvidenceAmounts row : rows) {
            var name = new NativeTableHeaderCell(name(row));
            name.getElement().setAttribute("scope", "row");
            body.add(new NativeTableRow(name, new NativeTableCell(String.valueOf(row.surveyQuestions())),
                    new NativeTableCell(Counts.shown(this, row.responses())),
                    new NativeTableCell(String.valueOf(row.ballots())),
                    new NativeTableCell(Counts.shown(this, row.comments())),
                    new NativeTableCell(String.valueOf(row.quotes())), new NativeTableCell(actions(row))));
        }
        result.add(body);
        return result;
    }

    private Div name(EvidenceAmounts row) {
        var link = new RouterLink(row.title(), EvidenceView.class, new RouteParameters("code", row.code()));
        var cell = new Div(link);
        cell.addClassName(row.parentCode() == null ? "evidence-priority" : "evidence-outcome");
        if (row.gap()) {
            var gap = new Span(getTranslation("evidence.gap"));
            gap.addClassName("evidence-gap");
            cell.add(new Span(" "), gap);
        }
        return cell;
    }

    private String actions(EvidenceAmounts row) {
        if (row.actionCount() == 0) {
            return "0";
        }
        var parts = new java.util.ArrayList<String>();
        for (String status : List.of("PLANNED", "IN_PROGRESS", "DONE")) {
            int n = row.actions().getOrDefault(status, 0);
            if (n > 0) {
                parts.add(getTranslation("evidence.actions.byStatus", n, getTranslation("actions.status." + status)));
            }
        }
        return String.join(", ", parts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evidence.heading");
    }
}
