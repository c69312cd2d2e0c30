package org.youthvoice.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.youthvoice.base.ShownCount;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.survey.ResponseCounts;
import org.youthvoice.survey.SurveyService;

/**
 * How many have answered: sent, still in progress, by version, group and day. Small counts are shown only as "fewer
 * than 5", and the page says why.
 */
class ResponsesTab extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private final SurveyService surveys;
    private final long surveyId;
    private final Paragraph total = new Paragraph();
    private final Paragraph started = new Paragraph();
    private final Paragraph why = new Paragraph();
    private final Grid<ResponseCounts.ByVersion> versions = new Grid<>();
    private final Grid<ResponseCounts.ByGroup> groups = new Grid<>();
    private final Grid<ResponseCounts.ByDay> days = new Grid<>();

    ResponsesTab(SurveyService surveys, long surveyId) {
        this.surveys = surveys;
        this.surveyId = surveyId;
        setPadding(false);
        total.setId("responses-total");
        versions.addColumn(ResponseCounts.ByVersion::label).setHeader(getTranslation("survey.version.label"))
                .setFlexGrow(1);
        versions.addColumn(v -> shown(v.count())).setHeader(getTranslation("survey.responses")).setAutoWidth(true);
        versions.setAriaLabel(getTranslation("survey.responses.byVersion"));
        groups.addColumn(g -> g.name().isEmpty() ? getTranslation("survey.responses.noGroup") : g.name())
                .setHeader(getTranslation("survey.group.name")).setFlexGrow(1);
        groups.addColumn(g -> shown(g.count())).setHeader(getTranslation("survey.responses")).setAutoWidth(true);
        groups.addColumn(g -> g.cohortSize() == null ? "" : String.valueOf(g.cohortSize()))
                .setHeader(getTranslation("survey.group.cohort")).setAutoWidth(true);
        groups.addColumn(g -> g.ratePercent() == null ? "" : getTranslation("survey.responses.rate", g.ratePercent()))
                .setHeader(getTranslation("survey.responses.rateColumn")).setAutoWidth(true);
        groups.setAriaLabel(getTranslation("survey.responses.byGroup"));
        groups.setEmptyStateText(getTranslation("survey.groups.none"));
        days.addColumn(d -> DAY.format(d.day())).setHeader(getTranslation("survey.responses.day")).setFlexGrow(1);
        days.addColumn(d -> shown(d.count())).setHeader(getTranslation("survey.responses")).setAutoWidth(true);
        days.setAriaLabel(getTranslation("survey.responses.byDay"));
        days.setEmptyStateText(getTranslation("survey.responses.noDays"));
        for (var grid : new Grid<?>[] {versions, groups, days}) {
            grid.setAllRowsVisible(true);
            StaffLists.fit(grid);
        }
        add(total, started, why, new Button(getTranslation("survey.responses.refresh"), c -> refresh()),
                new H3(getTranslation("survey.responses.byVersion")), versions,
                new H3(getTranslation("survey.responses.byGroup")), groups,
                new H3(getTranslation("survey.responses.byDay")), days);
        refresh();
    }

    private void refresh() {
        var counts = surveys.counts(surveyId);
        total.setText(getTranslation("survey.responses.total", shown(counts.total())));
        started.setText(getTranslation("survey.responses.started", shown(counts.started())));
        int threshold = counts.total().threshold();
        why.setText(getTranslation("survey.responses.why", threshold - 1, threshold));
        versions.setItems(counts.versions());
        groups.setItems(counts.groups());
        days.setItems(counts.days());
    }

    private String shown(ShownCount count) {
        return count.suppressed() ? getTranslation("survey.responses.fewer", count.threshold())
                : String.valueOf(count.value());
    }
}
