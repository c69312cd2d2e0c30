package org.youthvoice.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.youthvoice.insight.TextItem;

/** The text being coded, with its tags (a button takes one off), suggestions and "Make a quote". Keys act on it. */
class CurrentText extends Div {

    private final Map<String, String> titles;
    private final Consumer<String> toggle;
    private final BiConsumer<TextItem, String> accept;
    private final BiConsumer<TextItem, String> reject;
    private final Consumer<TextItem> quote;
    private @Nullable TextItem item;

    CurrentText(Map<String, String> titles, Consumer<String> toggle, BiConsumer<TextItem, String> accept,
            BiConsumer<TextItem, String> reject, Consumer<TextItem> quote) {
        this.titles = titles;
        this.toggle = toggle;
        this.accept = accept;
        this.reject = reject;
        this.quote = quote;
        addClassName("current-text");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("tagging.current"));
        getElement().setAttribute("tabindex", "0");
        setWidthFull();
    }

    @Nullable TextItem item() {
        return item;
    }

    void show(@Nullable TextItem shown, long position) {
        this.item = shown;
        removeAll();
        if (shown == null) {
            add(new Paragraph(getTranslation("tagging.empty")));
            return;
        }
        add(new H3(getTranslation("tagging.current.number", position)));
        if (shown.flagged()) {
            var flag = new Paragraph(getTranslation("tagging.flagged.explain"));
            flag.addClassName("flagged-note");
            add(flag);
        }
        var text = new Paragraph(shown.text() == null ? getTranslation("tagging.text.deleted") : shown.text());
        text.addClassName("feedback-text");
        var where = new Paragraph(getTranslation("tagging.current.where", shown.placeTitle() == null ? ""
                : shown.placeTitle(), shown.questionText() == null ? "" : ": " + shown.questionText(), shown.writtenOn()));
        var makeQuote = new Button(getTranslation("tagging.quote"), c -> quote.accept(shown));
        makeQuote.setEnabled(shown.text() != null);
        add(text, where, new Span(getTranslation("tagging.tags") + ": "), chips(shown, titles, toggle),
                new Span(getTranslation("tagging.suggestions") + ": "),
                suggestionButtons(shown, titles, accept, reject), new Div(makeQuote));
    }

    /** The text's tags as chips; with {@code remove}, each has a button that takes it off. */
    static Component chips(TextItem item, Map<String, String> titles, @Nullable Consumer<String> remove) {
        var row = new HorizontalLayout();
        row.setSpacing(false);
        row.addClassName("tag-chips");
        for (var tag : item.tags()) {
            var chip = new Span(tag.code());
            chip.addClassName("tag-chip");
            chip.getElement().setAttribute("title", titles.getOrDefault(tag.code(), "") + " ("
                    + row.getTranslation("tagging.origin." + tag.origin()) + ")");
            if (remove != null) {
                var off = new Button("×", c -> remove.accept(tag.code()));
                off.addThemeVariants(ButtonVariant.TERTIARY);
                off.setAriaLabel(row.getTranslation("tagging.untag.for", tag.code()));
                chip.add(off);
            }
            row.add(chip);
        }
        return row;
    }

    /** An accept and a reject button for each suggestion, with its score as a percentage. */
    static Component suggestionButtons(TextItem item, Map<String, String> titles, BiConsumer<TextItem, String> accept,
            BiConsumer<TextItem, String> reject) {
        var row = new HorizontalLayout();
        row.setSpacing(false);
        for (var s : item.suggestions()) {
            var label = new Span(s.code() + " " + String.format(Locale.ROOT, "%.0f%%", s.score() * 100));
            label.getElement().setAttribute("title", titles.getOrDefault(s.code(), ""));
            label.addClassName("tag-chip");
            label.addClassName("suggested");
            var yes = new Button(row.getTranslation("tagging.accept"), c -> accept.accept(item, s.code()));
            yes.addThemeVariants(ButtonVariant.SMALL);
            yes.setAriaLabel(row.getTranslation("tagging.accept.for", s.code()));
            var no = new Button(row.getTranslation("tagging.reject"), c -> reject.accept(item, s.code()));
            no.addThemeVariants(ButtonVariant.SMALL);
            no.setAriaLabel(row.getTranslation("tagging.reject.for", s.code()));
            row.add(new Span(label, yes, no));
        }
        return row;
    }
}
