package org.youthvoice.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.ShownCount;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.ui.BarChart;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.ResultChoices;
import org.youthvoice.survey.ResultFilter;
import org.youthvoice.survey.SurveyAnalysis;
import org.youthvoice.survey.SurveyResults.QuestionResult;
import org.youthvoice.survey.SurveyResults;
import org.youthvoice.survey.exchange.SurveyExports;
import org.youthvoice.survey.results.Benchmark;
import org.youthvoice.survey.results.SurveyBenchmarks;

/**
 * A survey's results, question by question: a chart and a table of counts and shares, the earlier round beside them,
 * narrowed by version, group or an "about you" answer. Small counts show as "fewer than 5"; nobody's words are shown
 * here, only how many wrote something.
 */
@Route(value = "surveys/:id/results", layout = StaffLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.VIEWER})
class SurveyResultsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final ResultChoices.Choice EVERYONE = new ResultChoices.Choice("", "");

    private final SurveyAnalysis analysis;
    private final SurveyBenchmarks benchmarks;
    private final SurveyExports exports;
    private final AuthenticationContext authentication;
    private final boolean canEdit;
    private final Div body = new Div();
    private @Nullable SurveyResults shown;
    private java.util.Map<String, List<Benchmark>> compareWith = java.util.Map.of();
    /** The filter of the results shown now: the workbook download uses it. */
    private ResultFilter shownFilter = ResultFilter.NONE;
    private final Paragraph error = new Paragraph();
    private String title = "";

    SurveyResultsView(SurveyAnalysis analysis, SurveyBenchmarks benchmarks, SurveyExports exports,
            AuthenticationContext authentication) {
        this.analysis = analysis;
        this.benchmarks = benchmarks;
        this.exports = exports;
        this.authentication = authentication;
        this.canEdit = authentication.hasAnyRole(Roles.OFFICER, Roles.ADMIN);
        addClassName("survey-results");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        body.removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        SurveyResults results;
        ResultChoices choices;
        try {
            results = analysis.results(id, ResultFilter.NONE);
            choices = analysis.choices(id);
        } catch (UserFacingException e) {
            title = getTranslation("results.title.plain");
            add(new H1(title), new Paragraph(getTranslation(e.messageKey(), e.arguments())));
            return;
        }
        title = getTranslation("results.title", results.title());
        add(new H1(title), new Paragraph(getTranslation("results.intro")),
                new Anchor("surveys/" + id, getTranslation("results.back")));
        if (canEdit) {
            var edit = new Button(getTranslation("results.benchmarks"), click -> new BenchmarksDialog(benchmarks,
                    results, this::reshow).open());
            edit.addClassName("benchmarks-button");
            add(edit);
        }
        shownFilter = ResultFilter.NONE;
        add(downloads(id), filters(id, choices), error, body);
        show(results);
    }

    /** Downloads: the workbook of these tables for everyone here, the responses file for officers only. */
    private Section downloads(long id) {
        var section = new Section();
        section.addClassName("results-downloads");
        section.add(new H2(getTranslation("export.heading")));
        var xlsx = new Anchor((DownloadHandler) event -> {
            event.setFileName("survey-" + id + "-results.xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            exports.resultsXlsx(id, shownFilter, event.getOutputStream());
        }, AttachmentType.DOWNLOAD, getTranslation("export.xlsx"));
        section.add(new Paragraph(xlsx), new Paragraph(getTranslation("export.xlsx.help")));
        if (authentication.hasAnyRole(Roles.OFFICER, Roles.ADMIN)) {
            var csv = new Anchor((DownloadHandler) event -> {
                event.setFileName("survey-" + id + "-responses.csv");
                event.setContentType("text/csv; charset=UTF-8");
                exports.responsesCsv(id, event.getOutputStream());
            }, AttachmentType.DOWNLOAD, getTranslation("export.csv"));
            section.add(new Paragraph(csv), new Paragraph(getTranslation("export.csv.help")));
            var dictionary = new Anchor((DownloadHandler) event -> {
                event.setFileName("survey-" + id + "-data-dictionary.csv");
                event.setContentType("text/csv; charset=UTF-8");
                exports.dictionaryCsv(id, event.getOutputStream());
            }, AttachmentType.DOWNLOAD, getTranslation("export.dictionary"));
            section.add(new Paragraph(dictionary), new Paragraph(getTranslation("export.dictionary.help")));
        }
        return section;
    }

    private FlexLayout filters(long id, ResultChoices choices) {
        var version = select("results.filter.version", choices.versions());
        var group = select("results.filter.group", choices.groups());
        group.setVisible(!choices.groups().isEmpty());
        var aboutChoices = new ArrayList<ResultChoices.Choice>();
        for (var about : choices.about()) {
            for (var option : about.options()) {
                aboutChoices.add(new ResultChoices.Choice(about.question() + "\u0000" + option.key(),
                        about.text() + ": " + option.label()));
            }
        }
        var about = select("results.filter.about", aboutChoices);
        about.setVisible(!aboutChoices.isEmpty());
        var apply = new Button(getTranslation("results.filter.apply"), click -> {
            String[] answer = about.getValue().key().isEmpty() ? null : about.getValue().key().split("\u0000");
            var filter = new ResultFilter(blank(version.getValue().key()),
                    group.getValue().key().isEmpty() ? null : Long.parseLong(group.getValue().key()),
                    answer == null ? null : answer[0], answer == null ? null : answer[1]);
            try {
                var results = analysis.results(id, filter);
                shownFilter = filter;
                error.setText("");
                show(results);
            } catch (UserFacingException e) {
                // Keep the results already shown, and the filter as chosen; say why.
                error.setText(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        var bar = new FlexLayout(version, group, about, apply);
        bar.addClassName("results-filters");
        bar.setAlignItems(FlexLayout.Alignment.END);
        return bar;
    }

    private Select<ResultChoices.Choice> select(String label, List<ResultChoices.Choice> choices) {
        var select = new Select<ResultChoices.Choice>();
        select.setLabel(getTranslation(label));
        var items = new ArrayList<ResultChoices.Choice>();
        items.add(EVERYONE);
        items.addAll(choices);
        select.setItems(items);
        select.setItemLabelGenerator(c -> c == EVERYONE ? getTranslation("results.filter.everyone") : c.label());
        select.setValue(EVERYONE);
        return select;
    }

    private void reshow() {
        if (shown != null) {
            show(shown);
        }
    }

    private void show(SurveyResults results) {
        shown = results;
        compareWith = benchmarks.list(results.surveyId()).stream()
                .collect(java.util.stream.Collectors.groupingBy(Benchmark::questionKey));
        body.removeAll();
        body.add(new Paragraph(getTranslation("results.responses", count(results.responses()))));
        if (results.waiting() > 0) {
            body.add(new Paragraph(getTranslation("results.waiting", results.waiting(), results.responses().threshold())));
        }
        if (results.earlierRound() != null) {
            body.add(new Paragraph(getTranslation("results.compared", results.round(), results.earlierRound())));
        }
        int number = 1;
        for (var q : results.questions()) {
            body.add(question(number++, q, results.earlierRound()));
        }
    }

    private Section question(int number, QuestionResult q, @Nullable Integer earlierRound) {
        var section = new Section();
        section.addClassName("result-question");
        section.add(new H2(getTranslation("results.question", number, q.text())));
        section.add(new Paragraph(getTranslation("results.answered", count(q.answered()))));
        if (q.kind() == QuestionKind.FREE_TEXT) {
            section.add(new Paragraph(getTranslation("results.texts", count(q.texts()))));
            return section;
        }
        if (q.mean() != null) {
            section.add(new Paragraph(q.earlierMean() == null ? getTranslation("results.mean", q.mean())
                    : getTranslation("results.meanCompared", q.mean(), q.earlierMean())));
        }
        for (var b : compareWith.getOrDefault(q.key(), List.of())) {
            var line = new Paragraph(ResultWords.benchmark(this, b, q));
            line.addClassName("result-benchmark");
            section.add(line);
        }
        boolean ranking = q.kind() == QuestionKind.RANKING;
        boolean compare = earlierRound != null;
        var labels = q.options().stream().map(SurveyResults.OptionResult::label).toList();
        var series = new ArrayList<BarChart.Series>();
        series.add(new BarChart.Series(getTranslation("results.thisRound"),
                q.options().stream().map(o -> o.percent() == null ? null : (Double) o.percent().doubleValue()).toList()));
        if (compare) {
            series.add(new BarChart.Series(getTranslation("results.earlierRound", earlierRound),
                    q.options().stream().map(o -> o.earlierPercent() == null ? null
                            : (Double) o.earlierPercent().doubleValue()).toList()));
        }
        var chart = new BarChart(labels, series, "%");
        var table = new NativeTable();
        table.addClassName("results-table");
        var caption = new NativeTableCaption();
        caption.setText(getTranslation("results.tableCaption", q.text()));
        table.add(caption);
        var head = new NativeTableRow(header("results.col.answer"), header("results.col.count"),
                header("results.col.percent"));
        if (compare) {
            head.add(header("results.col.earlier"));
        }
        if (ranking) {
            head.add(header("results.col.rank"));
        }
        table.add(new NativeTableHeader(head));
        var rows = new NativeTableBody();
        for (var o : q.options()) {
            var label = new NativeTableHeaderCell(o.label());
            label.getElement().setAttribute("scope", "row");
            var row = new NativeTableRow(label, new NativeTableCell(count(o.count())),
                    new NativeTableCell(percent(o.percent())));
            if (compare) {
                row.add(new NativeTableCell(percent(o.earlierPercent())));
            }
            if (ranking) {
                row.add(new NativeTableCell(o.averageRank() == null ? "–"
                        : String.format(getLocale(), "%.1f", o.averageRank())));
            }
            rows.add(row);
        }
        table.add(rows);
        var parts = new FlexLayout(chart, table);
        parts.addClassName("result-parts");
        if (q.allHidden() && !q.answered().suppressed()) {
            var why = new Paragraph(getTranslation("results.allHidden",
                    q.options().getFirst().count().threshold()));
            why.addClassName("result-why-empty");
            section.add(why);
        }
        section.add(parts);
        if (!q.combined().isEmpty()) {
            var together = new com.vaadin.flow.component.html.UnorderedList();
            together.addClassName("result-combined");
            for (var c : q.combined()) {
                together.add(new com.vaadin.flow.component.html.ListItem(getTranslation("results.combined.line",
                        c.words(getTranslation("results.or")), c.count(), percent(c.percent()))));
            }
            section.add(new Paragraph(getTranslation("results.combined.intro",
                    q.options().stream().filter(o -> o.count().suppressed()).findFirst().orElseThrow().count()
                            .threshold())), together);
        }
        return section;
    }

    private NativeTableHeaderCell header(String key) {
        var cell = new NativeTableHeaderCell(getTranslation(key));
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private String count(ShownCount count) {
        return count.suppressed() ? getTranslation("count.fewerThan", count.threshold())
                : String.valueOf(count.value());
    }

    private String percent(@Nullable Integer percent) {
        return percent == null ? "–" : percent + "%";
    }

    private static @Nullable String blank(String value) {
        return value.isEmpty() ? null : value;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
