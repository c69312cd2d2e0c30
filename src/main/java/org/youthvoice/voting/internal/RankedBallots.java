package org.youthvoice.voting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranked ballots ready to count, identical ones grouped with a count so that a million ballots over a few options
 * cost a few thousand rows.
 *
 * <p>Every way in (paper entry, a file, online votes) goes through the {@link Builder}, which applies one set of
 * rules so a ballot means the same wherever it came from:
 * <ul>
 * <li>a skipped ranking (an empty preference) is ignored, and later preferences move up;</li>
 * <li>an option ranked again at a later preference is ignored there: its first ranking counts;</li>
 * <li>a preference that still names two or more options is an equal ranking ({@link #OVERVOTE} in {@link #preference},
 * its options in {@link #equalRanking}); the preferences after it are kept. How a count treats it is the count's rule
 * (instant runoff: counts for the one option still continuing, exhausts the ballot if two or more are; STV: exhausts
 * the ballot whenever reached);</li>
 * <li>{@link #OVERVOTE} given as an option stands for an overvote whose options are not known (papers stored before
 * equal rankings were kept): the ballot is exhausted when any count reaches it, and nothing after it is read;</li>
 * <li>a ballot left with no preference is blank, and set aside as invalid.</li>
 * </ul>
 */
public final class RankedBallots {

    /**
     * Stands for an equal ranking (an overvote) in {@link #preference}; as an option given to the {@link Builder}, an
     * overvote whose options are not known.
     */
    public static final int OVERVOTE = -1;

    /** Packed preferences: an option index, {@link #OVERVOTE}, or {@code -2 - i} for the equal ranking {@code i}. */
    private static final int FIRST_EQUAL = -2;

    private final List<String> options;
    private final long[] counts;
    private final int[] starts;
    private final int[] preferences;
    private final int[][] equalRankings;
    private final long ballots;
    private final long blankBallots;

    private RankedBallots(List<String> options, long[] counts, int[] starts, int[] preferences,
            int[][] equalRankings, long blankBallots) {
        this.options = options;
        this.counts = counts;
        this.starts = starts;
        this.preferences = preferences;
        this.equalRankings = equalRankings;
        this.ballots = Arrays.stream(counts).sum();
        this.blankBallots = blankBallots;
    }

    public static Builder builder(List<String> options) {
        return new Builder(options);
    }

    public List<String> options() {
        return options;
    }

    /** Ballots with at least one preference. */
    public long ballots() {
        return ballots;
    }

    /** Ballots with no preference at all. */
    public long blankBallots() {
        return blankBallots;
    }

    /** How many different ballots there are. */
    public int groups() {
        return counts.length;
    }

    public long count(int group) {
        return counts[group];
    }

    /** How many preferences the group's ballots have (an overvote whose options are not known, if any, is the last). */
    public int length(int group) {
        return starts[group + 1] - starts[group];
    }

    /** The option index at a 0-based place, or {@link #OVERVOTE} for an equal ranking. */
    public int preference(int group, int place) {
        int packed = preferences[starts[group] + place];
        return packed < 0 ? OVERVOTE : packed;
    }

    /**
     * The options ranked equal at a 0-based place (in index order): two or more; empty for an overvote whose options
     * are not known; one option where {@link #preference} is a single option.
     */
    public int[] equalRanking(int group, int place) {
        int packed = preferences[starts[group] + place];
        if (packed >= 0) {
            return new int[] {packed};
        }
        return packed == OVERVOTE ? new int[0] : equalRankings[FIRST_EQUAL - packed].clone();
    }

    /**
     * Collects ballots. Options are referred to by index in the list given, or by name (matched ignoring case and
     * surrounding spaces).
     */
    public static final class Builder {

        private final List<String> options;
        private final Map<String, Integer> byName = new HashMap<>();
        private final Map<Key, Integer> groupOf = new HashMap<>();
        private final Map<Key, Integer> equalRankingOf = new HashMap<>();
        private final List<int[]> equalRankings = new ArrayList<>();
        private long[] counts = new long[64];
        private int[] starts = new int[65];
        private int[] preferences = new int[256];
        private int groups;
        private long blank;
        private final int[] placeOf;

        private Builder(List<String> options) {
            this.options = List.copyOf(options);
            if (this.options.isEmpty()) {
                throw new IllegalArgumentException("no options");
            }
            for (int i = 0; i < this.options.size(); i++) {
                if (byName.put(normalise(this.options.get(i)), i) != null) {
                    throw new IllegalArgumentException("option named twice: " + this.options.get(i));
                }
            }
            this.placeOf = new int[this.options.size()];
        }

        static String normalise(String name) {
            return name.strip().toLowerCase(Locale.ROOT);
        }

        /** Adds {@code count} ballots ranking single options, most preferred first. */
        public Builder add(long count, int... ranking) {
            int[][] preferences = new int[ranking.length][];
            for (int i = 0; i < ranking.length; i++) {
                preferences[i] = new int[] {ranking[i]};
            }
            return addPreferences(count, preferences);
        }

        /**
         * Adds {@code count} ballots; each preference is a set of options ranked equal (usually one). A set holding
         * {@link #OVERVOTE} is an overvote whose options are not known.
         */
        public Builder addPreferences(long count, int[]... ranking) {
            if (count < 1) {
                throw new IllegalArgumentException("count " + count);
            }
            Arrays.fill(placeOf, -1);
            int[] packed = new int[ranking.length];
            int length = 0;
            for (int place = 0; place < ranking.length; place++) {
                int distinct = 0;
                int only = OVERVOTE;
                boolean unknown = false;
                int[] equal = new int[ranking[place].length];
                for (int option : ranking[place]) {
                    if (option == OVERVOTE) {
                        unknown = true;
                        continue;
                    }
                    if (option < 0 || option >= options.size()) {
                        throw new IllegalArgumentException("no option " + option);
                    }
                    if (placeOf[option] == -1) {
                        placeOf[option] = place;
                        equal[distinct++] = option;
                        only = option;
                    }
                }
                if (unknown) {
                    packed[length++] = OVERVOTE;
                    break;
                }
                if (distinct == 0) {
                    continue;
                }
                packed[length++] = distinct == 1 ? only : equalRanking(Arrays.copyOf(equal, distinct));
            }
            if (length == 0) {
                blank += count;
                return this;
            }
            var key = new Key(Arrays.copyOf(packed, length));
            Integer group = groupOf.get(key);
            if (group != null) {
                counts[group] = Math.addExact(counts[group], count);
            } else {
                newGroup(key.ranking, count);
                groupOf.put(key, groups - 1);
            }
            return this;
        }

        /** The packed code of an equal ranking, the same for the same options in any order. */
        private int equalRanking(int[] equal) {
            Arrays.sort(equal);
            var key = new Key(equal);
            Integer index = equalRankingOf.get(key);
            if (index == null) {
                index = equalRankings.size();
                equalRankings.add(equal);
                equalRankingOf.put(key, index);
            }
            return FIRST_EQUAL - index;
        }

        /** Adds {@code count} ballots by option name; each preference is a set of names ranked equal. */
        public Builder addNamed(long count, List<? extends Collection<String>> ranking) {
            var preferences = new int[ranking.size()][];
            for (int i = 0; i < ranking.size(); i++) {
                preferences[i] = ranking.get(i).stream().mapToInt(this::indexOf).toArray();
            }
            return addPreferences(count, preferences);
        }

        public int indexOf(String name) {
            Integer index = byName.get(normalise(name));
            if (index == null) {
                throw new IllegalArgumentException("unknown option: " + name);
            }
            return index;
        }

        public boolean knows(String name) {
            return byName.containsKey(normalise(name));
        }

        private void newGroup(int[] ranking, long count) {
            if (groups == counts.length) {
                counts = Arrays.copyOf(counts, groups * 2);
                starts = Arrays.copyOf(starts, groups * 2 + 1);
            }
            int start = starts[groups];
            if (start + ranking.length > preferences.length) {
                preferences = Arrays.copyOf(preferences, Math.max(preferences.length * 2, start + ranking.length));
            }
            System.arraycopy(ranking, 0, preferences, start, ranking.length);
            counts[groups] = count;
            starts[groups + 1] = start + ranking.length;
            groups++;
        }

        public RankedBallots build() {
            return new RankedBallots(options, Arrays.copyOf(counts, groups), Arrays.copyOf(starts, groups + 1),
                    Arrays.copyOf(preferences, starts[groups]), equalRankings.toArray(int[][]::new), blank);
        }
    }

    /** A ranking as a map key; the hash is worked out once because every ballot is looked up. */
    private record Key(int[] ranking, int hash) {

        Key(int[] ranking) {
            this(ranking, Arrays.hashCode(ranking));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.hash == hash && Arrays.equals(key.ranking, ranking);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return Arrays.toString(ranking);
        }
    }

    @Override
    public String toString() {
        var rows = new ArrayList<String>();
        for (int g = 0; g < Math.min(groups(), 20); g++) {
            var row = new StringBuilder().append(counts[g]).append(':');
            for (int p = 0; p < length(g); p++) {
                int[] equal = equalRanking(g, p);
                row.append(p == 0 ? " " : ", ").append(equal.length == 0 ? "(overvote)"
                        : String.join(" = ", Arrays.stream(equal).mapToObj(options::get).toList()));
            }
            rows.add(row.toString());
        }
        return "RankedBallots" + options + " " + rows;
    }
}
