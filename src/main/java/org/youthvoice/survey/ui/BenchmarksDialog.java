package org.youthvoice.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyResults.QuestionResult;
import org.youthvoice.survey.SurveyResults;
import org.youthvoice.survey.results.Benchmark;
import org.youthvoice.survey.results.SurveyBenchmarks;

/** Officers add and remove the figures a survey's results are compared with. A refused figure keeps what was typed. */
class BenchmarksDialog extends Dialog {

    /** A figure an officer can enter for a question: its average, or the share choosing one answer. */
    private record Measure(String questionKey, String optionKey, String label) {
    }

    private final SurveyBenchmarks benchmarks;
    private final long surveyId;
    private final Map<String, QuestionResult> questions;
    private final UnorderedList existing = new UnorderedList();
    private final Runnable changed;

    BenchmarksDialog(SurveyBenchmarks benchmarks, SurveyResults results, Runnable changed) {
        this.benchmarks = benchmarks;
        this.surveyId = results.surveyId();
        this.changed = changed;
        this.questions = results.questions().stream()
                .collect(Collectors.toMap(QuestionResult::key, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        setHeaderTitle(getTranslation("benchmark.title", results.title()));
        setWidth("min(44rem, 95vw)");

        var question = new Select<QuestionResult>();
        question.setLabel(getTranslation("benchmark.question"));
        question.setItems(questions.values().stream().filter(q -> q.kind() != QuestionKind.FREE_TEXT
                && q.kind() != QuestionKind.RANKING).toList());
        question.setItemLabelGenerator(QuestionResult::text);
        var measure = new Select<Measure>();
        measure.setLabel(getTranslation("benchmark.measure"));
        measure.setItemLabelGenerator(Measure::label);
        question.addValueChangeListener(e -> {
            measure.setItems(measures(e.getValue()));
            if (e.getValue() != null && e.getValue().kind() == QuestionKind.SCALE_0_10) {
                measure.setValue(measures(e.getValue()).getFirst());
            }
        });
        var value = new NumberField(getTranslation("benchmark.value"));
        value.setStep(0.01);
        var described = new TextField(getTranslation("benchmark.described"));
        described.setHelperText(getTranslation("benchmark.described.help"));
        described.setMaxLength(200);
        var source = new TextField(getTranslation("benchmark.source"));
        source.setMaxLength(300);
        var year = new IntegerField(getTranslation("benchmark.year"));
        var add = new Button(getTranslation("benchmark.add"), click -> {
            var chosen = measure.getValue();
            var typed = new Benchmark.New(question.getValue() == null ? "" : question.getValue().key(),
                    chosen == null || chosen.optionKey().isEmpty() ? null : chosen.optionKey(), value.getValue(),
                    described.getValue(), source.getValue(), year.getValue());
            if (chosen == null && question.getValue() != null && question.getValue().kind() != QuestionKind.SCALE_0_10) {
                Notifications.error(getTranslation("benchmark.error.option"));
                return;
            }
            if (Notifications.attempt(() -> benchmarks.add(surveyId, typed))) {
                Notifications.success(getTranslation("benchmark.added"));
                value.clear();
                refresh();
                changed.run();
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(question, measure, value, described, source, year);
        form.addClassName("benchmark-form");
        add(new Paragraph(getTranslation("benchmark.intro")), form, new H3(getTranslation("results.benchmarks")),
                existing);
        getFooter().add(new Button(getTranslation("benchmark.close"), click -> close()), add);
        refresh();
    }

    private List<Measure> measures(QuestionResult q) {
        var list = new ArrayList<Measure>();
        if (q == null) {
            return list;
        }
        if (q.kind() == QuestionKind.SCALE_0_10) {
            list.add(new Measure(q.key(), "", getTranslation("benchmark.measure.mean")));
        }
        for (var option : q.options()) {
            list.add(new Measure(q.key(), option.key(), getTranslation("benchmark.measure.option", option.label())));
        }
        return list;
    }

    private void refresh() {
        existing.removeAll();
        var all = benchmarks.list(surveyId);
        if (all.isEmpty()) {
            existing.add(new ListItem(getTranslation("benchmark.none")));
        }
        for (var b : all) {
            var q = questions.get(b.questionKey());
            String words = ResultWords.benchmark(this, b, q);
            var remove = new Button(getTranslation("benchmark.remove"), click -> {
                benchmarks.remove(surveyId, b.id());
                refresh();
                changed.run();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.setAriaLabel(getTranslation("benchmark.remove.for", words));
            existing.add(new ListItem(new com.vaadin.flow.component.html.Span(words + " "), remove));
        }
    }
}
