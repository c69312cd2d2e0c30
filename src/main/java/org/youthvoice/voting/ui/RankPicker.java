package org.youthvoice.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.youthvoice.voting.BallotOption;

/**
 * Ranking without dragging: tap options in the order you like them; each ranked option has up, down and take out
 * buttons. {@code limit} stops adding once that many are ranked (0 for no limit).
 */
class RankPicker extends Div {

    private final List<BallotOption> options;
    private final int limit;
    private final List<BallotOption> order = new ArrayList<>();
    private final OrderedList ranked = new OrderedList();
    private final Div choices = new Div();
    private final Paragraph empty;
    private final H2 rest;

    RankPicker(List<BallotOption> options, String help, int limit) {
        this.options = List.copyOf(options);
        this.limit = limit;
        ranked.addClassName("vote-ranked");
        choices.addClassName("rank-choices");
        empty = new Paragraph(getTranslation("vote.rank.empty"));
        rest = new H2(getTranslation("vote.rank.tapToAdd"));
        add(new Paragraph(help), new H2(getTranslation("vote.rank.yourOrder")), empty, ranked, rest, choices);
        redraw();
    }

    List<Integer> positions() {
        return order.stream().map(BallotOption::position).toList();
    }

    private void redraw() {
        ranked.removeAll();
        for (int i = 0; i < order.size(); i++) {
            int at = i;
            var option = order.get(i);
            var up = new Button(getTranslation("vote.rank.up"), c -> {
                order.add(at - 1, order.remove(at));
                redraw();
            });
            up.setAriaLabel(getTranslation("vote.rank.upFor", option.label()));
            up.setEnabled(at > 0);
            var down = new Button(getTranslation("vote.rank.down"), c -> {
                order.add(at + 1, order.remove(at));
                redraw();
            });
            down.setAriaLabel(getTranslation("vote.rank.downFor", option.label()));
            down.setEnabled(at < order.size() - 1);
            var remove = new Button(getTranslation("vote.rank.remove"), c -> {
                order.remove(at);
                redraw();
            });
            remove.setAriaLabel(getTranslation("vote.rank.removeFor", option.label()));
            var buttons = new Span(up, down, remove);
            buttons.addClassName("vote-rank-buttons");
            ranked.add(new ListItem(OptionWords.of(getTranslation("vote.rank.place", at + 1, option.label()),
                    option.picture()), buttons));
        }
        empty.setVisible(order.isEmpty());
        choices.removeAll();
        boolean full = limit > 0 && order.size() >= limit;
        for (BallotOption option : options) {
            if (!order.contains(option) && !full) {
                var add = new Button(option.label(), c -> {
                    order.add(option);
                    redraw();
                });
                add.setAriaLabel(getTranslation("vote.rank.add", option.label(), order.size() + 1));
                if (option.picture() != null) {
                    add.setPrefixComponent(org.youthvoice.base.ui.PictureDrawings.of(option.picture()));
                }
                add.addClassName("big-button");
                choices.add(add);
            }
        }
        rest.setVisible(!full && order.size() < options.size());
    }
}
