package org.youthvoice.insight.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.insight.CodeChoice;
import org.youthvoice.insight.internal.AgreementService;
import org.youthvoice.insight.internal.CodingSample;
import org.youthvoice.insight.internal.SampleItem;

/**
 * Codes a sample one text at a time: the coder picks the codes the sample is about once, then ticks them per text
 * (keys 1 to 9) and moves on with N (saves) or P. Only the coder's own codes are ever shown.
 */
class SampleCoder extends Div {

    private final AgreementService agreement;
    private final Runnable changed;
    private final MultiSelectComboBox<CodeChoice> scheme = new MultiSelectComboBox<>();
    private final CheckboxGroup<CodeChoice> ticks = new CheckboxGroup<>();
    private final Div region = new Div();
    private final H3 heading = new H3();
    private final Paragraph text = new Paragraph();
    private final List<CodeChoice> codes;
    private @Nullable CodingSample sample;
    private List<SampleItem> items = List.of();
    private int at;

    SampleCoder(AgreementService agreement, List<CodeChoice> codes, Runnable changed) {
        this.agreement = agreement;
        this.codes = codes;
        this.changed = changed;
        setWidthFull();
        region.addClassName("current-text");
        region.getElement().setAttribute("role", "region");
        region.getElement().setAttribute("aria-label", getTranslation("agreement.coding"));
        region.getElement().setAttribute("tabindex", "0");
        scheme.setLabel(getTranslation("agreement.scheme"));
        scheme.setHelperText(getTranslation("agreement.scheme.help"));
        scheme.setItems(codes);
        scheme.setItemLabelGenerator(CodeChoice::label);
        scheme.setWidth("32rem");
        scheme.addValueChangeListener(e -> showTicks());
        ticks.setLabel(getTranslation("agreement.ticks"));
        ticks.setItemLabelGenerator(c -> (order().indexOf(c) + 1) + " " + c.label());
        text.addClassName("feedback-text");
        var previous = new Button(getTranslation("agreement.previous"), c -> go(-1, false));
        var next = new Button(getTranslation("agreement.saveNext"), c -> go(1, true));
        next.addThemeVariants(ButtonVariant.PRIMARY);
        // the keys listen on the coding box only, so typing in "Codes for this sample" never codes a text
        region.add(heading, text, ticks, new Paragraph(getTranslation("agreement.keys")),
                new HorizontalLayout(previous, next));
        add(scheme, region);
        Shortcuts.addShortcutListener(region, () -> go(1, true), Key.KEY_N).listenOn(region);
        Shortcuts.addShortcutListener(region, () -> go(-1, false), Key.KEY_P).listenOn(region);
        Key[] digits = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5, Key.DIGIT_6, Key.DIGIT_7,
                Key.DIGIT_8, Key.DIGIT_9};
        for (int i = 0; i < digits.length; i++) {
            int n = i;
            Shortcuts.addShortcutListener(region, () -> tick(n), digits[i]).listenOn(region);
        }
    }

    void open(CodingSample chosen) {
        this.sample = chosen;
        this.items = agreement.items(chosen.id());
        int first = 0;
        while (first < items.size() - 1 && items.get(first).coded()) {
            first++;
        }
        at = first;
        var used = new HashSet<String>();
        items.forEach(i -> used.addAll(i.myCodes()));
        if (!used.isEmpty()) {
            scheme.setValue(new HashSet<>(codes.stream().filter(c -> used.contains(c.code())).toList()));
        }
        show();
    }

    private List<CodeChoice> order() {
        return codes.stream().filter(scheme.getValue()::contains).toList();
    }

    private void showTicks() {
        ticks.setItems(order());
        if (sample != null && !items.isEmpty()) {
            var mine = items.get(at).myCodes();
            ticks.setValue(new HashSet<>(order().stream().filter(c -> mine.contains(c.code())).toList()));
        }
    }

    private void tick(int n) {
        var list = order();
        if (n < list.size()) {
            var value = new HashSet<>(ticks.getValue());
            if (!value.remove(list.get(n))) {
                value.add(list.get(n));
            }
            ticks.setValue(value);
        }
    }

    private void go(int step, boolean save) {
        if (sample == null || items.isEmpty()) {
            return;
        }
        if (save) {
            var item = items.get(at);
            var chosen = ticks.getValue().stream().map(CodeChoice::code).toList();
            if (!Notifications.attempt(() -> agreement.code(sample.id(), item.textId(), chosen))) {
                return;
            }
            items = agreement.items(sample.id());
            changed.run();
            if (at == items.size() - 1) {
                Notifications.success(getTranslation("agreement.finished"));
            }
        }
        at = Math.max(0, Math.min(items.size() - 1, at + step));
        show();
    }

    private void show() {
        if (sample == null || items.isEmpty()) {
            return;
        }
        var item = items.get(at);
        heading.setText(getTranslation("agreement.item", at + 1, items.size(), sample.name()));
        text.setText(item.text() == null ? getTranslation("tagging.text.deleted") : item.text());
        showTicks();
        region.getElement().callJsFunction("focus");
    }
}
