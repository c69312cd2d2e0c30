package org.youthvoice.bench;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.youthvoice.voting.InstantRunoffResult;
import org.youthvoice.voting.SingleTransferableVoteResult;
import org.youthvoice.voting.internal.Count;
import org.youthvoice.voting.internal.RankedBallots;

/**
 * Prints how long an instant-runoff count of 1,000,000 ranked ballots over 15 options takes (goal: 5 s), the way a
 * city-wide "rank your top issues" ballot would be counted, and an STV count of the same ballots for 3 seats. The
 * random ballots (fixed seed) rank 1 to 15 topics each, so most rankings are distinct: a worst case for grouping. Plain JUnit, no Spring: run with
 * {@code ./mvnw verify -Pbench -Dit.test=InstantRunoffBench}. Figures only, no pass/fail.
 */
class InstantRunoffBench {

    private static final int BALLOTS = 1_000_000;
    private static final int OPTIONS = 15;
    private static final int RUNS = 7;

    @Test
    void print_instant_runoff_count_time() {
        var random = new SplittableRandom(20_261_122L);
        var options = IntStream.rangeClosed(1, OPTIONS).mapToObj(i -> "Topic " + i).toList();
        // Some topics are more popular than others, as in real ballots, so the count runs through many rounds.
        double[] popularity = IntStream.rangeClosed(1, OPTIONS).mapToDouble(i -> 1.0 / Math.pow(i, 0.6)).toArray();
        int[][] ballots = new int[BALLOTS][];
        for (int b = 0; b < BALLOTS; b++) {
            ballots[b] = ranking(random, popularity, 1 + random.nextInt(OPTIONS));
        }

        long buildStart = System.nanoTime();
        var ranked = build(options, ballots);
        long buildMs = (System.nanoTime() - buildStart) / 1_000_000;

        long[] countMs = new long[RUNS];
        InstantRunoffResult result = null;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            result = Count.instantRunoff(ranked, 1);
            countMs[run] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] sorted = countMs.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCH irv-count 1,000,000 ballots: %d ms (best of %d; median %d ms; runs %s)%n",
                sorted[0], RUNS, sorted[RUNS / 2], Arrays.toString(countMs));
        System.out.printf("BENCH irv-group 1,000,000 ballots into %,d distinct rankings: %d ms (once)%n",
                ranked.groups(), buildMs);
        System.out.printf("BENCH irv-result %d rounds, winner %s with %,d of %,d continuing%n",
                result.rounds().size(), result.winner(), result.lastRound().votesFor(result.winner()),
                result.lastRound().continuingBallots());

        long[] stvMs = new long[3];
        SingleTransferableVoteResult stv = null;
        for (int run = 0; run < stvMs.length; run++) {
            long start = System.nanoTime();
            stv = Count.singleTransferableVote(ranked, 3, 1);
            stvMs[run] = (System.nanoTime() - start) / 1_000_000;
        }
        System.out.printf("BENCH stv-count 1,000,000 ballots, 3 seats: %d ms (best of 3; %d stages; elected %s)%n",
                Arrays.stream(stvMs).min().orElseThrow(), stv.stages().size(), stv.elected());
    }

    private static RankedBallots build(List<String> options, int[][] ballots) {
        var builder = RankedBallots.builder(options);
        for (int[] ballot : ballots) {
            builder.add(1, ballot);
        }
        return builder.build();
    }

    /** Draws {@code length} different options, each pick weighted by popularity among those not yet ranked. */
    private static int[] ranking(SplittableRandom random, double[] popularity, int length) {
        boolean[] taken = new boolean[popularity.length];
        int[] ranking = new int[length];
        for (int place = 0; place < length; place++) {
            double total = 0;
            for (int o = 0; o < popularity.length; o++) {
                total += taken[o] ? 0 : popularity[o];
            }
            double pick = random.nextDouble() * total;
            int chosen = -1;
            for (int o = 0; o < popularity.length; o++) {
                if (!taken[o]) {
                    chosen = o;
                    pick -= popularity[o];
                    if (pick < 0) {
                        break;
                    }
                }
            }
            taken[chosen] = true;
            ranking[place] = chosen;
        }
        return ranking;
    }
}
