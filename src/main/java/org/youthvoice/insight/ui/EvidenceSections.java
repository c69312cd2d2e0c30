package org.youthvoice.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.ShownCount;
import org.youthvoice.base.ui.BarChart;
import org.youthvoice.insight.PriorityEvidence;
import org.youthvoice.insight.TaggedAction;
import org.youthvoice.insight.TaggedBallot;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyResults;

/** The sections of an evidence page, each a chart (a picture only) beside a table of the same figures. */
final class EvidenceSections {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private final Component view;

    EvidenceSections(Component view) {
        this.view = view;
    }

    Div surveys(List<SurveyResults> surveys) {
        var body = new Div();
        if (surveys.isEmpty()) {
            body.add(new Paragraph(t("evidence.surveys.none")));
        }
        for (SurveyResults survey : surveys) {
            body.add(new H3(survey.earlierRound() == null ? t("evidence.survey", survey.title(), survey.round())
                    : t("evidence.survey.compared", survey.title(), survey.round(), survey.earlierRound())));
            body.add(new Paragraph(t("evidence.responses", count(survey.responses()))));
            for (var q : survey.questions()) {
                body.add(question(q, survey.earlierRound()));
            }
        }
        return body;
    }

    private Div question(SurveyResults.QuestionResult q, @Nullable Integer earlierRound) {
        var part = new Div(new H4(q.text()), new Paragraph(t("results.answered", count(q.answered()))));
        part.addClassName("result-question");
        if (q.kind() == QuestionKind.FREE_TEXT) {
            part.add(new Paragraph(t("evidence.texts", count(q.texts()))));
            return part;
        }
        if (q.mean() != null) {
            part.add(new Paragraph(q.earlierMean() == null ? t("results.mean", q.mean())
                    : t("results.meanCompared", q.mean(), q.earlierMean())));
        }
        boolean compare = earlierRound != null;
        var series = new ArrayList<BarChart.Series>();
        series.add(new BarChart.Series(t("results.thisRound"), q.options().stream()
                .map(o -> o.percent() == null ? null : (Double) o.percent().doubleValue()).toList()));
        if (compare) {
            series.add(new BarChart.Series(t("results.earlierRound", earlierRound), q.options().stream()
                    .map(o -> o.earlierPercent() == null ? null : (Double) o.earlierPercent().doubleValue()).toList()));
        }
        var headers = new ArrayList<>(List.of("results.col.answer", "results.col.count", "results.col.percent"));
        if (compare) {
            headers.addAll(List.of("results.col.earlier", "evidence.col.change"));
        }
        var rows = new ArrayList<List<String>>();
        for (var o : q.options()) {
            var row = new ArrayList<>(List.of(o.label(), count(o.count()), percent(o.percent())));
            if (compare) {
                row.add(percent(o.earlierPercent()));
                row.add(o.percent() == null || o.earlierPercent() == null ? "–"
                        : t("evidence.change", o.percent() - o.earlierPercent()));
            }
            rows.add(row);
        }
        var parts = new FlexLayout(new BarChart(q.options().stream().map(SurveyResults.OptionResult::label).toList(),
                series, "%"), table(t("results.tableCaption", q.text()), headers, rows));
        parts.addClassName("result-parts");
        part.add(parts);
        if (!q.combined().isEmpty()) {
            // As on the results page: hidden answers put together where they make a group big enough to show.
            var together = new com.vaadin.flow.component.html.UnorderedList();
            together.addClassName("result-combined");
            for (var c : q.combined()) {
                together.add(new com.vaadin.flow.component.html.ListItem(t("results.combined.line",
                        c.words(t("results.or")), c.count(), percent(c.percent()))));
            }
            part.add(new Paragraph(t("results.combined.intro", q.answered().threshold())), together);
        }
        return part;
    }

