package org.youthvoice.survey.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.youthvoice.base.DisclosureControl;
import org.youthvoice.base.db.AnalysisDatabase;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.results.Released;

/**
 * Writes a survey's sent responses as CSV, one row per response and one column per question, streamed from the
 * database row by row (a fetch size makes MariaDB's driver read in chunks), so memory stays flat however many responses
 * there are. What would point at a young person is left out or blanked; see design note 0016:
 * <ul>
 * <li>no response id, device, account, language or time of day: the first column is just a running number;</li>
 * <li>no order: rows come in an order shuffled afresh for every export, never the order young people started or
 * sent, so someone who knows which session came last cannot find its rows (design note 0022);</li>
 * <li>the group column only when every group is at least the threshold in every version shown beside it; otherwise
 * it says {@value #SUPPRESSED} on every row, because a group hidden on some rows only would point at those rows;</li>
 * <li>free text is never written: a cell says {@value #TEXT_GIVEN} when something was written;</li>
 * <li>a version with fewer responses than the threshold shows {@value #SUPPRESSED} (with the next smallest hidden
 * too when only one would be, as on the results page), and so does a day with fewer responses from that group (from
 * anyone, when the group column is suppressed);</li>
 * <li>"about you" answers show {@value #SUPPRESSED} on every row whose version, group and "about you" answers
 * together are shared by fewer responses than the threshold.</li>
 * </ul>
 */
@Component
public class ResponseExport {

    public static final String SUPPRESSED = "[suppressed]";
    public static final String TEXT_GIVEN = "[text given]";
    /** Responses read and written per query: their lines are held until the chunk is written. */
    static final int CHUNK = 1000;

    private final ResponseExportStore store;
    private final DisclosureControl disclosure;
    private final SecureRandom random = new SecureRandom();

    /** Reads through {@link ResponseExportStore}, from the analysis database (design note 0018). */
    @Autowired
    ResponseExport(ResponseExportStore store, DisclosureControl disclosure) {
        this.store = store;
        this.disclosure = disclosure;
    }

    /** For tests: reads from this analysis database (the main one, or a replica). */
    public ResponseExport(AnalysisDatabase analysis, Released released, DisclosureControl disclosure) {
        this(new ResponseExportStore(analysis, released), disclosure);
    }

    /** The first four columns' headings when none are given (tests, tools). */
    public static final List<String> LEADING = List.of("Response", "Version", "Group", "Day sent");

    /** Writes the CSV with the default headings and returns how many responses it holds. */
    public long write(long surveyId, SurveyDefinition definition, OutputStream stream)
            throws IOException {
        return write(surveyId, definition, stream, LEADING);
    }

    /**
     * The heading of each question's column: its words, so the file reads without a key (design note 0016). Where two
     * questions have the same words, both get their key in square brackets, so every heading is different and a
     * program can still find a column by its heading.
     */
    public static List<String> headings(List<QuestionDefinition> questions) {
        var times = new HashMap<String, Integer>();
        for (var q : questions) {
            times.merge(plain(q.text()), 1, Integer::sum);
        }
        var headings = new ArrayList<String>();
        for (var q : questions) {
            String words = plain(q.text());
            headings.add(words.isEmpty() ? q.key() : times.get(words) > 1 ? words + " [" + q.key() + "]" : words);
        }
        return headings;
    }

    /** Words on one line: a heading with a line break in it is harder to use in a program. */
    private static String plain(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * A cell of text written by people (labels, names, question words), protected against formula injection: a
     * spreadsheet would run a cell starting with = + - @, a tab or a carriage return, so it gets an apostrophe first.
     */
    public static @Nullable String safe(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /**
     * The file's format: RFC 4180 (comma, double quotes only where needed, CRLF), through Apache Commons CSV. The
     * byte-order mark is written before it, so Excel reads accents and emoji right.
     */
    public static CSVPrinter printer(OutputStream stream) throws IOException {
        stream.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        return new CSVPrinter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024),
                CSVFormat.RFC4180);
    }

