package org.youthvoice.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The parts of a page, one shown at a time, chosen with pressed-or-not buttons. (Vaadin's tabs carry an ARIA
 * structure that accessibility checks refuse.)
 */
class Parts extends Div {

    private final HorizontalLayout buttons = new HorizontalLayout();
    private final Div shown = new Div();
    private final List<Button> choices = new ArrayList<>();
    private final List<Component> parts = new ArrayList<>();
    private IntConsumer onSelect = i -> { };

    Parts(String label) {
        buttons.getElement().setAttribute("role", "group");
        buttons.getElement().setAttribute("aria-label", label);
        buttons.addClassName("survey-parts");
        shown.setWidthFull();
        setWidthFull();
        add(buttons, shown);
    }

    void add(String label, Component part) {
        int index = parts.size();
        var button = new Button(label, c -> select(index));
        choices.add(button);
        parts.add(part);
        buttons.add(button);
    }

    void select(int index) {
        shown.removeAll();
        shown.add(parts.get(index));
        for (int i = 0; i < choices.size(); i++) {
            var button = choices.get(i);
            button.getElement().setAttribute("aria-pressed", String.valueOf(i == index));
            if (i == index) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.PRIMARY);
            }
        }
        onSelect.accept(index);
    }

    void onSelect(IntConsumer listener) {
        onSelect = listener;
    }
}
