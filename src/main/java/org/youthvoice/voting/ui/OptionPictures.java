package org.youthvoice.voting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.Pictures;
import org.youthvoice.voting.NewBallotOption;

/**
 * A picture to choose for each option typed in a ballot's options box (one per line), redrawn when the box changes.
 * A picture stays with its option's words, so reordering or adding lines keeps the choices made.
 */
final class OptionPictures extends Div {

    private final TextArea options;
    private final Map<String, String> chosen = new HashMap<>();
    private boolean wanted = true;

    OptionPictures(TextArea options) {
        this.options = options;
        addClassName("option-pictures");
        options.addValueChangeListener(e -> redraw());
        redraw();
    }

    /** Whether the ballot has options of its own (a motion's are yes, no and abstain). */
    void setWanted(boolean wanted) {
        this.wanted = wanted;
        redraw();
    }

    /** The options as typed, each with its picture. */
    List<NewBallotOption> options() {
        var list = new ArrayList<NewBallotOption>();
        for (String line : options.getValue().split("\n")) {
            list.add(new NewBallotOption(line, chosen.get(line.strip())));
        }
        return list;
    }

    private void redraw() {
        removeAll();
        var lines = lines();
        setVisible(wanted && !lines.isEmpty());
        if (!isVisible()) {
            return;
        }
        add(new Paragraph(getTranslation("ballots.pictures.help")));
        for (String line : lines) {
            var select = new Select<String>();
            select.setLabel(getTranslation("ballots.pictureFor", line));
            select.setItems(Pictures.NAMES);
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("survey.picture.none"));
            select.setItemLabelGenerator(name -> name == null ? getTranslation("survey.picture.none") : name);
            select.setValue(chosen.get(line));
            select.addValueChangeListener(e -> choose(line, e.getValue()));
            add(select);
        }
    }

    private void choose(String line, @Nullable String picture) {
        if (picture == null) {
            chosen.remove(line);
        } else {
            chosen.put(line, picture);
        }
    }

    private List<String> lines() {
        return options.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
    }
}
