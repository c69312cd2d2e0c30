package org.youthvoice.voting.counting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.youthvoice.voting.InstantRunoffResult;
import org.youthvoice.voting.OptionVotes;
import org.youthvoice.voting.Reason;
import org.youthvoice.voting.Round;
import org.youthvoice.voting.TieBreak;
import org.youthvoice.voting.internal.RankedBallots;

/**
 * Instant runoff for one winner. Each round every ballot counts for its highest-ranked continuing option. An option
 * with more than half of the continuing ballots wins; otherwise the option with the fewest votes is excluded and its
 * ballots move to their next continuing preference. One option is excluded per round. Ties for exclusion are settled
 * by {@link Ties}.
 *
 * <p>Equal rankings, as Burlington (Vermont) counted them in 2009: when a ballot's next preference ranks several
 * options equal and only one of them is still continuing, the ballot counts for that one (and moves past it when that
 * one is excluded); none continuing, the preference is passed over; two or more continuing, the ballot is exhausted
 * (an overvote) and stays exhausted, even if all but one of them are excluded later. An overvote whose options are
 * not known always exhausts the ballot.
 *
 * <p>The hot loop works on flat arrays, one entry per group of identical ballots, and only touches the groups of the
 * option just excluded.
 */
public final class InstantRunoff {

    private static final int EXHAUSTED = -1;
    /** In {@link #preferences}: {@code -2 - i} is the equal ranking {@code equalRankings[i]}. */
    private static final int FIRST_EQUAL = -2;

    private final List<String> options;
    private final int optionCount;
    private final int groups;
    private final long[] weight;
    private final int[] end;
    private final int[] preferences;
    private final List<int[]> equalRankings = new ArrayList<>();
    private final int[] place;
    private final int[] pile;
    private final boolean[] continuing;
    private final long[] votes;
    private long exhausted;

    private InstantRunoff(RankedBallots ballots) {
        options = ballots.options();
        optionCount = options.size();
        groups = ballots.groups();
        weight = new long[groups];
        end = new int[groups];
        place = new int[groups];
        pile = new int[groups];
        int total = 0;
        for (int g = 0; g < groups; g++) {
            total += ballots.length(g);
        }
        preferences = new int[total];
        int at = 0;
        for (int g = 0; g < groups; g++) {
            weight[g] = ballots.count(g);
            place[g] = at;
            for (int p = 0; p < ballots.length(g); p++) {
                int option = ballots.preference(g, p);
                if (option == RankedBallots.OVERVOTE) {
                    int[] equal = ballots.equalRanking(g, p);
                    if (equal.length > 0) {
                        equalRankings.add(equal);
                        option = FIRST_EQUAL - (equalRankings.size() - 1);
                    }
                }
                preferences[at++] = option;
            }
            end[g] = at;
        }
        continuing = new boolean[optionCount];
        Arrays.fill(continuing, true);
        votes = new long[optionCount];
    }

    public static InstantRunoffResult count(RankedBallots ballots, long lotSeed) {
        return new InstantRunoff(ballots).run(ballots, lotSeed);
    }

