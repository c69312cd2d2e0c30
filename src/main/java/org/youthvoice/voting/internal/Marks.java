package org.youthvoice.voting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a ballot paper's marks are stored: option positions joined by "," in the order marked (ranked) or sorted
 * (choices); "|" joins options ranked equal (an equal ranking on an imported paper ballot, e.g. "1,3|4,0"); "" is a
 * blank paper.
 */
public final class Marks {

    /**
     * An imported preference that ranked several options equal, stored before equal rankings were kept as "a|b": which
     * options is not known, so a count exhausts the ballot when it reaches it.
     */
    public static final String OVERVOTE = "x";

    private Marks() {
    }

    public static String ofChoices(List<Integer> positions) {
        return positions.stream().sorted().distinct().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static String ofRanking(List<Integer> positions) {
        return positions.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Each preference as a set of positions (usually one). */
    public static String ofPreferences(List<int[]> preferences) {
        return preferences.stream()
                .map(p -> Arrays.stream(p).mapToObj(String::valueOf).collect(Collectors.joining("|")))
                .collect(Collectors.joining(","));
    }

    public static List<int[]> preferences(String marks) {
        var list = new ArrayList<int[]>();
        if (marks.isEmpty()) {
            return list;
        }
        for (String part : marks.split(",")) {
            if (part.equals(OVERVOTE)) {
                list.add(new int[] {-1}); // RankedBallots.OVERVOTE: an overvote whose options are not known
                continue;
            }
            list.add(Arrays.stream(part.split("\\|")).mapToInt(Integer::parseInt).toArray());
        }
        return list;
    }

    public static List<Integer> positions(String marks) {
        if (marks.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(marks.split("[,|]")).filter(p -> !p.equals(OVERVOTE)).map(Integer::valueOf).toList();
    }
}
