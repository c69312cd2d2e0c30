package org.youthvoice.voting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotResult;
import org.youthvoice.voting.OptionVotes;
import org.youthvoice.voting.Reason;
import org.youthvoice.voting.Round;
import org.youthvoice.voting.SourceCount;
import org.youthvoice.voting.SingleTransferableVoteResult;
import org.youthvoice.voting.Stage;
import org.youthvoice.voting.internal.Figures;
import org.jspecify.annotations.Nullable;

/**
 * A count on screen: the outcome in plain words first, then totals with percentages, online and paper apart, and
 * for ranked ballots the round-by-round table. Plain tables with headers, so screen readers can read them.
 */
class ResultsPanel extends Div {

    ResultsPanel(BallotResult result, int headingLevel) {
        addClassName("vote-results");
        add(heading(getTranslation("results.heading"), headingLevel));
        var outcome = new UnorderedList();
        outcome.addClassName("vote-outcome");
        for (Reason reason : reasons(result)) {
            outcome.add(new ListItem(getTranslation(reason.messageKey(), reason.values())));
        }
        add(outcome);
        add(totals(result));
        if (result.instantRunoff() != null && result.instantRunoff().rounds().size() > 0) {
            var heading = subheading(getTranslation("results.rounds"), headingLevel);
            add(heading, labelledBy(rounds(result.instantRunoff().rounds()), heading));
        }
        if (result.stv() != null && !result.stv().stages().isEmpty()) {
            var heading = subheading(getTranslation("results.stages"), headingLevel);
            add(heading, new Paragraph(getTranslation("results.stages.help",
                    Figures.count(result.stv().validBallots(), getLocale()))), labelledBy(stages(result.stv()), heading));
        }
    }

    static List<Reason> reasons(BallotResult result) {
        var list = new java.util.ArrayList<>(result.statements());
        if (result.choice() != null) {
            // After the count's own statements, before quorum and turnout, as before.
            list.add(result.choice().reasons().size(), Reason.of("results.tieRule.choice"));
        }
        return list;
    }

    private com.vaadin.flow.component.Component heading(String text, int level) {
        return level <= 2 ? new H2(text) : new H3(text);
    }

    private com.vaadin.flow.component.Component subheading(String text, int level) {
        return level <= 2 ? new H3(text) : new com.vaadin.flow.component.html.H4(text);
    }

    private static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong();

    /** The table is named by the heading above it, so the words are not shown twice (heading and caption). */
    private static NativeTable labelledBy(NativeTable table, com.vaadin.flow.component.Component heading) {
        String id = "vote-table-" + IDS.incrementAndGet();
        heading.setId(id);
        table.getElement().setAttribute("aria-labelledby", id);
        return table;
    }

    private NativeTable totals(BallotResult result) {
        var table = table(getTranslation(result.kind().ranked() ? "results.firstChoices" : "results.totals"),
                getTranslation("results.option"), getTranslation("results.votes"), getTranslation("results.percent"),
                getTranslation("results.online"), getTranslation("results.paper"));
        long whole = switch (result.kind()) {
            case MOTION -> result.motion().votes().turnout();
            case SINGLE_CHOICE, APPROVAL -> result.choice().validBallots();
            case INSTANT_RUNOFF -> result.instantRunoff().firstRound().continuingBallots()
                    + result.instantRunoff().firstRound().exhaustedBallots();
            case STV -> result.stv().validBallots();
        };
        var body = new NativeTableBody();
        for (SourceCount c : result.bySource()) {
            long votes = c.online() + c.paper();
            body.add(row(label(result.kind(), c.option()), count(votes), percent(votes, whole) + "%",
                    count(c.online()), count(c.paper())));
        }
        table.add(body);
        return table;
    }

    String label(BallotKind kind, String option) {
        return kind == BallotKind.MOTION ? getTranslation("vote.motion." + option) : option;
    }

    private NativeTable rounds(List<Round> rounds) {
        var options = rounds.getFirst().votes().stream().map(OptionVotes::option).toList();
        var headers = new java.util.ArrayList<String>();
        headers.add(getTranslation("results.round"));
        headers.addAll(options);
        headers.add(getTranslation("results.exhausted"));
        headers.add(getTranslation("results.whatHappened"));
        var table = table(null, headers.toArray(String[]::new));
        var body = new NativeTableBody();
        for (Round round : rounds) {
            var cells = new java.util.ArrayList<String>();
            cells.add(String.valueOf(round.number()));
            for (String option : options) {
                boolean continuing = round.votes().stream().anyMatch(v -> v.option().equals(option));
                cells.add(continuing ? count(round.votesFor(option)) : "–");
            }
            cells.add(count(round.exhaustedBallots()));
            cells.add(whatHappened(round));
            body.add(row(cells.toArray(String[]::new)));
        }
        table.add(body);
        return table;
    }

