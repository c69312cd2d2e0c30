package org.youthvoice.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.youthvoice.people.AgeBand;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;

/** A version's name, age band, whether a trusted adult helps, and its own introduction. */
class VersionEditor extends Dialog {

    VersionEditor(SurveyDraft draft, @Nullable VersionDefinition existing, Consumer<VersionDefinition> done) {
        setHeaderTitle(existing == null ? getTranslation("survey.version.new")
                : getTranslation("survey.version.editFor", existing.label()));
        setWidth("40rem");
        var label = new TextField(getTranslation("survey.version.label"));
        label.setHelperText(getTranslation("survey.version.label.help"));
        label.setMaxLength(100);
        label.setValue(existing == null ? "" : existing.label());
        var band = new Select<AgeBand>();
        band.setLabel(getTranslation("survey.version.ageBand"));
        band.setItems(AgeBand.values());
        band.setEmptySelectionAllowed(true);
        band.setEmptySelectionCaption(getTranslation("survey.version.custom"));
        band.setItemLabelGenerator(b -> b == null ? getTranslation("survey.version.custom")
                : getTranslation("survey.version.ages", b.label()));
        band.setValue(existing == null ? null : existing.ageBand());
        var assisted = new Checkbox(getTranslation("survey.version.assisted"));
        assisted.setHelperText(getTranslation("survey.version.assisted.help"));
        assisted.setValue(existing != null && existing.assisted());
        var intro = new TextArea(getTranslation("survey.version.intro"));
        intro.setHelperText(getTranslation("survey.version.intro.help"));
        intro.setMaxLength(2000);
        intro.setValue(existing == null || existing.intro() == null ? "" : existing.intro());
        band.addValueChangeListener(e -> {
            if (label.getValue().isBlank() && e.getValue() != null) {
                label.setValue(getTranslation("survey.version.ages", e.getValue().label()));
            }
        });
        var form = new FormLayout(label, band, assisted, intro);
        form.setColspan(intro, 2);
        add(form);
        var ok = new Button(getTranslation("survey.question.done"), c -> {
            done.accept(new VersionDefinition(existing == null ? draft.newVersionKey() : existing.key(),
                    label.getValue(), band.getValue(), assisted.getValue(), SurveyDraft.blankToNull(intro.getValue()),
                    List.of()));
            close();
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), c -> close()), ok);
    }
}
