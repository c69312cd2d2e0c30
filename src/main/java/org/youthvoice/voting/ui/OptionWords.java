package org.youthvoice.voting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.ui.PictureDrawings;

/** A ballot option's words, with its picture before them when the officer chose one. The words are its name. */
final class OptionWords {

    private OptionWords() {
    }

    static Component of(String words, @Nullable String picture) {
        var text = new Span(words);
        if (picture == null) {
            return text;
        }
        var both = new Span(PictureDrawings.of(picture), text);
        both.addClassName("option-with-picture");
        return both;
    }
}