    private String whatHappened(Round round) {
        if (round.winner() != null) {
            return getTranslation("results.round.won", round.winner());
        }
        if (round.excluded() == null) {
            return "";
        }
        var moves = new StringBuilder(getTranslation("results.round.excluded", round.excluded()));
        for (OptionVotes transfer : round.transfers()) {
            if (transfer.votes() == 0) {
                continue;
            }
            moves.append(' ').append(getTranslation("results.round.transfer", transfer.votes(), transfer.option()));
        }
        if (round.transferredToExhausted() > 0) {
            moves.append(' ').append(getTranslation("results.round.toExhausted", round.transferredToExhausted()));
        }
        return moves.toString();
    }

    /**
     * Two rows a stage, kept apart: what moved in the stage (gains +, what was passed on −, papers not passed on, what
     * the cut to five places lost) and the totals after it, whose last column always comes back to the valid votes.
     */
    private NativeTable stages(SingleTransferableVoteResult stv) {
        var options = stv.options();
        var headers = new java.util.ArrayList<String>();
        headers.add(getTranslation("results.stage"));
        headers.add(getTranslation("results.stage.row"));
        headers.addAll(options);
        headers.add(getTranslation("results.nonTransferable"));
        headers.add(getTranslation("results.lostToRounding"));
        headers.add(getTranslation("results.allVotes"));
        headers.add(getTranslation("results.whatHappened"));
        var table = table(null, headers.toArray(String[]::new));
        table.addClassName("vote-stages");
        var body = new NativeTableBody();
        var locale = getLocale();
        for (int i = 0; i < stv.stages().size(); i++) {
            Stage stage = stv.stages().get(i);
            String what = switch (stage.kind()) {
                case FIRST_PREFERENCES -> getTranslation("results.stage.first");
                case SURPLUS -> getTranslation("results.stage.surplus", stage.from());
                case EXCLUSION -> getTranslation("results.stage.excluded", stage.from());
            };
            if (!stage.elected().isEmpty()) {
                what += " " + getTranslation("results.stage.elected", String.join(", ", stage.elected()));
            }
            if (i > 0) {
                var moved = new java.util.ArrayList<String>();
                moved.add(String.valueOf(stage.number()));
                moved.add(getTranslation("results.stage.moved"));
                var net = java.math.BigDecimal.ZERO;
                for (String option : options) {
                    var change = stv.changeAt(i, option);
                    net = net.add(change);
                    moved.add(Figures.change(change, locale));
                }
                moved.add(Figures.change(stage.nonTransferable(), locale));
                moved.add(Figures.change(stage.lostToRounding(), locale));
                moved.add(Figures.change(net.add(stage.nonTransferable()).add(stage.lostToRounding()), locale));
                moved.add(what);
                var row = row(moved.toArray(String[]::new));
                row.addClassName("stage-moved");
                body.add(row);
            }
            var totals = new java.util.ArrayList<String>();
            totals.add(String.valueOf(stage.number()));
            totals.add(getTranslation("results.stage.totals"));
            for (String option : options) {
                totals.add(Figures.value(stage.votesFor(option), locale));
            }
            totals.add(Figures.value(stv.nonTransferableUpTo(i), locale));
            totals.add(Figures.value(stv.lostToRoundingUpTo(i), locale));
            totals.add(Figures.value(stv.totalAt(i), locale));
            totals.add(i == 0 ? what : "");
            var row = row(totals.toArray(String[]::new));
            row.addClassName("stage-totals");
            body.add(row);
        }
        table.add(body);
        return table;
    }

    private String count(long value) {
        return Figures.count(value, getLocale());
    }

    private static NativeTable table(@Nullable String caption, String... headers) {
        var table = new NativeTable();
        table.addClassName("vote-table");
        if (caption != null) {
            var cap = new com.vaadin.flow.component.html.NativeTableCaption();
            cap.setText(caption);
            table.add(cap);
        }
        var head = new NativeTableHeader();
        var row = new NativeTableRow();
        for (String h : headers) {
            var cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            row.add(cell);
        }
        head.add(row);
        table.add(head);
        return table;
    }

    private static NativeTableRow row(String... cells) {
        var row = new NativeTableRow();
        for (int i = 0; i < cells.length; i++) {
            if (i == 0) {
                var th = new NativeTableHeaderCell(cells[i]);
                th.getElement().setAttribute("scope", "row");
                row.add(th);
            } else {
                row.add(new NativeTableCell(cells[i]));
            }
        }
        return row;
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
