package org.youthvoice.voting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the simple CSV format: the first row is a header naming the preference columns (for example
 * {@code 1st,2nd,3rd}); every later row is one ballot, option names in preference order. Names with commas go in
 * double quotes ({@code "Fish, chips"}); a doubled quote inside quotes is a quote. An empty cell is a skipped ranking;
 * a row of empty cells is a blank ballot; an empty line is ignored. Every row is checked before any ballot is taken.
 */
public final class CsvBallotReader {

    private final Problems problems = new Problems();

    private CsvBallotReader() {
    }

    public static RankedBallots read(String text, @Nullable List<String> options) {
        return new CsvBallotReader().parse(text, options);
    }

    private RankedBallots parse(String text, @Nullable List<String> options) {
        String[] lines = Lines.split(text);
        var known = options == null ? null : RankedBallots.builder(options);
        Map<String, String> firstSeen = new LinkedHashMap<>();
        var rows = new ArrayList<List<String>>();
        int columns = -1;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = cells(lines[i], number);
            if (cells == null) {
                continue;
            }
            if (columns < 0) {
                columns = cells.size();
                continue;
            }
            if (cells.size() > columns) {
                problems.add(number, "tooManyColumns", cells.size(), columns);
                continue;
            }
            boolean ok = true;
            for (String cell : cells) {
                if (cell.isEmpty()) {
                    continue;
                }
                if (known != null && !known.knows(cell)) {
                    problems.add(number, "unknownOption", cell);
                    ok = false;
                } else if (known == null) {
                    firstSeen.putIfAbsent(cell.toLowerCase(Locale.ROOT), cell);
                }
            }
            if (ok) {
                rows.add(cells);
            }
        }
        if (columns < 0) {
            problems.add(1, "missingHeader", "1st,2nd,3rd");
        } else if (rows.isEmpty() && !problems.any()) {
            problems.add(lines.length, "noBallots");
        }
        problems.throwIfAny(lines.length);
        var builder = options != null ? RankedBallots.builder(options)
                : RankedBallots.builder(new ArrayList<>(firstSeen.values()));
        for (List<String> row : rows) {
            builder.addNamed(1, row.stream().map(cell -> cell.isEmpty() ? List.<String>of() : List.of(cell)).toList());
        }
        return builder.build();
    }

    /** Splits one line into stripped cells; null (and a problem) if a quote is left open. */
    private @Nullable List<String> cells(String line, int number) {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int at = 0; at < line.length(); at++) {
            char c = line.charAt(at);
            if (quoted) {
                if (c == '"' && at + 1 < line.length() && line.charAt(at + 1) == '"') {
                    cell.append('"');
                    at++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            problems.add(number, "unclosedQuote", Lines.excerpt(line));
            return null;
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
