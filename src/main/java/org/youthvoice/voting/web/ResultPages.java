package org.youthvoice.voting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.youthvoice.base.i18n.CouncilMessages;
import org.youthvoice.voting.BallotResult;
import org.youthvoice.voting.ChoiceResult;
import org.youthvoice.voting.InstantRunoffResult;
import org.youthvoice.voting.MemberBallot;
import org.youthvoice.voting.OptionTotal;
import org.youthvoice.voting.OptionValue;
import org.youthvoice.voting.OptionVotes;
import org.youthvoice.voting.PublishedResult;
import org.youthvoice.voting.Round;
import org.youthvoice.voting.SingleTransferableVoteResult;
import org.youthvoice.voting.SourceCount;
import org.youthvoice.voting.Stage;
import org.youthvoice.voting.internal.Figures;

/** Puts a published count into the words and bars of {@link ResultPage}. */
final class ResultPages {

    private final CouncilMessages messages;

    ResultPages(CouncilMessages messages) {
        this.messages = messages;
    }

    ResultPage of(MemberBallot ballot, PublishedResult published) {
        BallotResult result = published.result();
        var statements = result.statements().stream()
                .map(r -> words(r.messageKey(), r.values()))
                .toList();
        String partsTitle;
        List<ResultPage.Part> parts;
        switch (result.kind()) {
            case MOTION -> {
                partsTitle = words("results.totals");
                parts = List.of(new ResultPage.Part(null, motionBars(result), null));
            }
            case SINGLE_CHOICE, APPROVAL -> {
                partsTitle = words("results.totals");
                parts = List.of(new ResultPage.Part(null, choiceBars(result.choice()), null));
            }
            case INSTANT_RUNOFF -> {
                partsTitle = words("results.rounds");
                parts = rounds(result.instantRunoff());
            }
            case STV -> {
                partsTitle = words("results.stages");
                parts = stages(result.stv());
            }
            default -> throw new IllegalStateException(result.kind().name());
        }
        return new ResultPage(ballot.forumName(), ballot.question(), headline(result), published.summary(),
                published.correction(), partsTitle, parts, statements);
    }

    /** Who won, first and in the fewest words; the count's statements below say how. */
    String headline(BallotResult result) {
        if (!result.quorumMet()) {
            return words("results.headline.noQuorum");
        }
        return switch (result.kind()) {
            case MOTION -> switch (result.motion().outcome()) {
                case PASSED -> words("results.headline.passed");
                case FAILED -> words("results.headline.failed");
                case NO_QUORUM -> words("results.headline.noQuorum");
            };
            case SINGLE_CHOICE, APPROVAL -> {
                ChoiceResult choice = result.choice();
                if (choice.winners().isEmpty() || choice.validBallots() == 0) {
                    yield words("results.headline.none");
                }
                yield choice.tied() ? words("results.headline.tie", String.join(", ", choice.winners()))
                        : words("results.headline.won", choice.winners().getFirst());
            }
            case INSTANT_RUNOFF -> result.instantRunoff().winner() == null ? words("results.headline.none")
                    : words("results.headline.won", result.instantRunoff().winner());
            case STV -> {
                var elected = result.stv().elected();
                if (elected.isEmpty()) {
                    yield words("results.headline.none");
                }
                yield elected.size() == 1 ? words("results.headline.won", elected.getFirst())
                        : words("results.headline.elected", String.join(", ", elected));
            }
        };
    }

    private List<ResultPage.Bar> motionBars(BallotResult result) {
        long whole = result.motion().votes().turnout();
        var bars = new ArrayList<ResultPage.Bar>();
        for (SourceCount c : result.bySource()) {
            bars.add(bar(words("vote.motion." + c.option()), BigDecimal.valueOf(c.online() + c.paper()),
                    BigDecimal.valueOf(whole), false));
        }
        return bars;
    }

