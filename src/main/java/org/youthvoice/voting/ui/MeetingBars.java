package org.youthvoice.voting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotOption;
import org.youthvoice.voting.BallotResult;
import org.youthvoice.voting.internal.Figures;

/**
 * A count as large bars for a room: one bar per option, its votes and share beside it, the winner marked in words
 * (not only colour). Ranked ballots show their last round (instant runoff) or last stage (STV), which is where the
 * result was decided; the officer's page has every round.
 */
class MeetingBars extends Div {

    private record Bar(String label, @Nullable String picture, BigDecimal votes, boolean won) {
    }

    MeetingBars(BallotKind kind, BallotResult result, List<BallotOption> options) {
        addClassName("meeting-results");
        var bars = new ArrayList<Bar>();
        BigDecimal whole;
        String caption;
        switch (kind) {
            case MOTION -> {
                whole = BigDecimal.valueOf(result.motion().votes().turnout());
                caption = getTranslation("results.totals");
                for (var c : result.bySource()) {
                    bars.add(new Bar(getTranslation("vote.motion." + c.option()), picture(options, c.option()),
                            BigDecimal.valueOf(c.online() + c.paper()), false));
                }
            }
            case SINGLE_CHOICE, APPROVAL -> {
                var choice = result.choice();
                whole = BigDecimal.valueOf(choice.validBallots());
                caption = getTranslation("results.totals");
                for (var t : choice.totals()) {
                    bars.add(new Bar(t.option(), picture(options, t.option()), BigDecimal.valueOf(t.votes()),
                            choice.validBallots() > 0 && choice.winners().contains(t.option())));
                }
            }
            case INSTANT_RUNOFF -> {
                var irv = result.instantRunoff();
                var last = irv.lastRound();
                whole = BigDecimal.valueOf(last.continuingBallots());
                caption = getTranslation("meeting.lastRound", last.number(), irv.rounds().size());
                for (var v : last.votes()) {
                    bars.add(new Bar(v.option(), picture(options, v.option()), BigDecimal.valueOf(v.votes()),
                            v.option().equals(irv.winner())));
                }
            }
            case STV -> {
                var stv = result.stv();
                var last = stv.stages().getLast();
                whole = BigDecimal.valueOf(stv.validBallots());
                caption = getTranslation("meeting.lastStage", last.number(), stv.quota());
                for (var v : last.votes()) {
                    bars.add(new Bar(v.option(), picture(options, v.option()), v.votes(),
                            stv.elected().contains(v.option())));
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
        var heading = new Paragraph(caption);
        heading.addClassName("meeting-results-caption");
        heading.setId("meeting-results-caption");
        var list = new OrderedList();
        list.addClassName("meeting-bars");
        list.getElement().setAttribute("aria-labelledby", "meeting-results-caption");
        list.getStyle().set("--rows", String.valueOf(Math.max(1, bars.size())));
        var locale = getLocale();
        for (Bar bar : bars) {
            BigDecimal percent = whole.signum() == 0 ? BigDecimal.ZERO
                    : bar.votes().multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
            String share = percent.stripTrailingZeros().toPlainString();
            String figure = bar.votes().compareTo(BigDecimal.ONE) == 0 ? getTranslation("results.bar.one", share)
                    : getTranslation("results.bar.many", Figures.value(bar.votes(), locale), share);
            var label = new Span(OptionWords.of(bar.won() ? getTranslation("results.bar.won", bar.label())
                    : bar.label(), bar.picture()));
            label.addClassName("bar-label");
            var fill = new Span();
            fill.addClassName("bar-fill");
            fill.getStyle().set("width", percent.min(BigDecimal.valueOf(100)).toPlainString() + "%");
            var track = new Span(fill);
            track.addClassName("bar-track");
            track.getElement().setAttribute("aria-hidden", "true");
            var number = new Span(figure);
            number.addClassName("bar-figure");
            var item = new ListItem(label, track, number);
            item.addClassName("meeting-bar");
            if (bar.won()) {
                item.addClassName("won");
            }
            list.add(item);
        }
        add(heading, list);
    }

    private static @Nullable String picture(List<BallotOption> options, String label) {
        return options.stream().filter(o -> o.label().equals(label)).map(BallotOption::picture).filter(p -> p != null)
                .findFirst().orElse(null);
    }
}
