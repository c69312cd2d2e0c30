package org.youthvoice.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.survey.Demographic;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.ShowIf;
import org.youthvoice.survey.internal.OptionLines;
import org.youthvoice.survey.internal.SurveyPictures;
import org.youthvoice.survey.ui.SurveyDraft.DraftQuestion;

/**
 * One question of any kind, in a dialog: its words, picture, answers, "about you" use, when it is asked, its tags and
 * the versions that ask it. Nothing is checked here: the survey is checked whole when it is saved.
 */
class QuestionEditor extends Dialog {

    private final SurveyDraft draft;
    private final String key;
    private final Select<QuestionKind> kind = new Select<>();
    private final TextArea text = new TextArea();
    private final TextField help = new TextField();
    private final Select<String> picture = new Select<>();
    private final Checkbox optional = new Checkbox();
    private final VerticalLayout choiceRows = new VerticalLayout();
    private final List<OptionRow> choices = new ArrayList<>();
    private final Div choiceSection = new Div();
    private final Div fixedSection = new Div();
    private final Map<QuestionKind, List<OptionRow>> fixed = new LinkedHashMap<>();
    private final IntegerField maxLength = new IntegerField();
    private final TextField lowLabel = new TextField();
    private final TextField highLabel = new TextField();
    private final Select<Demographic> demographic = new Select<>();
    private final Select<QuestionDefinition> showIfQuestion = new Select<>();
    private final MultiSelectComboBox<String> showIfOptions = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    private final Map<String, Checkbox> askedIn = new LinkedHashMap<>();
    private final Map<String, TextField> sections = new LinkedHashMap<>();

    /**
     * @param existing the question to change, or null for a new one
     * @param keepKind the kind may not change (young people have already answered it)
     * @param tagTitles framework codes a question can be tagged with, and their titles
     */
    QuestionEditor(SurveyDraft draft, @Nullable DraftQuestion existing, boolean keepKind, Map<String, String> tagTitles,
            Consumer<DraftQuestion> done) {
        this.draft = draft;
        this.key = existing == null ? draft.newQuestionKey() : existing.key();
        var q = existing == null ? null : existing.question();
        int number = existing == null ? draft.questions.size() + 1 : draft.questions.indexOf(existing) + 1;
        setHeaderTitle(getTranslation(existing == null ? "survey.question.new" : "survey.question.editNumber", number));
        setWidth("56rem");

        kind.setLabel(getTranslation("survey.question.kind"));
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("survey.kind." + k.name()));
        kind.setValue(q == null ? QuestionKind.SINGLE_CHOICE : q.kind());
        kind.setReadOnly(keepKind);
        if (keepKind) {
            kind.setHelperText(getTranslation("survey.question.kindKept"));
        }
        text.setLabel(getTranslation("survey.question.text"));
        text.setMaxLength(500);
        text.setWidthFull();
        text.setValue(q == null ? "" : q.text());
        help.setLabel(getTranslation("survey.question.help"));
        help.setHelperText(getTranslation("survey.question.help.help"));
        help.setMaxLength(500);
        help.setValue(q == null || q.help() == null ? "" : q.help());
        pictures(picture, getTranslation("survey.question.picture"), q == null ? null : q.picture());
        optional.setLabel(getTranslation("survey.question.optional"));
        optional.setValue(q != null && q.optional());

        choiceSection.add(new H3(getTranslation("survey.question.options")),
                new Paragraph(getTranslation("survey.question.options.explain")), choiceRows,
                new Button(getTranslation("survey.option.add"), c -> {
                    choices.add(new OptionRow(newOptionKey(), "", null));
                    showChoices();
                    choices.getLast().label.focus();
                }), pasteOptions());
        choiceRows.setPadding(false);
        boolean ownOptions = q != null && q.kind().fixedOptionKeys().isEmpty();
        if (ownOptions) {
            q.options().forEach(o -> choices.add(new OptionRow(o.key(), o.label(), o.picture())));
        }
        fixedOptions(QuestionKind.FACE_SCALE, q);
        fixedOptions(QuestionKind.YES_NO_NOT_SURE, q);