    /**
     * Writes the CSV and returns how many responses it holds.
     *
     * @param leading the headings of the first four columns (running number, version, group, day sent)
     */
    public long write(long surveyId, SurveyDefinition definition, OutputStream stream,
            List<String> leading) throws IOException {
        var columns = new Columns(surveyId, definition);
        var hiddenVersions = hidden(store.perVersion(surveyId));
        var hiddenGroups = hidden(store.perGroup(surveyId));
        boolean groupShown = groupShown(surveyId, hiddenVersions);
        // With the group column suppressed, days and "about you" combinations are judged without the group: their
        // suppression must not differ between groups either, or it would point at a group's rows.
        var shownDays = shown(store.perDay(surveyId, groupShown).stream()
                .map(d -> new ResponseExportStore.Count(d.group() + "|" + d.day(), d.count())).toList());
        var shownAbout = columns.aboutIds.isEmpty() ? Set.<String>of()
                : shown(store.perAboutYou(surveyId, groupShown, columns.aboutIds));

        // The order rows are written in: shuffled afresh for every export, so it follows neither start nor send.
        long[] order = store.responseIds(surveyId).stream().mapToLong(Long::longValue).toArray();
        shuffle(order, random);

        var csv = printer(stream);
        var header = new ArrayList<@Nullable String>(leading);
        headings(columns.questions).forEach(h -> header.add(safe(h)));
        csv.printRecord(header);
        var rows = new Rows(columns, hiddenVersions, hiddenGroups, groupShown, shownDays, shownAbout);
        long written = 0;
        for (int from = 0; from < order.length; from += CHUNK) {
            long[] chunk = Arrays.copyOfRange(order, from, Math.min(order.length, from + CHUNK));
            rows.lines.clear();
            // Read in id order (the index's), written in the shuffled order.
            store.answers(surveyId, chunk, rows);
            rows.finish();
            for (long id : chunk) {
                String[] cells = rows.lines.get(id);
                if (cells != null) {
                    cells[0] = Long.toString(++written);
                    csv.printRecord(Arrays.asList(cells));
                }
            }
        }
        csv.flush();
        return written;
    }

    /**
     * Whether the group column can be kept: every group (no group counting as one) has at least the threshold of
     * responses in every version as the file shows it (hidden versions together). One small cell and the column is
     * suppressed on every row. A survey without groups keeps its empty column.
     */
    private boolean groupShown(long surveyId, Set<String> hiddenVersions) {
        var cells = new HashMap<String, Long>();
        for (var count : store.perVersionAndGroup(surveyId)) {
            String version = hiddenVersions.contains(count.versionId()) ? SUPPRESSED : count.versionId();
            cells.merge(version + "|" + count.groupId(), count.count(), Long::sum);
        }
        boolean anyGroup = cells.keySet().stream().anyMatch(k -> !k.endsWith("|"));
        return !anyGroup || disclosure.everyCellShowable(cells.values());
    }

