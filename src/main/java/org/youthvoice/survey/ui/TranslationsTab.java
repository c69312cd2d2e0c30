package org.youthvoice.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.ui.Notifications;

/**
 * The survey's words in other languages: pick or add a language, then write each text young people read beside its
 * English. Young people who choose the language see these words where they are written and English where not. What is
 * typed goes into the draft at once, so switching tabs loses nothing; it is stored with the survey's next save.
 */
final class TranslationsTab extends VerticalLayout {

    /** As the survey file allows: two or three small letters, optionally a dash and two capitals; not English. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");

    private final SurveyDraft draft;
    private final BooleanSupplier save;
    private final Select<String> language = new Select<>();
    private final Div texts = new Div();

    TranslationsTab(SurveyDraft draft, BooleanSupplier save) {
        this.draft = draft;
        this.save = save;
        setPadding(false);
        add(new Paragraph(getTranslation("survey.translate.intro")));
        language.setLabel(getTranslation("survey.translate.language"));
        language.setItemLabelGenerator(this::name);
        language.setEmptySelectionAllowed(false);
        language.addValueChangeListener(e -> showTexts());
        var code = new TextField(getTranslation("survey.translate.code"));
        code.setHelperText(getTranslation("survey.translate.code.help"));
        code.setMaxLength(6);
        var addLanguage = new Button(getTranslation("survey.translate.add"), c -> {
            String typed = code.getValue().strip();
            if (!LANGUAGE.matcher(typed).matches() || typed.equals("en")) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation("survey.translate.code.error"));
                return;
            }
            code.setInvalid(false);
            code.clear();
            draft.addLanguage(typed);
            refreshLanguages(typed);
        });
        var remove = new Button(getTranslation("survey.translate.remove"), c -> {
            if (language.getValue() != null) {
                draft.removeLanguage(language.getValue());
                refreshLanguages(null);
            }
        });
        var saveButton = new Button(getTranslation("action.save"), c -> {
            if (!save.getAsBoolean()) {
                Notifications.error(getTranslation("survey.translate.saveFailed"));
            }
        });
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        var choose = new HorizontalLayout(language, remove);
        choose.setAlignItems(Alignment.BASELINE);
        var adding = new HorizontalLayout(code, addLanguage);
        adding.setAlignItems(Alignment.BASELINE);
        texts.addClassName("translation-texts");
        add(adding, choose, texts, saveButton);
        refreshLanguages(null);
    }

    private void refreshLanguages(@Nullable String show) {
        var languages = draft.languages();
        language.setItems(languages);
        language.setVisible(!languages.isEmpty());
        if (show != null) {
            language.setValue(show);
        } else if (!languages.isEmpty()) {
            language.setValue(languages.iterator().next());
        } else {
            showTexts();
        }
    }

    private void showTexts() {
        texts.removeAll();
        String chosen = language.getValue();
        if (chosen == null || !draft.languages().contains(chosen)) {
            texts.add(new Paragraph(getTranslation("survey.translate.none")));
            return;
        }
        texts.add(new H3(getTranslation("survey.translate.heading", name(chosen))));
        draft.texts().forEach((key, english) -> {
            var field = new TextArea(getTranslation("survey.translate.field", english, name(chosen)));
            field.setMaxLength(2000);
            field.setWidthFull();
            String words = draft.translation(chosen, key);
            field.setValue(words == null ? "" : words);
            field.addValueChangeListener(e -> draft.translate(chosen, key, e.getValue()));
            texts.add(field);
        });
    }

    /** A language by its name in English and in itself, with its code: "Welsh, Cymraeg (cy)". */
    private String name(String code) {
        var locale = Locale.forLanguageTag(code);
        String english = locale.getDisplayName(Locale.UK);
        String own = locale.getDisplayName(locale);
        if (english.isBlank() || english.equals(code)) {
            return code;
        }
        return (own.isBlank() || own.equals(english) ? english : english + ", " + own) + " (" + code + ")";
    }
}