        maxLength.setLabel(getTranslation("survey.question.maxLength"));
        maxLength.setHelperText(getTranslation("survey.question.maxLength.help"));
        maxLength.setMin(1);
        maxLength.setMax(5000);
        maxLength.setValue(q == null ? null : q.maxLength());
        lowLabel.setLabel(getTranslation("survey.question.lowLabel"));
        lowLabel.setMaxLength(100);
        lowLabel.setValue(q == null || q.lowLabel() == null ? "" : q.lowLabel());
        highLabel.setLabel(getTranslation("survey.question.highLabel"));
        highLabel.setMaxLength(100);
        highLabel.setValue(q == null || q.highLabel() == null ? "" : q.highLabel());

        demographic.setLabel(getTranslation("survey.question.demographic"));
        demographic.setHelperText(getTranslation("survey.question.demographic.help"));
        demographic.setItems(Demographic.values());
        demographic.setEmptySelectionAllowed(true);
        demographic.setEmptySelectionCaption(getTranslation("survey.question.demographic.none"));
        demographic.setItemLabelGenerator(d -> d == null ? getTranslation("survey.question.demographic.none")
                : getTranslation("survey.demographic." + d.name()));
        demographic.setValue(q == null ? null : q.demographic());
        demographic.setWidth("24rem");

        showIf(q);

        tags.setLabel(getTranslation("survey.question.tags"));
        tags.setHelperText(getTranslation("survey.question.tags.help"));
        var tagCodes = new LinkedHashSet<>(tagTitles.keySet());
        if (q != null) {
            tagCodes.addAll(q.tags());
        }
        tags.setItems(tagCodes);
        tags.setItemLabelGenerator(code -> tagTitles.containsKey(code) ? tagTitles.get(code) + " (" + code + ")" : code);
        tags.setWidthFull();
        if (q != null) {
            tags.setValue(new LinkedHashSet<>(q.tags()));
        }

        var versions = new VerticalLayout();
        versions.setPadding(false);
        for (var version : draft.versions) {
            var ask = new Checkbox(getTranslation("survey.question.askIn", version.label()));
            var section = new TextField(getTranslation("survey.question.section", version.label()));
            section.setHelperText(getTranslation("survey.question.section.help"));
            section.setMaxLength(200);
            section.setWidthFull();
            String current = existing == null ? "" : existing.askedIn().get(version.key());
            ask.setValue(existing == null || current != null);
            section.setValue(current == null ? "" : current);
            section.setVisible(ask.getValue());
            ask.addValueChangeListener(e -> section.setVisible(e.getValue()));
            askedIn.put(version.key(), ask);
            sections.put(version.key(), section);
            versions.add(ask, section);
        }

        var basics = new FormLayout(kind, picture, text, help, optional);
        basics.setColspan(text, 2);
        basics.setColspan(help, 2);
        var scale = new FormLayout(lowLabel, highLabel);
        var rule = new FormLayout(showIfQuestion, showIfOptions);
        add(basics, choiceSection, fixedSection, maxLength, scale, demographic,
                new H3(getTranslation("survey.question.when")), rule, tags,
                new H3(getTranslation("survey.question.versions")), versions);
        kind.addValueChangeListener(e -> showForKind());
        scale.setVisible(false);
        kind.addValueChangeListener(e -> scale.setVisible(e.getValue() == QuestionKind.SCALE_0_10));
        scale.setVisible(kind.getValue() == QuestionKind.SCALE_0_10);
        showChoices();
        showForKind();

