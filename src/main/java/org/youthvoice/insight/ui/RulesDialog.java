package org.youthvoice.insight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.ui.Confirmations;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.RowActions;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.insight.CodeChoice;
import org.youthvoice.insight.KeywordRule;
import org.youthvoice.insight.TaggingService;

/** Keyword rules: a code and the words or phrases that give it. New text gets them as it arrives. */
class RulesDialog extends Dialog {

    private final TaggingService tagging;
    private final Grid<KeywordRule> grid = new Grid<>();
    private final ComboBox<CodeChoice> code = new ComboBox<>();
    private final TextArea words = new TextArea();
    private @Nullable Long editing;

    RulesDialog(TaggingService tagging, List<CodeChoice> codes, Runnable changed) {
        this.tagging = tagging;
        setHeaderTitle(getTranslation("tagging.rules"));
        setWidth("min(60rem, 95vw)");
        StaffLists.fit(grid);
        StaffLists.narrow(grid.addColumn(KeywordRule::code).setHeader(getTranslation("tagging.code")));
        StaffLists.words(grid.addColumn(r -> String.join(", ", r.words()))
                .setHeader(getTranslation("tagging.rules.words")), 1);
        RowActions.of(grid)
                .button(getTranslation("tagging.rules.edit"), r -> getTranslation("tagging.rules.edit.for", r.code()),
                        r -> {
                            editing = r.id();
                            code.setValue(codes.stream().filter(x -> x.code().equals(r.code())).findFirst()
                                    .orElse(null));
                            words.setValue(String.join("\n", r.words()));
                        })
                .button(getTranslation("tagging.rules.apply"), r -> getTranslation("tagging.rules.apply.for",
                        r.code()), r -> {
                            if (Notifications.attempt(() -> Notifications.success(
                                    getTranslation("tagging.rules.applied", tagging.applyRule(r.id()))))) {
                                changed.run();
                            }
                        })
                .button(getTranslation("tagging.rules.delete"), r -> getTranslation("tagging.rules.delete.for",
                        r.code()), r -> Confirmations.ask(getTranslation("tagging.rules.delete.confirm.title", r.code()),
                                getTranslation("tagging.rules.delete.confirm.text"),
                                getTranslation("tagging.rules.delete"), () -> {
                                    if (Notifications.attempt(() -> tagging.deleteRule(r.id()))) {
                                        refresh();
                                    }
                                }))
                .column(getTranslation("account.actions"));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("tagging.rules"));
        code.setLabel(getTranslation("tagging.code"));
        code.setItems(codes);
        code.setItemLabelGenerator(CodeChoice::label);
        code.setWidth("24rem");
        words.setLabel(getTranslation("tagging.rules.words"));
        words.setHelperText(getTranslation("tagging.rules.words.help"));
        words.setWidth("24rem");
        var save = new Button(getTranslation("tagging.rules.save"), c -> {
            if (code.getValue() != null && Notifications.attempt(
                    () -> tagging.saveRule(editing, code.getValue().code(), words.getValue()))) {
                Notifications.success(getTranslation("staff.saved"));
                editing = null;
                code.clear();
                words.clear();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new HorizontalLayout(code, words, save);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(new Paragraph(getTranslation("tagging.rules.explain")), grid, form);
        getFooter().add(new Button(getTranslation("action.close"), c -> close()));
        refresh();
    }

    private void refresh() {
        StaffLists.show(grid, tagging.rules());
    }
}
