package org.youthvoice.insight.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.youthvoice.insight.CodeChoice;
import org.youthvoice.insight.Place;
import org.youthvoice.insight.TaggingService;
import org.youthvoice.insight.TextFilter;

/** Filters for the tagging stream: source, survey or channel, question, dates, tag, untagged only, words. */
class TextFilterBar extends HorizontalLayout {

    private final ComboBox<String> source = new ComboBox<>();
    private final ComboBox<Place> place = new ComboBox<>();
    private final ComboBox<String> question = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<CodeChoice> tag = new ComboBox<>();
    private final Checkbox untagged = new Checkbox();
    private final TextField search = new TextField();

    TextFilterBar(TaggingService tagging, List<CodeChoice> codes, Runnable changed) {
        source.setLabel(getTranslation("tagging.filter.source"));
        source.setItems("FEEDBACK", "SURVEY_ANSWER");
        source.setItemLabelGenerator(s -> getTranslation("tagging.source." + s));
        place.setLabel(getTranslation("tagging.filter.place"));
        place.setItems(tagging.places());
        place.setItemLabelGenerator(p -> p.title() + " (" + getTranslation("tagging.placeKind." + p.kind()) + ")");
        question.setLabel(getTranslation("tagging.filter.question"));
        question.setEnabled(false);
        place.addValueChangeListener(e -> {
            question.clear();
            Map<String, String> questions = e.getValue() == null || !"SURVEY".equals(e.getValue().kind()) ? Map.of()
                    : tagging.questions(e.getValue().id());
            question.setItems(questions.keySet());
            question.setItemLabelGenerator(k -> questions.getOrDefault(k, k));
            question.setEnabled(!questions.isEmpty());
        });
        from.setLabel(getTranslation("tagging.filter.from"));
        to.setLabel(getTranslation("tagging.filter.to"));
        tag.setLabel(getTranslation("tagging.filter.tag"));
        tag.setItems(codes);
        tag.setItemLabelGenerator(CodeChoice::label);
        untagged.setLabel(getTranslation("tagging.filter.untagged"));
        search.setLabel(getTranslation("tagging.filter.search"));
        for (var box : List.of(source, place, question, tag)) {
            box.setClearButtonVisible(true);
        }
        source.addValueChangeListener(e -> changed.run());
        place.addValueChangeListener(e -> changed.run());
        question.addValueChangeListener(e -> changed.run());
        from.addValueChangeListener(e -> changed.run());
        to.addValueChangeListener(e -> changed.run());
        tag.addValueChangeListener(e -> changed.run());
        untagged.addValueChangeListener(e -> changed.run());
        search.addValueChangeListener(e -> changed.run());
        add(source, place, question, from, to, tag, search, untagged);
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    /** Shows only texts with no tag yet (the start page's link). */
    void untaggedOnly() {
        untagged.setValue(true);
    }

    TextFilter filter() {
        var chosen = place.getValue();
        return new TextFilter(source.getValue(), chosen == null ? null : chosen.kind(),
                chosen == null ? null : chosen.id(), question.getValue(), from.getValue(), to.getValue(),
                tag.getValue() == null ? null : tag.getValue().code(), untagged.getValue(),
                search.getValue().isBlank() ? null : search.getValue());
    }
}
