package org.youthvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.youthvoice.voting.internal.BallotFile;
import org.youthvoice.voting.internal.Count;

/**
 * Counting is checked against a real election with a published official count: the 2009 Burlington (Vermont)
 * mayoral election, every round, every candidate and the exhausted ballots.
 *
 * <p>The official count excluded Simpson, the write-ins and Smith together in its round 2; ours excludes one option a
 * round, so it has two rounds more. Every round of ours is checked against {@link Reference}, a plain count written
 * here from the raw file lines with the same rule; the official rounds are checked as they were published: round 1,
 * the round after Smith (the official round 2) and the final round.
 */
class BurlingtonCountTest {

    private static final String KISS = "Bob Kiss";
    private static final String MONTROLL = "Andy Montroll";
    private static final String SIMPSON = "James Simpson";
    private static final String SMITH = "Dan Smith";
    private static final String WRIGHT = "Kurt Wright";
    private static final String WRITE_IN = "Write-In";

    private static String file;

    @BeforeAll
    static void read() throws IOException {
        // PrefLib data set 00005 (Jeffery O'Neill, OpenSTV): the 8,980 real ballots of the 2009 Burlington mayoral
        // election, copied from shared/reference/ballots (5 KB) so the test stands alone.
        try (var in = BurlingtonCountTest.class.getResourceAsStream("/ballots/burlington-2009.toi")) {
            file = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void burlington_2009_every_round_matches_the_official_count() {
        var result = Count.instantRunoff(BallotFile.read(BallotFormat.PREFLIB_TOI, file, null), 2009);

        assertThat(result.ballots()).isEqualTo(8980);
        assertThat(result.blankBallots()).isZero();
        assertThat(result.winner()).isEqualTo(KISS);
        assertThat(result.rounds()).extracting(Round::excluded)
                .containsExactly(SIMPSON, WRITE_IN, SMITH, MONTROLL, null);
        assertThat(result.rounds()).allSatisfy(round -> assertThat(round.tieBreak()).isNull());

        // Official round 1. Four ballots start with an equal ranking of two candidates, e.g. {5,6}: exhausted.
        assertRound(result.rounds().get(0), Map.of(WRIGHT, 2951L, KISS, 2585L, MONTROLL, 2063L, SMITH, 1306L,
                WRITE_IN, 36L, SIMPSON, 35L), 4);
        // Official round 2 (Simpson, write-ins and Smith out): our round 4.
        assertRound(result.rounds().get(3), Map.of(KISS, 2981L, MONTROLL, 2554L, WRIGHT, 3294L), 151);
        // Official round 3 (Montroll out). The ballot 2,4,{3,5},1 (Montroll, Smith, Simpson = Wright, Kiss) reaches its
        // equal ranking with Simpson already out and counts for Wright: 4061, not 4060.
        assertRound(result.lastRound(), Map.of(KISS, 4313L, WRIGHT, 4061L), 8980 - 4313 - 4061);
        assertThat(result.lastRound().winner()).isEqualTo(KISS);
    }

    @Test
    void every_round_of_ours_equals_a_plain_count_of_the_raw_ballots() {
        var result = Count.instantRunoff(BallotFile.read(BallotFormat.PREFLIB_TOI, file, null), 2009);
        var reference = new Reference(file);

        for (Round round : result.rounds()) {
            Map<String, Long> expected = reference.standing();
            Map<String, Long> ours = new TreeMap<>();
            round.votes().forEach(v -> ours.put(v.option(), v.votes()));
            assertThat(ours).as("round %d", round.number()).isEqualTo(expected);
            assertThat(round.exhaustedBallots()).as("round %d exhausted", round.number())
                    .isEqualTo(reference.exhausted());
            assertThat(round.continuingBallots()).as("round %d continuing", round.number())
                    .isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
            if (round.excluded() != null) {
                assertThat(round.excluded()).isEqualTo(reference.lowest());
                reference.exclude(Set.of(round.excluded()));
            }
        }
    }

    @Test
    void the_plain_count_with_the_official_batch_exclusion_gives_the_three_official_rounds() {
        var reference = new Reference(file);
        assertThat(reference.standing()).isEqualTo(sorted(Map.of(WRIGHT, 2951L, KISS, 2585L, MONTROLL, 2063L,
                SMITH, 1306L, WRITE_IN, 36L, SIMPSON, 35L)));

        reference.exclude(Set.of(SIMPSON, WRITE_IN, SMITH));
        assertThat(reference.standing()).isEqualTo(sorted(Map.of(KISS, 2981L, MONTROLL, 2554L, WRIGHT, 3294L)));

        reference.exclude(Set.of(MONTROLL));
        assertThat(reference.standing()).isEqualTo(sorted(Map.of(KISS, 4313L, WRIGHT, 4061L)));
        assertThat(reference.exhausted()).isEqualTo(606);
    }

    private static void assertRound(Round round, Map<String, Long> official, long exhausted) {
        Map<String, Long> ours = new TreeMap<>();
        round.votes().forEach(v -> ours.put(v.option(), v.votes()));
        assertThat(ours).as("round %d", round.number()).isEqualTo(sorted(official));
        assertThat(round.exhaustedBallots()).as("round %d exhausted", round.number()).isEqualTo(exhausted);
        assertThat(round.continuingBallots() + round.exhaustedBallots()).isEqualTo(8980);
    }

    private static Map<String, Long> sorted(Map<String, Long> map) {
        return new TreeMap<>(map);
    }

    /**
     * The rule, written out plainly on sets of names and one ballot line at a time, straight from the file's text:
     * a ballot counts for its first preference with a continuing candidate in it; if that preference holds two or
     * more continuing candidates, the ballot is exhausted for good.
     */
    private static final class Reference {

        private static final Pattern NAME = Pattern.compile("# ALTERNATIVE NAME (\\d+): (.*)");

        private final List<Long> counts = new ArrayList<>();
        private final List<List<Set<String>>> rankings = new ArrayList<>();
        private final Set<String> continuing = new HashSet<>();
        private final boolean[] exhaustedForGood;

        Reference(String file) {
            Map<String, String> names = new LinkedHashMap<>();
            for (String line : file.split("\n")) {
                var name = NAME.matcher(line.strip());
                if (name.matches()) {
                    names.put(name.group(1), name.group(2).strip());
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split(":", 2);
                    counts.add(Long.parseLong(parts[0].strip()));
                    var ranking = new ArrayList<Set<String>>();
                    // "2,4,{3,5},1": split on the commas outside braces.
                    for (String preference : parts[1].strip().split(",(?![^{]*})")) {
                        var set = new HashSet<String>();
                        Arrays.stream(preference.replace("{", "").replace("}", "").split(","))
                                .map(String::strip).forEach(n -> set.add(Objects.requireNonNull(names.get(n))));
                        ranking.add(set);
                    }
                    rankings.add(ranking);
                }
            }
            continuing.addAll(names.values());
            exhaustedForGood = new boolean[rankings.size()];
            update();
        }

        /** Marks the ballots that have just reached an equal ranking of two or more continuing candidates. */
        private void update() {
            for (int b = 0; b < rankings.size(); b++) {
                if (!exhaustedForGood[b] && countsFor(b) == null && reachesOvervote(b)) {
                    exhaustedForGood[b] = true;
                }
            }
        }

        private boolean reachesOvervote(int b) {
            for (Set<String> preference : rankings.get(b)) {
                long in = preference.stream().filter(continuing::contains).count();
                if (in > 0) {
                    return in > 1;
                }
            }
            return false;
        }

        /** The candidate the ballot counts for now, or null. */
        private String countsFor(int b) {
            if (exhaustedForGood[b]) {
                return null;
            }
            for (Set<String> preference : rankings.get(b)) {
                var in = preference.stream().filter(continuing::contains).toList();
                if (in.size() == 1) {
                    return in.getFirst();
                }
                if (in.size() > 1) {
                    return null;
                }
            }
            return null;
        }

        void exclude(Set<String> names) {
            continuing.removeAll(names);
            update();
        }

        Map<String, Long> standing() {
            Map<String, Long> votes = new TreeMap<>();
            continuing.forEach(c -> votes.put(c, 0L));
            for (int b = 0; b < rankings.size(); b++) {
                String candidate = countsFor(b);
                if (candidate != null) {
                    votes.merge(candidate, counts.get(b), Long::sum);
                }
            }
            return votes;
        }

        long exhausted() {
            return counts.stream().mapToLong(Long::longValue).sum()
                    - standing().values().stream().mapToLong(Long::longValue).sum();
        }

        /** The one candidate with the fewest votes (the Burlington count has no ties). */
        String lowest() {
            var votes = standing();
            long fewest = votes.values().stream().mapToLong(Long::longValue).min().orElseThrow();
            var lowest = votes.entrySet().stream().filter(e -> e.getValue() == fewest).map(Map.Entry::getKey).toList();
            assertThat(lowest).hasSize(1);
            return lowest.getFirst();
        }
    }
}