    Div ballots(List<TaggedBallot> ballots) {
        var body = new Div();
        if (ballots.isEmpty()) {
            body.add(new Paragraph(t("evidence.ballots.none")));
        }
        for (TaggedBallot ballot : ballots) {
            body.add(new H3(ballot.question()));
            body.add(new Paragraph(t("evidence.ballot.about", ballot.forum().isEmpty() ? t("evidence.cityWide")
                    : ballot.forum(), DAY.format(ballot.publishedOn()), count(ballot.papers()))));
            if (ballot.motionOutcome() != null) {
                body.add(new Paragraph(t("evidence.motion." + ballot.motionOutcome())));
            } else if (!ballot.winners().isEmpty()) {
                body.add(new Paragraph(t("evidence.winners", String.join(", ", ballot.winners()))));
            }
            if (ballot.summary() != null) {
                body.add(new Paragraph(ballot.summary()));
            }
            var rows = ballot.options().stream().map(o -> List.of(ballot.motionOutcome() == null ? o.label()
                    : t("evidence.motion.option." + o.label()), count(o.votes()))).toList();
            body.add(table(t("evidence.ballot.caption", ballot.question()),
                    List.of("results.option", "results.votes"), rows));
        }
        return body;
    }

    Div comments(PriorityEvidence.Comments comments) {
        var body = new Div(new Paragraph(t("evidence.comments.counts", count(comments.total()),
                count(comments.surveyAnswers()), count(comments.feedback()))));
        var labels = new ArrayList<String>();
        var rows = new ArrayList<List<String>>();
        var values = new ArrayList<@Nullable Double>();
        for (int i = 0; i < 5; i++) {
            ShownCount face = comments.faces().get(i);
            labels.add(t("tellus.face." + (i + 1)));
            rows.add(List.of(labels.getLast(), count(face)));
            values.add(face.suppressed() ? null : (Double) face.value().doubleValue());
        }
        rows.add(List.of(t("evidence.face.none"), count(comments.noFace())));
        var parts = new FlexLayout(new BarChart(labels, List.of(new BarChart.Series(t("evidence.faces.series"),
                values)), ""), table(t("evidence.faces.caption"), List.of("evidence.col.face", "evidence.col.feedback"),
                        rows));
        parts.addClassName("result-parts");
        body.add(new Paragraph(t("evidence.faces.explain")), parts);
        return body;
    }

    Div quotes(List<PriorityEvidence.ApprovedQuote> quotes) {
        var body = new Div();
        if (quotes.isEmpty()) {
            body.add(new Paragraph(t("evidence.quotes.none")));
        }
        for (var quote : quotes) {
            var words = new com.vaadin.flow.component.html.Div();
            words.getElement().appendChild(new com.vaadin.flow.dom.Element("blockquote").setText(quote.text()));
            words.add(new Paragraph(t("evidence.quote.from." + quote.sourceType())));
            words.addClassName("evidence-quote");
            body.add(words);
        }
        return body;
    }

    Div actions(List<TaggedAction> actions) {
        var body = new Div();
        if (actions.isEmpty()) {
            body.add(new Paragraph(t("evidence.actions.none")));
            return body;
        }
        var rows = actions.stream().map(a -> List.of(a.weDo(), t("actions.status." + a.status()), a.owner(),
                a.dueOn() == null ? "" : DAY.format(a.dueOn()))).toList();
        body.add(table(t("evidence.actions.caption"), List.of("evidence.col.action", "evidence.col.status",
                "evidence.col.owner", "evidence.col.due"), rows));
        return body;
    }

    private NativeTable table(String caption, List<String> headerKeys, List<? extends List<String>> rows) {
        var table = new NativeTable();
        table.addClassName("results-table");
        var c = new NativeTableCaption();
        c.setText(caption);
        table.add(c);
        var head = new NativeTableRow();
        for (String key : headerKeys) {
            var cell = new NativeTableHeaderCell(t(key));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        table.add(new NativeTableHeader(head));
        var body = new NativeTableBody();
        for (var row : rows) {
            var tr = new NativeTableRow();
            var first = new NativeTableHeaderCell(row.getFirst());
            first.getElement().setAttribute("scope", "row");
            tr.add(first);
            row.stream().skip(1).forEach(v -> tr.add(new NativeTableCell(v)));
            body.add(tr);
        }
        table.add(body);
        return table;
    }

    private String count(ShownCount count) {
        return Counts.shown(view, count);
    }

    private static String percent(@Nullable Integer percent) {
        return percent == null ? "–" : percent + "%";
    }

    private String t(String key, Object... args) {
        return view.getTranslation(key, args);
    }
}
