package org.youthvoice.voting.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads PrefLib's 2022 ranking formats ({@code .toi}, {@code .soi}, {@code .toc}, {@code .soc}): {@code #} header
 * lines ({@code # NUMBER ALTERNATIVES: 6}, {@code # ALTERNATIVE NAME 1: Bob Kiss}, {@code # NUMBER VOTERS: 8980},
 * {@code # NUMBER UNIQUE ORDERS: 384}), then one line per distinct ranking, {@code count: 5,2,{1,3}}. The whole file
 * is checked before any ballot is taken, so a refused file changes nothing.
 */
public final class PrefLibReader {

    private static final Pattern HEADER = Pattern.compile("#\\s*([^:]*?)\\s*:\\s*(.*?)\\s*");
    private static final Pattern ALTERNATIVE_NAME = Pattern.compile("ALTERNATIVE NAME\\s+(\\S+)");
    private static final Pattern DATA = Pattern.compile("\\s*(\\S+?)\\s*:(.*)");
    private static final Set<String> RANKING_TYPES = Set.of("toi", "soi", "toc", "soc");

    private final Problems problems = new Problems();
    private final boolean tiesAllowed;
    private int alternatives = -1;
    private int alternativesLine = 1;
    private long declaredVoters = -1;
    private int votersLine;
    private long declaredOrders = -1;
    private int ordersLine;
    private final Map<Integer, String> names = new TreeMap<>();
    private final Map<Integer, Integer> nameLines = new HashMap<>();

    private PrefLibReader(boolean tiesAllowed) {
        this.tiesAllowed = tiesAllowed;
    }

    public static RankedBallots read(String text, boolean tiesAllowed, @Nullable List<String> options) {
        return new PrefLibReader(tiesAllowed).parse(text, options);
    }

    private RankedBallots parse(String text, @Nullable List<String> options) {
        String[] lines = Lines.split(text);
        var dataLines = new ArrayList<Integer>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("#")) {
                header(line, i + 1);
            } else if (!line.isEmpty()) {
                dataLines.add(i);
            }
        }
        if (alternatives < 0) {
            problems.add(1, "missingHeader", "NUMBER ALTERNATIVES");
        }
        checkNames();
        int[] optionOf = optionIndexes(options);
        var counts = new ArrayList<Long>();
        var rankings = new ArrayList<int[][]>();
        long voters = 0;
        for (int i : dataLines) {
            var ranking = dataLine(lines[i], i + 1);
            if (ranking != null) {
                counts.add(ranking.count);
                rankings.add(ranking.preferences);
                voters += ranking.count;
            }
        }
        if (dataLines.isEmpty()) {
            problems.add(Math.max(1, lines.length), "noBallots");
        }
        if (declaredVoters >= 0 && !problems.any() && voters != declaredVoters) {
            problems.add(votersLine, "votersMismatch", declaredVoters, voters);
        }
        if (declaredOrders >= 0 && !problems.any() && dataLines.size() != declaredOrders) {
            problems.add(ordersLine, "ordersMismatch", declaredOrders, dataLines.size());
        }
        problems.throwIfAny(lines.length);

        List<String> optionNames = options != null ? options : new ArrayList<>(names.values());
        var builder = RankedBallots.builder(optionNames);
        for (int r = 0; r < rankings.size(); r++) {
            int[][] preferences = rankings.get(r);
            for (int[] preference : preferences) {
                for (int k = 0; k < preference.length; k++) {
                    preference[k] = optionOf[preference[k]];
                }
            }
            builder.addPreferences(counts.get(r), preferences);
        }
        return builder.build();
    }

    private void header(String line, int number) {
        Matcher header = HEADER.matcher(line);
        if (!header.matches()) {
            return;
        }
        String key = header.group(1).toUpperCase(Locale.ROOT);
        String value = header.group(2);
        Matcher name = ALTERNATIVE_NAME.matcher(key);
        if (name.matches()) {
            int index = positive(name.group(1), number, "badAlternative");
            if (index < 0) {
                return;
            }
            if (value.isEmpty()) {
                problems.add(number, "emptyName", index);
            } else if (names.containsKey(index)) {
                problems.add(number, "alternativeNamedTwice", index, nameLines.get(index));
            } else if (names.values().stream().anyMatch(n -> n.equalsIgnoreCase(value))) {
                problems.add(number, "duplicateName", value);
            } else {
                names.put(index, value);
                nameLines.put(index, number);
            }
            return;
        }
        switch (key) {
            case "NUMBER ALTERNATIVES" -> {
                alternatives = positive(value, number, "badNumber");
                alternativesLine = number;
            }
            case "NUMBER VOTERS" -> {
                declaredVoters = positive(value, number, "badNumber");
                votersLine = number;
            }
            case "NUMBER UNIQUE ORDERS" -> {
                declaredOrders = positive(value, number, "badNumber");
                ordersLine = number;
            }
            case "DATA TYPE" -> {
                if (!RANKING_TYPES.contains(value.toLowerCase(Locale.ROOT))) {
                    problems.add(number, "notRanking", value);
                }
            }
            default -> {
                // Title, description, dates and the like: kept by PrefLib, not needed to count.
            }
        }
    }

    private int positive(String text, int line, String problem) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(line, problem, text);
        return -1;
    }

    private void checkNames() {
        if (alternatives < 0) {
            return;
        }
        for (var entry : names.entrySet()) {
            if (entry.getKey() < 1 || entry.getKey() > alternatives) {
                problems.add(nameLines.get(entry.getKey()), "alternativeOutOfRange", entry.getKey(), alternatives);
            }
        }
        for (int i = 1; i <= alternatives; i++) {
            if (!names.containsKey(i)) {
                problems.add(alternativesLine, "missingName", i);
            }
        }
    }

    /** Maps file alternative numbers to indexes in the ballot's options. */
    private int[] optionIndexes(@Nullable List<String> options) {
        int[] optionOf = new int[Math.max(alternatives, 0) + 1];
        var builder = options == null ? null : RankedBallots.builder(options);
        int next = 0;
        for (var entry : names.entrySet()) {
            int index = entry.getKey();
            if (index < 1 || index > alternatives) {
                continue;
            }
            if (builder == null) {
                optionOf[index] = next++;
            } else if (builder.knows(entry.getValue())) {
                optionOf[index] = builder.indexOf(entry.getValue());
            } else {
                problems.add(nameLines.get(index), "unknownOption", entry.getValue());
            }
        }
        return optionOf;
    }

    private record Ranking(long count, int[][] preferences) {
    }

    private @Nullable Ranking dataLine(String line, int number) {
        Matcher data = DATA.matcher(line);
        if (!data.matches()) {
            problems.add(number, "syntax", Lines.excerpt(line));
            return null;
        }
        long count;
        try {
            count = Long.parseLong(data.group(1));
        } catch (NumberFormatException e) {
            count = 0;
        }
        if (count < 1) {
            problems.add(number, "badCount", data.group(1));
            return null;
        }
        var preferences = preferences(data.group(2), number);
        return preferences == null ? null : new Ranking(count, preferences);
    }

    /** {@code 5,2,{1,3},4}; null if the line has a problem (already reported). */
    private int @Nullable [][] preferences(String text, int number) {
        var result = new ArrayList<int[]>();
        var seen = new HashMap<Integer, Boolean>();
        int at = 0;
        int length = text.length();
        at = skipSpaces(text, at);
        if (at == length) {
            return new int[0][];
        }
        while (true) {
            at = skipSpaces(text, at);
            var preference = new ArrayList<Integer>();
            if (at < length && text.charAt(at) == '{') {
                int close = text.indexOf('}', at);
                if (close < 0) {
                    problems.add(number, "unclosedBrace", Lines.excerpt(text));
                    return null;
                }
                for (String part : text.substring(at + 1, close).split(",", -1)) {
                    Integer alternative = alternative(part, number, text);
                    if (alternative == null) {
                        return null;
                    }
                    preference.add(alternative);
                }
                if (!tiesAllowed && preference.size() > 1) {
                    problems.add(number, "tiesNotAllowed", Lines.excerpt(text));
                    return null;
                }
                at = close + 1;
            } else {
                int comma = text.indexOf(',', at);
                int stop = comma < 0 ? length : comma;
                Integer alternative = alternative(text.substring(at, stop), number, text);
                if (alternative == null) {
                    return null;
                }
                preference.add(alternative);
                at = stop;
            }
            for (int alternative : preference) {
                if (seen.put(alternative, true) != null) {
                    problems.add(number, "rankedTwice", alternative);
                    return null;
                }
            }
            result.add(preference.stream().mapToInt(Integer::intValue).toArray());
            at = skipSpaces(text, at);
            if (at == length) {
                return result.toArray(new int[0][]);
            }
            if (text.charAt(at) != ',') {
                problems.add(number, "syntax", Lines.excerpt(text));
                return null;
            }
            at++;
        }
    }

    private @Nullable Integer alternative(String part, int number, String text) {
        String digits = part.strip();
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
            problems.add(number, "syntax", Lines.excerpt(text));
            return null;
        }
        int alternative = Integer.parseInt(digits);
        if (alternative < 1 || alternative > alternatives || !names.containsKey(alternative)) {
            problems.add(number, "unknownAlternative", alternative);
            return null;
        }
        return alternative;
    }

    private static int skipSpaces(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