    /** Fisher-Yates with a cryptographic source: the order cannot be guessed from earlier exports. */
    static void shuffle(long[] values, SecureRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    /** Keys of the cells a breakdown hides (primary and secondary suppression, as everywhere). */
    private Set<String> hidden(List<ResponseExportStore.Count> counts) {
        var shown = disclosure.breakdown(counts.stream().map(ResponseExportStore.Count::count).toList());
        var hidden = new HashSet<String>();
        for (int i = 0; i < counts.size(); i++) {
            if (shown.get(i).suppressed()) {
                hidden.add(counts.get(i).key());
            }
        }
        return hidden;
    }

    /** Keys of the cells a breakdown shows: a key met later that was not counted (sent since) stays hidden. */
    private Set<String> shown(List<ResponseExportStore.Count> counts) {
        var shown = disclosure.breakdown(counts.stream().map(ResponseExportStore.Count::count).toList());
        var keys = new HashSet<String>();
        for (int i = 0; i < counts.size(); i++) {
            if (!shown.get(i).suppressed()) {
                keys.add(counts.get(i).key());
            }
        }
        return keys;
    }

    /** What each id in the answer rows stands for. */
    private final class Columns {
        final List<QuestionDefinition> questions;
        final Map<Long, Integer> column = new HashMap<>();
        final Map<Long, String> optionLabel = new HashMap<>();
        final Map<Long, Integer> optionPosition = new HashMap<>();
        final Map<Long, String> versionLabel = new HashMap<>();
        final Map<Long, String> groupName = new HashMap<>();
        final List<Long> aboutIds = new ArrayList<>();
        final boolean[] about;
        final long[] idOf;

        Columns(long surveyId, SurveyDefinition definition) {
            questions = definition.questions();
            about = new boolean[questions.size()];
            idOf = new long[questions.size()];
            var index = new HashMap<String, Integer>();
            for (int i = 0; i < questions.size(); i++) {
                index.put(questions.get(i).key(), i);
                about[i] = questions.get(i).demographic() != null;
            }
            for (var question : store.questions(surveyId)) {
                Integer i = index.get(question.key());
                if (i != null) {
                    column.put(question.id(), i);
                    idOf[i] = question.id();
                    if (about[i]) {
                        aboutIds.add(question.id());
                    }
                }
            }
            aboutIds.sort(null);
            for (var option : store.options(surveyId)) {
                optionLabel.put(option.id(), option.label());
                optionPosition.put(option.id(), option.position());
            }
            versionLabel.putAll(store.versionLabels(surveyId));
            groupName.putAll(store.groupNames(surveyId));
        }
    }

    /**
     * Gathers the answer rows of one response at a time and, when the next begins, puts its cells (the first left for
     * the running number) into {@link #lines}, to be printed in the shuffled order.
     */
    private static final class Rows implements Consumer<ResponseExportStore.AnswerRow> {
        private final Columns columns;
        final Map<Long, String[]> lines = new HashMap<>();
        private String[] cells = new String[0];
        private int at;
        private final Set<String> hiddenVersions;
        private final Set<String> hiddenGroups;
        private final boolean groupShown;
        private final Set<String> shownDays;
        private final Set<String> shownAbout;
        private final int width;
        private final long[][] options;    // option ids chosen, per question
        private final int[] optionCount;
        private final int[] ranks;         // rank of each chosen option, where ranked
        private final int[] numbers;
        private final boolean[] hasNumber;
        private final boolean[] hasText;
        private long response = -1;
        private long version;
        private @Nullable Long group;
        private @Nullable LocalDate day;

        Rows(Columns columns, Set<String> hiddenVersions, Set<String> hiddenGroups, boolean groupShown,
                Set<String> shownDays, Set<String> shownAbout) {
            this.columns = columns;
            this.hiddenVersions = hiddenVersions;
            this.hiddenGroups = hiddenGroups;
            this.groupShown = groupShown;
            this.shownDays = shownDays;
            this.shownAbout = shownAbout;
            this.width = columns.questions.size();
            int most = columns.questions.stream().mapToInt(q -> q.options().size()).max().orElse(0) + 1;
            this.options = new long[width][most];
            this.optionCount = new int[width];
            this.ranks = new int[width * most];
            this.numbers = new int[width];
            this.hasNumber = new boolean[width];
            this.hasText = new boolean[width];
        }

        @Override
        public void accept(ResponseExportStore.AnswerRow row) {
            long id = row.responseId();
            if (id != response) {
                finish();
                response = id;
                version = row.versionId();
                group = row.groupId();
                day = row.day();
            }
            Long questionId = row.questionId();
            if (questionId == null) {
                return; // a response with no answers at all
            }
            Integer i = columns.column.get(questionId);
            if (i == null) {
                return;
            }
            Long option = row.optionId();
            if (option != null && optionCount[i] < options[i].length) {
                Integer rank = row.rank();
                ranks[i * options[i].length + optionCount[i]] = rank == null ? 0 : rank;
                options[i][optionCount[i]++] = option;
            }
            Integer number = row.number();
            if (number != null) {
                numbers[i] = number;
                hasNumber[i] = true;
            }
            if (row.hasText()) {
                hasText[i] = true;
            }
        }

        /** Writes the response gathered so far, if any, and clears for the next. */
        void finish() {
            if (response < 0) {
                return;
            }
            write();
            Arrays.fill(optionCount, 0);
            Arrays.fill(hasNumber, false);
            Arrays.fill(hasText, false);
            response = -1;
        }

        private void write() {
            cells = new String[4 + width];
            at = 1; // the running number goes first, when the line is printed
            text(hiddenVersions.contains(String.valueOf(version)) ? SUPPRESSED : columns.versionLabel.get(version));
            String groupKey = group == null || !groupShown ? "" : String.valueOf(group);
            if (!groupShown) {
                text(SUPPRESSED);
            } else if (group == null) {
                text(null);
            } else {
                text(hiddenGroups.contains(groupKey) ? SUPPRESSED : columns.groupName.get(group));
            }
            text(day == null ? null : shownDays.contains(groupKey + "|" + day) ? day.toString() : SUPPRESSED);
            boolean aboutShown = columns.aboutIds.isEmpty() || shownAbout.contains(aboutKey(groupKey));
            for (int i = 0; i < width; i++) {
                if (columns.about[i] && !aboutShown) {
                    text(SUPPRESSED);
                } else {
                    cell(i);
                }
            }
            lines.put(response, cells);
        }

        /** The next cell: text people wrote (labels, names) made safe from formulas; null for an empty cell. */
        private void text(@Nullable String value) {
            cells[at++] = safe(value);
        }

        /** The same key the combination count in SQL makes: version|group|question=option,... in id order. */
        private String aboutKey(String groupKey) {
            var pairs = new ArrayList<long[]>();
            for (int i = 0; i < width; i++) {
                if (columns.about[i]) {
                    for (int k = 0; k < optionCount[i]; k++) {
                        pairs.add(new long[] {aboutId(i), options[i][k]});
                    }
                }
            }
            pairs.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            var key = new StringBuilder().append(version).append('|').append(groupKey).append('|');
            for (int p = 0; p < pairs.size(); p++) {
                key.append(p == 0 ? "" : ",").append(pairs.get(p)[0]).append('=').append(pairs.get(p)[1]);
            }
            return key.toString();
        }

        private long aboutId(int column) {
            return columns.idOf[column];
        }

        private void cell(int i) {
            var kind = columns.questions.get(i).kind();
            if (kind == QuestionKind.FREE_TEXT) {
                text(hasText[i] ? TEXT_GIVEN : null);
            } else if (kind == QuestionKind.SCALE_0_10) {
                cells[at++] = hasNumber[i] ? Integer.toString(numbers[i]) : null;
            } else if (optionCount[i] == 0) {
                text(null);
            } else if (optionCount[i] == 1) {
                text(columns.optionLabel.get(options[i][0]));
            } else {
                int n = optionCount[i];
                int stride = options[i].length;
                var order = new Integer[n];
                for (int k = 0; k < n; k++) {
                    order[k] = k;
                }
                // A ranking in the order given; several choices in the question's own order.
                java.util.Arrays.sort(order, kind == QuestionKind.RANKING
                        ? (a, b) -> Integer.compare(ranks[i * stride + a], ranks[i * stride + b])
                        : (a, b) -> Integer.compare(columns.optionPosition.getOrDefault(options[i][a], 0),
                                columns.optionPosition.getOrDefault(options[i][b], 0)));
                var text = new StringBuilder();
                for (int k = 0; k < n; k++) {
                    text.append(k == 0 ? "" : "; ").append(columns.optionLabel.get(options[i][order[k]]));
                }
                text(text.toString());
            }
        }
    }
}
