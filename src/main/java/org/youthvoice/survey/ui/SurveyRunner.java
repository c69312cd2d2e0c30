package org.youthvoice.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.ui.Faces;
import org.youthvoice.base.ui.PictureDrawings;
import org.youthvoice.survey.Answer;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.TakerSurvey;
import org.youthvoice.survey.TakerSurvey.TakerQuestion;

/**
 * One question per screen, big tap targets, progress, back and next, skip where optional, and "read it to me". Every
 * answer is handed to the sink the moment the young person moves on (and free text while they pause typing), so a
 * lost connection or closed tab loses nothing.
 */
class SurveyRunner extends Div {

    private static final Logger log = LoggerFactory.getLogger(SurveyRunner.class);

    private final TakerSurvey survey;
    private final AnswerSink sink;
    private final Runnable finished;
    private final Map<String, Answer> answers;
    private int step;
    private @Nullable String shownCode;

    SurveyRunner(TakerSurvey survey, AnswerSink sink, @Nullable String resumeCode, Runnable finished) {
        this.survey = survey;
        this.sink = sink;
        this.finished = finished;
        this.answers = new HashMap<>(survey.answers());
        this.shownCode = resumeCode;
        addClassName("survey-runner");
        if (survey.assisted()) {
            addClassName("assisted");
        }
        step = firstAskedFrom(Math.min(Math.max(0, survey.step()), survey.questions().size() - 1), 1);
        show();
    }

    private void show() {
        removeAll();
        if (step < 0 || step >= survey.questions().size()) {
            step = lastAsked();
        }
        var question = survey.questions().get(step);
        List<Integer> asked = askedSteps();
        int number = asked.indexOf(step) + 1;

        var progressText = new Paragraph(getTranslation("survey.take.progress", number, asked.size()));
        progressText.addClassName("survey-progress-text");
        var progress = new ProgressBar(0, asked.size(), number);
        progress.getElement().setAttribute("aria-hidden", "true");
        add(progressText, progress);
        int before = previousAsked(step);
        if (question.section() != null
                && (before < 0 || !question.section().equals(survey.questions().get(before).section()))) {
            var section = new H2(question.section());
            section.addClassName("survey-section");
            add(section);
        }
        if (question.picture() != null) {
            add(PictureDrawings.of(question.picture()));
        }
        var heading = new H1(question.text());
        heading.addClassName("survey-question");
        heading.setId("question-text");
        add(heading);
        if (question.help() != null) {
            var help = new Paragraph(question.help());
            help.addClassName("survey-help");
            add(help);
        }
        var read = new Button(getTranslation("survey.take.readAloud"), click -> readAloud(question));
        read.addClassName("read-aloud");
        add(read);

        var error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        Supplier<Answer> input = input(question, error);

        var back = new Button(getTranslation("survey.take.back"));
        back.addClassName("survey-back");
        back.setVisible(previousAsked(step) >= 0);
        back.addClickListener(click -> {
            if (store(question, input.get(), error, previousAsked(step))) {
                step = previousAsked(step);
                show();
            }
        });
        boolean last = nextAsked(step) < 0;
        var next = new Button(getTranslation(last ? "survey.take.send" : "survey.take.next"));
        next.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        next.addClassName("big-button");
        next.addClickListener(click -> {
            Answer answer = input.get();
            if (answer.isEmpty() && !question.optional()) {
                error.setText(getTranslation("survey.take.answerFirst"));
                return;
            }
            if (!store(question, answer, error, last ? step : nextAsked(step))) {
                return;
            }
            if (last) {
                send(error);
            } else {
                step = nextAsked(step);
                show();
            }
        });
        var buttons = new Div(back, next);
        buttons.addClassName("survey-buttons");
        add(error, buttons);
        if (question.optional()) {
            var skip = new Paragraph(getTranslation("survey.take.skipHint"));
            skip.addClassName("survey-skip-hint");
            add(skip);
        }
        add(later());
    }

    private Component later() {
        var box = new Div();
        box.addClassName("survey-later");
        if (shownCode != null) {
            box.add(new Paragraph(getTranslation("survey.take.codeIs", shownCode)));
        }
        var later = new Button(getTranslation("survey.take.later"), click -> {
            try {
                String code = sink.resumeCode();
                box.removeAll();
                box.add(new Paragraph(getTranslation("survey.take.laterSaved")));
                if (code != null) {
                    shownCode = code;
                    var codeText = new Span(code);
                    codeText.addClassName("resume-code");
                    box.add(new Paragraph(getTranslation("survey.take.laterCode")), codeText);
                }
            } catch (UserFacingException e) {
                box.add(new Paragraph(getTranslation(e.messageKey(), e.arguments())));
            }
        });
        later.addThemeVariants(ButtonVariant.TERTIARY);
        box.add(later);
        return box;
    }