    private List<ResultPage.Bar> choiceBars(ChoiceResult choice) {
        var bars = new ArrayList<ResultPage.Bar>();
        for (OptionTotal total : choice.totals()) {
            bars.add(bar(total.option(), BigDecimal.valueOf(total.votes()), BigDecimal.valueOf(choice.validBallots()),
                    choice.winners().contains(total.option())));
        }
        return bars;
    }

    private List<ResultPage.Part> rounds(InstantRunoffResult irv) {
        var parts = new ArrayList<ResultPage.Part>();
        for (Round round : irv.rounds()) {
            var bars = new ArrayList<ResultPage.Bar>();
            for (OptionVotes v : round.votes()) {
                bars.add(bar(v.option(), BigDecimal.valueOf(v.votes()), BigDecimal.valueOf(round.continuingBallots()),
                        v.option().equals(round.winner())));
            }
            parts.add(new ResultPage.Part(words("results.round.title", round.number()), bars, whatHappened(round)));
        }
        return parts;
    }

    private String whatHappened(Round round) {
        if (round.winner() != null) {
            return words("results.round.won", round.winner());
        }
        if (round.excluded() == null) {
            return "";
        }
        var moves = new StringBuilder(words("results.round.excluded", round.excluded()));
        for (OptionVotes transfer : round.transfers()) {
            if (transfer.votes() == 0) {
                continue;
            }
            moves.append(' ').append(words("results.round.transfer", transfer.votes(), transfer.option()));
        }
        if (round.transferredToExhausted() > 0) {
            moves.append(' ').append(words("results.round.toExhausted", round.transferredToExhausted()));
        }
        return moves.toString();
    }

    private List<ResultPage.Part> stages(SingleTransferableVoteResult stv) {
        var parts = new ArrayList<ResultPage.Part>();
        var whole = BigDecimal.valueOf(stv.validBallots());
        for (int i = 0; i < stv.stages().size(); i++) {
            Stage stage = stv.stages().get(i);
            var bars = new ArrayList<ResultPage.Bar>();
            for (OptionValue v : stage.votes()) {
                bars.add(bar(v.option(), v.votes(), whole, stv.elected().contains(v.option())
                        && stage.number() == stv.stages().getLast().number()));
            }
            String what = switch (stage.kind()) {
                case FIRST_PREFERENCES -> words("results.stage.first");
                case SURPLUS -> words("results.stage.surplus", stage.from());
                case EXCLUSION -> words("results.stage.excluded", stage.from());
            };
            if (!stage.elected().isEmpty()) {
                what += " " + words("results.stage.elected", String.join(", ", stage.elected()));
            }
            if (i > 0) {
                // So the bars add up: what was set aside and what rounding lost, so far.
                what += " " + words("results.stage.books", Figures.value(stv.nonTransferableUpTo(i), Locale.ENGLISH),
                        Figures.value(stv.lostToRoundingUpTo(i), Locale.ENGLISH),
                        Figures.value(stv.totalAt(i), Locale.ENGLISH));
            }
            parts.add(new ResultPage.Part(words("results.stage.title", stage.number()), bars, what));
        }
        return parts;
    }

    private ResultPage.Bar bar(String option, BigDecimal votes, BigDecimal whole, boolean won) {
        BigDecimal percent = whole.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                : votes.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
        String count = Figures.value(votes, Locale.ENGLISH);
        // "40%", not "40.0%"; "66.7%" keeps its tenth.
        String share = percent.stripTrailingZeros().toPlainString();
        String number = votes.compareTo(BigDecimal.ONE) == 0 ? words("results.bar.one", share)
                : words("results.bar.many", count, share);
        String width = percent.min(BigDecimal.valueOf(100)).toPlainString();
        return new ResultPage.Bar(won ? words("results.bar.won", option) : option, width, number, won);
    }

    private String words(String key, Object... args) {
        return messages.getTranslation(key, Locale.ENGLISH, args);
    }
}