        var ok = new Button(getTranslation("survey.question.done"), c -> {
            done.accept(new DraftQuestion(question(), asked()));
            close();
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), c -> close()), ok);
    }

    private void showIf(@Nullable QuestionDefinition q) {
        var earlier = draft.earlierSingleAnswer(key);
        showIfQuestion.setLabel(getTranslation("survey.question.showIf"));
        showIfQuestion.setHelperText(getTranslation("survey.question.showIf.help"));
        showIfQuestion.setItems(earlier);
        showIfQuestion.setEmptySelectionAllowed(true);
        showIfQuestion.setEmptySelectionCaption(getTranslation("survey.question.showIf.always"));
        showIfQuestion.setItemLabelGenerator(e -> e == null ? getTranslation("survey.question.showIf.always")
                : getTranslation("survey.question.numbered", draft.questions.stream().map(DraftQuestion::key).toList()
                        .indexOf(e.key()) + 1, ProblemWords.shorten(e.text())));
        showIfOptions.setLabel(getTranslation("survey.question.showIf.options"));
        showIfQuestion.addValueChangeListener(e -> {
            var chosen = e.getValue();
            showIfOptions.clear();
            showIfOptions.setItems(chosen == null ? List.of()
                    : chosen.options().stream().map(OptionDefinition::key).toList());
            showIfOptions.setItemLabelGenerator(k -> chosen == null ? k : chosen.options().stream()
                    .filter(o -> o.key().equals(k)).map(OptionDefinition::label).findFirst().orElse(k));
            showIfOptions.setVisible(chosen != null);
        });
        showIfOptions.setVisible(false);
        var rule = q == null ? null : q.showIf();
        if (rule != null) {
            earlier.stream().filter(e -> e.key().equals(rule.question())).findFirst().ifPresent(e -> {
                showIfQuestion.setValue(e);
                showIfOptions.setValue(new LinkedHashSet<>(rule.options().stream()
                        .filter(o -> e.options().stream().anyMatch(eo -> eo.key().equals(o))).toList()));
            });
        }
    }

    /** Face scale and yes / no / not sure have their own options; only their words change. */
    private void fixedOptions(QuestionKind fixedKind, @Nullable QuestionDefinition q) {
        var rows = new ArrayList<OptionRow>();
        for (String optionKey : fixedKind.fixedOptionKeys()) {
            var given = q == null || q.kind() != fixedKind ? null
                    : q.options().stream().filter(o -> o.key().equals(optionKey)).findFirst().orElse(null);
            String defaultWords = fixedKind == QuestionKind.FACE_SCALE ? getTranslation("tellus.face." + optionKey)
                    : getTranslation("survey.option.fixed." + optionKey);
            var row = new OptionRow(optionKey, given == null ? defaultWords : given.label(),
                    given == null ? null : given.picture());
            row.label.setLabel(fixedKind == QuestionKind.FACE_SCALE
                    ? getTranslation("survey.option.face", optionKey, defaultWords)
                    : getTranslation("survey.option.fixed", defaultWords));
            rows.add(row);
        }
        fixed.put(fixedKind, rows);
    }

    private void showForKind() {
        var k = kind.getValue();
        choiceSection.setVisible(k.hasOptions() && k.fixedOptionKeys().isEmpty());
        fixedSection.removeAll();
        var rows = fixed.get(k);
        fixedSection.setVisible(rows != null);
        if (rows != null) {
            fixedSection.add(new H3(getTranslation("survey.question.options")),
                    new Paragraph(getTranslation("survey.question.fixed.explain")));
            rows.forEach(r -> fixedSection.add(r.label));
        }
        maxLength.setVisible(k == QuestionKind.FREE_TEXT);
        demographic.setVisible(k.isSingleChoice());
    }

    private void showChoices() {
        choiceRows.removeAll();
        for (int i = 0; i < choices.size(); i++) {
            var row = choices.get(i);
            int at = i;
            int number = i + 1;
            row.label.setLabel(getTranslation("survey.option.label", number));
            row.picture.setLabel(getTranslation("survey.option.picture", number));
            var up = new Button(getTranslation("survey.move.up"), c -> moveChoice(at, -1));
            up.setAriaLabel(getTranslation("survey.option.up", number));
            up.setEnabled(i > 0);
            var down = new Button(getTranslation("survey.move.down"), c -> moveChoice(at, 1));
            down.setAriaLabel(getTranslation("survey.option.down", number));
            down.setEnabled(i < choices.size() - 1);
            var remove = new Button(getTranslation("survey.remove"), c -> {
                choices.remove(at);
                showChoices();
            });
            remove.setAriaLabel(getTranslation("survey.option.remove", number));
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            var line = new HorizontalLayout(row.label, row.picture, up, down, remove);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.setWidthFull();
            line.setFlexGrow(1, row.label);
            choiceRows.add(line);
        }
    }

    /**
     * A box for many options at once, one per line. The lines are checked whole ({@link OptionLines}): on a problem the
     * box keeps every line and says what to change; otherwise each line becomes an option after those already there
     * (an empty option row is filled first) and the box is emptied.
     */
    private Div pasteOptions() {
        var lines = new TextArea(getTranslation("survey.paste.label"));
        lines.setHelperText(getTranslation("survey.paste.help"));
        lines.setWidthFull();
        lines.setMinRows(4);
        lines.setMaxLength(OptionLines.MOST_CHARACTERS * 40);
        lines.addClassName("paste-options");
        var add = new Button(getTranslation("survey.paste.add"), c -> {
            var blank = choices.stream().filter(r -> r.label.getValue().isBlank() && r.picture.getValue() == null)
                    .toList();
            try {
                var words = OptionLines.read(lines.getValue(), kind.getValue(),
                        choices.stream().map(r -> r.label.getValue()).toList());
                choices.removeAll(blank);
                for (String w : words) {
                    choices.add(new OptionRow(newOptionKey(), w, null));
                }
                showChoices();
                lines.clear();
                lines.setInvalid(false);
                Notifications.success(getTranslation("survey.paste.added", words.size()));
            } catch (UserFacingException e) {
                lines.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                lines.setInvalid(true);
                lines.focus();
            }
        });
        var box = new Div(lines, add);
        box.addClassName("paste-options-box");
        return box;
    }

    private void moveChoice(int index, int by) {
        int to = index + by;
        if (to >= 0 && to < choices.size()) {
            choices.add(to, choices.remove(index));
            showChoices();
        }
    }

    private String newOptionKey() {
        return SurveyDraft.newKey("o", choices.stream().map(r -> r.key).toList());
    }

    private QuestionDefinition question() {
        var k = kind.getValue();
        List<OptionDefinition> options = !k.hasOptions() ? List.of()
                : (k.fixedOptionKeys().isEmpty() ? choices : fixed.get(k)).stream().map(OptionRow::option).toList();
        var rule = showIfQuestion.getValue() == null ? null
                : new ShowIf(showIfQuestion.getValue().key(), List.copyOf(showIfOptions.getSelectedItems()));
        return new QuestionDefinition(key, k, text.getValue(), SurveyDraft.blankToNull(help.getValue()),
                picture.getValue(), optional.getValue(), k == QuestionKind.FREE_TEXT ? maxLength.getValue() : null,
                k == QuestionKind.SCALE_0_10 ? SurveyDraft.blankToNull(lowLabel.getValue()) : null,
                k == QuestionKind.SCALE_0_10 ? SurveyDraft.blankToNull(highLabel.getValue()) : null,
                k.isSingleChoice() ? demographic.getValue() : null, rule, options, List.copyOf(tags.getValue()));
    }

    private Map<String, String> asked() {
        var asked = new LinkedHashMap<String, String>();
        askedIn.forEach((version, box) -> {
            if (box.getValue()) {
                asked.put(version, sections.get(version).getValue());
            }
        });
        return asked;
    }

    private void pictures(Select<String> select, String label, @Nullable String value) {
        select.setLabel(label);
        select.setItems(SurveyPictures.NAMES);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("survey.picture.none"));
        select.setItemLabelGenerator(name -> name == null ? getTranslation("survey.picture.none") : name);
        select.setValue(value != null && SurveyPictures.NAMES.contains(value) ? value : null);
    }

    /** One answer option's fields; the key stays with the option when it moves. */
    private final class OptionRow {
        final String key;
        final TextField label = new TextField();
        final Select<String> picture = new Select<>();

        OptionRow(String key, String words, @Nullable String pictureName) {
            this.key = key;
            label.setValue(words);
            label.setMaxLength(200);
            pictures(picture, getTranslation("survey.question.picture"), pictureName);
        }

        OptionDefinition option() {
            return new OptionDefinition(key, label.getValue(), picture.getValue());
        }
    }
}