    /**
     * Saves an answer the moment it is given, before Next: a phone put down mid-question (and its session expiring)
     * still keeps it.
     */
    private void keep(TakerQuestion question, boolean fromClient, Answer answer, Paragraph error) {
        if (fromClient && store(question, answer, error, step)) {
            error.setText("");
        }
    }

    private boolean store(TakerQuestion question, Answer answer, Paragraph error, int nextStep) {
        try {
            sink.save(question.key(), answer, Math.max(nextStep, 0));
            answers.put(question.key(), answer);
            return true;
        } catch (UserFacingException e) {
            error.setText(getTranslation(e.messageKey(), e.arguments()));
        } catch (RuntimeException e) {
            log.warn("Could not save an answer", e);
            error.setText(getTranslation("survey.take.error.saving"));
        }
        return false;
    }

    private void send(Paragraph error) {
        try {
            sink.submit();
            finished.run();
        } catch (UserFacingException e) {
            error.setText(getTranslation(e.messageKey(), e.arguments()));
        } catch (RuntimeException e) {
            log.warn("Could not send a response", e);
            error.setText(getTranslation("survey.take.error.saving"));
        }
    }

    private Supplier<Answer> input(TakerQuestion q, Paragraph error) {
        Answer given = answers.getOrDefault(q.key(), Answer.SKIPPED);
        String label = getTranslation("survey.take.yourAnswer");
        switch (q.kind()) {
            case SINGLE_CHOICE, YES_NO_NOT_SURE, FACE_SCALE -> {
                var group = new RadioButtonGroup<OptionDefinition>(label);
                group.setItems(q.options());
                group.setRenderer(new ComponentRenderer<>(o -> option(q, o)));
                group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                group.addClassName("survey-choices");
                group.getElement().setAttribute("aria-describedby", "question-text");
                q.options().stream().filter(o -> given.options().contains(o.key())).findFirst()
                        .ifPresent(group::setValue);
                group.addValueChangeListener(e -> keep(q, e.isFromClient(), e.getValue() == null ? Answer.SKIPPED
                        : Answer.choice(e.getValue().key()), error));
                add(group);
                return () -> group.getValue() == null ? Answer.SKIPPED : Answer.choice(group.getValue().key());
            }
            case MULTIPLE_CHOICE -> {
                var group = new CheckboxGroup<OptionDefinition>(getTranslation("survey.take.chooseAny"));
                group.setItems(q.options());
                group.setRenderer(new ComponentRenderer<>(o -> option(q, o)));
                group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                group.addClassName("survey-choices");
                group.getElement().setAttribute("aria-describedby", "question-text");
                group.setValue(new java.util.LinkedHashSet<>(q.options().stream()
                        .filter(o -> given.options().contains(o.key())).toList()));
                group.addValueChangeListener(e -> keep(q, e.isFromClient(), new Answer(q.options().stream()
                        .filter(e.getValue()::contains).map(OptionDefinition::key).toList(), null, null), error));
                add(group);
                return () -> new Answer(q.options().stream().filter(group.getValue()::contains)
                        .map(OptionDefinition::key).toList(), null, null);
            }
            case SCALE_0_10 -> {
                var group = new RadioButtonGroup<Integer>(label);
                group.setItems(java.util.stream.IntStream.rangeClosed(0, 10).boxed().toList());
                group.setItemLabelGenerator(n -> n == 0 && q.lowLabel() != null ? "0 – " + q.lowLabel()
                        : n == 10 && q.highLabel() != null ? "10 – " + q.highLabel() : String.valueOf(n));
                group.addClassName("survey-scale");
                group.getElement().setAttribute("aria-describedby", "question-text");
                group.setValue(given.number());
                group.addValueChangeListener(e -> keep(q, e.isFromClient(), e.getValue() == null ? Answer.SKIPPED
                        : Answer.number(e.getValue()), error));
                add(group);
                return () -> group.getValue() == null ? Answer.SKIPPED : Answer.number(group.getValue());
            }
            case FREE_TEXT -> {
                var notice = new Div(new H2(getTranslation("survey.take.notice.title")),
                        new Paragraph(getTranslation("survey.take.notice.who")),
                        new Paragraph(getTranslation("survey.take.notice.safe")));
                notice.addClassName("before-you-write");
                var text = new TextArea(getTranslation("survey.take.typeHere"));
                int most = q.maxLength() == null ? 1000 : q.maxLength();
                text.setMaxLength(most);
                text.setHelperText(getTranslation("survey.take.textHelp", most));
                text.setWidthFull();
                text.setValue(given.text() == null ? "" : given.text());
                // Saved while they pause typing too, so a dropped connection or closed tab keeps what they wrote.
                text.setValueChangeMode(ValueChangeMode.LAZY);
                text.setValueChangeTimeout(1500);
                text.addValueChangeListener(e -> keep(q, e.isFromClient(), Answer.text(e.getValue()), error));
                add(notice, text);
                return () -> Answer.text(text.getValue());
            }
            case RANKING -> {
                var ranking = new Ranking(q, given.options(), error);
                add(ranking);
                return () -> new Answer(ranking.order(), null, null);
            }
            default -> throw new IllegalStateException(q.kind().name());
        }
    }