    private InstantRunoffResult run(RankedBallots ballots, long lotSeed) {
        var lot = new Lot(optionCount, lotSeed);
        for (int g = 0; g < groups; g++) {
            int option = next(g, place[g]);
            if (option == EXHAUSTED) {
                exhausted += weight[g];
            } else {
                votes[option] += weight[g];
            }
        }
        var rounds = new ArrayList<Round>();
        var history = new ArrayList<long[]>();
        var reasons = new ArrayList<Reason>();
        reasons.add(Reason.of("voting.irv.rule"));
        reasons.add(Reason.of("voting.tie.rule", lotSeed));
        String winner = null;
        int left = optionCount;
        for (int number = 1; ; number++) {
            long continuingBallots = 0;
            int leader = -1;
            int lowest = -1;
            for (int o = 0; o < optionCount; o++) {
                if (continuing[o]) {
                    continuingBallots += votes[o];
                    if (leader < 0 || votes[o] > votes[leader]) {
                        leader = o;
                    }
                    if (lowest < 0 || votes[o] < votes[lowest]) {
                        lowest = o;
                    }
                }
            }
            var standing = standing();
            if (continuingBallots == 0) {
                rounds.add(new Round(number, standing, 0, exhausted, null, null, null, List.of(), 0));
                reasons.add(Reason.of("voting.irv.noWinner"));
                break;
            }
            if (2 * votes[leader] > continuingBallots || left == 1) {
                winner = options.get(leader);
                rounds.add(new Round(number, standing, continuingBallots, exhausted, winner, null, null, List.of(), 0));
                reasons.add(Reason.of("voting.irv.won", winner, votes[leader], continuingBallots, number));
                break;
            }
            TieBreak tieBreak = null;
            var tied = new ArrayList<Integer>();
            for (int o = 0; o < optionCount; o++) {
                if (continuing[o] && votes[o] == votes[lowest]) {
                    tied.add(o);
                }
            }
            if (tied.size() > 1) {
                tieBreak = Ties.settle(tied, history, true, lot, options);
                lowest = options.indexOf(tieBreak.chosen());
                reasons.add(tieReason(tieBreak, number));
            }
            history.add(votes.clone());
            long exhaustedBefore = exhausted;
            long[] transfers = exclude(lowest);
            left--;
            rounds.add(new Round(number, standing, continuingBallots, exhaustedBefore, null, options.get(lowest),
                    tieBreak, transfersList(transfers), exhausted - exhaustedBefore));
        }
        return new InstantRunoffResult(options, ballots.ballots(), ballots.blankBallots(), rounds, winner,
                lot.names(options), lotSeed, reasons);
    }

    /** Moves the excluded option's ballots on; returns what each option received. */
    private long[] exclude(int excluded) {
        continuing[excluded] = false;
        long[] received = new long[optionCount];
        for (int g = 0; g < groups; g++) {
            if (pile[g] != excluded) {
                continue;
            }
            int next = next(g, place[g] + 1);
            if (next == EXHAUSTED) {
                exhausted += weight[g];
            } else {
                votes[next] += weight[g];
                received[next] += weight[g];
            }
        }
        votes[excluded] = 0;
        return received;
    }

    /**
     * Finds the group's highest continuing preference from {@code from} on and puts the group on that option's pile
     * ({@link #place} is where it was found), or on the exhausted pile; returns the option or {@link #EXHAUSTED}.
     */
    private int next(int g, int from) {
        for (int at = from; at < end[g]; at++) {
            int option = preferences[at];
            if (option >= 0) {
                if (!continuing[option]) {
                    continue;
                }
            } else if (option == RankedBallots.OVERVOTE) {
                break; // an overvote whose options are not known
            } else {
                int stillIn = 0;
                for (int equal : equalRankings.get(FIRST_EQUAL - preferences[at])) {
                    if (continuing[equal]) {
                        stillIn++;
                        option = equal;
                    }
                }
                if (stillIn == 0) {
                    continue; // all of them already excluded: passed over
                }
                if (stillIn > 1) {
                    break; // two or more still continuing: an overvote, exhausted for good
                }
            }
            place[g] = at;
            pile[g] = option;
            return option;
        }
        pile[g] = EXHAUSTED;
        return EXHAUSTED;
    }

    private List<OptionVotes> standing() {
        var list = new ArrayList<OptionVotes>();
        for (int o = 0; o < optionCount; o++) {
            if (continuing[o]) {
                list.add(new OptionVotes(options.get(o), votes[o]));
            }
        }
        return list;
    }

    private List<OptionVotes> transfersList(long[] received) {
        var list = new ArrayList<OptionVotes>();
        for (int o = 0; o < optionCount; o++) {
            if (continuing[o]) {
                list.add(new OptionVotes(options.get(o), received[o]));
            }
        }
        return list;
    }

    static Reason tieReason(TieBreak tie, int round) {
        return tieReason("voting.tie.", tie, round);
    }

    /** @param prefix {@code voting.tie.} for exclusions, {@code voting.tie.surplus.} for the order of surpluses */
    static Reason tieReason(String prefix, TieBreak tie, int round) {
        String tied = String.join(", ", tie.tied());
        return switch (tie.method()) {
            case EARLIER_ROUND -> Reason.of(prefix + "earlierRound", round, tied, tie.chosen(), tie.decidingRound());
            case LOT -> Reason.of(prefix + "lot", round, tied, tie.chosen());
        };
    }
}