    private Component option(TakerQuestion q, OptionDefinition o) {
        var words = new Span(o.label());
        if (q.kind() == QuestionKind.FACE_SCALE) {
            return new Span(Faces.face(Integer.parseInt(o.key())), words);
        }
        return o.picture() == null ? words : new Span(PictureDrawings.of(o.picture()), words);
    }

    private void readAloud(TakerQuestion q) {
        var words = new ArrayList<String>();
        words.add(q.text());
        if (q.help() != null) {
            words.add(q.help());
        }
        q.options().forEach(o -> words.add(o.label()));
        if (q.kind() == QuestionKind.SCALE_0_10) {
            words.add(getTranslation("survey.take.scaleSpoken", q.lowLabel() == null ? "" : q.lowLabel(),
                    q.highLabel() == null ? "" : q.highLabel()));
        }
        // The browser's own voice: nothing is sent anywhere.
        getElement().executeJs("""
                if (!('speechSynthesis' in window)) { return; }
                window.speechSynthesis.cancel();
                const u = new SpeechSynthesisUtterance($0.join('. '));
                u.lang = $1; u.rate = 0.9;
                window.speechSynthesis.speak(u);""", words.toArray(String[]::new), survey.language());
    }

    private List<Integer> askedSteps() {
        var asked = new ArrayList<Integer>();
        for (int i = 0; i < survey.questions().size(); i++) {
            if (isAsked(i)) {
                asked.add(i);
            }
        }
        return asked;
    }

    private boolean isAsked(int index) {
        return TakerSurvey.isAsked(survey.questions().get(index), answers);
    }

    private int nextAsked(int from) {
        return firstAskedFrom(from + 1, 1);
    }

    private int previousAsked(int from) {
        return firstAskedFrom(from - 1, -1);
    }

    private int firstAskedFrom(int from, int direction) {
        for (int i = from; i >= 0 && i < survey.questions().size(); i += direction) {
            if (isAsked(i)) {
                return i;
            }
        }
        return -1;
    }

    private int lastAsked() {
        return firstAskedFrom(survey.questions().size() - 1, -1);
    }

    /** Ranking without dragging: tap options in order; move them up or down; take one out. */
    private final class Ranking extends Div {

        private final TakerQuestion question;
        private final Paragraph error;
        private final List<String> order = new ArrayList<>();

        Ranking(TakerQuestion question, List<String> given, Paragraph error) {
            this.question = question;
            this.error = error;
            order.addAll(given);
            addClassName("survey-ranking");
            render();
        }

        List<String> order() {
            return List.copyOf(order);
        }

        private void render() {
            removeAll();
            add(new Paragraph(getTranslation("survey.take.rankHelp")));
            if (!order.isEmpty()) {
                var list = new OrderedList();
                list.addClassName("ranked");
                list.getElement().setAttribute("aria-label", getTranslation("survey.take.yourOrder"));
                for (int i = 0; i < order.size(); i++) {
                    int at = i;
                    String label = label(order.get(i));
                    var up = new Button(getTranslation("survey.take.up"), click -> move(at, -1));
                    up.getElement().setAttribute("aria-label", getTranslation("survey.take.upLabel", label));
                    up.setEnabled(i > 0);
                    var down = new Button(getTranslation("survey.take.down"), click -> move(at, 1));
                    down.getElement().setAttribute("aria-label", getTranslation("survey.take.downLabel", label));
                    down.setEnabled(i < order.size() - 1);
                    var remove = new Button(getTranslation("survey.take.remove"), click -> {
                        order.remove(at);
                        changed();
                    });
                    remove.getElement().setAttribute("aria-label", getTranslation("survey.take.removeLabel", label));
                    var item = new ListItem(new Span(label), new Div(up, down, remove));
                    list.add(item);
                }
                add(list);
            }
            var left = question.options().stream().filter(o -> !order.contains(o.key())).toList();
            if (!left.isEmpty()) {
                var choices = new Div();
                choices.addClassName("rank-choices");
                var heading = new Paragraph(getTranslation(order.isEmpty() ? "survey.take.rankFirst"
                        : "survey.take.rankNext", order.size() + 1));
                choices.add(heading);
                for (var option : left) {
                    var pick = new Button(option.label(), click -> {
                        order.add(option.key());
                        changed();
                    });
                    pick.addClassName("rank-pick");
                    choices.add(pick);
                }
                add(choices);
            }
        }

        private void move(int index, int by) {
            String key = order.remove(index);
            order.add(index + by, key);
            changed();
        }

        private void changed() {
            keep(question, true, new Answer(order, null, null), error);
            render();
        }

        private String label(String key) {
            return question.options().stream().filter(o -> o.key().equals(key)).map(OptionDefinition::label)
                    .findFirst().orElse(key);
        }
    }
}
