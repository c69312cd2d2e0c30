package org.youthvoice.survey.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.DisclosureControl;
import org.youthvoice.base.ShownCount;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.i18n.CouncilMessages;
import org.youthvoice.security.ForOfficers;
import org.youthvoice.security.ForReaders;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.ResultChoices;
import org.youthvoice.survey.ResultFilter;
import org.youthvoice.survey.SurveyAnalysis;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyResults;
import org.youthvoice.survey.internal.SurveyStore;

/**
 * Survey data to take away: the anonymised responses as CSV for analysts, and the results tables as an XLSX workbook.
 * Both respect the small-number rules and both are written to the audit log with who took what.
 */
@Service
public class SurveyExports {

    private final ResponseExport responses;
    private final SurveyAnalysis analysis;
    private final SurveyStore store;
    private final AuditLog audit;
    private final DisclosureControl disclosure;
    private final Clock clock;
    private final CouncilMessages messages;

    SurveyExports(ResponseExport responses, SurveyAnalysis analysis, SurveyStore store,
            AuditLog audit, DisclosureControl disclosure, Clock clock, CouncilMessages messages) {
        this.responses = responses;
        this.analysis = analysis;
        this.store = store;
        this.audit = audit;
        this.disclosure = disclosure;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * Streams the survey's sent responses as CSV (one row per response, one column per question, free text never
     * included) and returns how many rows were written. Not transactional on purpose: the rows stream from the
     * database as they are written, and the audit entry is written afterwards, with the number of rows.
     */
    @ForOfficers
    public long responsesCsv(long surveyId, OutputStream out) throws IOException {
        var definition = definition(surveyId);
        long rows = -1;
        try {
            rows = responses.write(surveyId, definition, out, List.of(
                    getTranslation("export.csv.response"), getTranslation("export.csv.version"),
                    getTranslation("export.csv.group"), getTranslation("export.csv.day")));
            return rows;
        } finally {
            audit.record("survey.export.responses-csv", "survey", String.valueOf(surveyId), rows < 0
                    ? "stopped before the end"
                    : rows + " responses, " + definition.questions().size() + " questions, free text left out, "
                            + "threshold " + disclosure.threshold());
        }
    }

    /**
     * Streams the data dictionary of the responses CSV, itself a CSV: one row per column of the responses file, with its
     * heading, the question's key, its words, its kind in words and its answer options. It holds no answers, so it is
     * not audited.
     */
    @ForOfficers
    public void dictionaryCsv(long surveyId, OutputStream out) throws IOException {
        var csv = ResponseExport.printer(out);
        csv.printRecord(dictionaryHeadings());
        for (var entry : dictionary(definition(surveyId))) {
            csv.printRecord(entry.stream().map(ResponseExport::safe).toList());
        }
        csv.flush();
    }

    /**
     * Writes the results tables as they show on the results page (same filter, same suppression) as an XLSX workbook:
     * a cover sheet, a results sheet with one block per question, and the data dictionary (each column of the responses
     * CSV: heading, key, question, kind and options, in words).
     */
    @ForReaders
    public void resultsXlsx(long surveyId, ResultFilter filter, OutputStream out) throws IOException {
        var results = analysis.results(surveyId, filter);
        var choices = analysis.choices(surveyId);
        var definition = definition(surveyId);
        try (var book = new Workbook()) {
            write(book, results, choices, definition, filter);
            book.write(out);
        }
        audit.record("survey.export.results-xlsx", "survey", String.valueOf(surveyId),
                "narrowed to: " + describe(filter, choices));
    }

    private void write(Workbook book, SurveyResults results, ResultChoices choices, SurveyDefinition definition,
            ResultFilter filter) {
        book.sheet(getTranslation("export.xlsx.sheet.about")).row(bold("export.xlsx.survey"), results.title())
                .row(bold("export.xlsx.round"), results.round())
                .row(bold("export.xlsx.narrowedTo"), describe(filter, choices))
                .row(bold("export.xlsx.responses"), count(results.responses()))
                .row(bold("export.xlsx.threshold"), disclosure.threshold())
                .row(bold("export.xlsx.madeOn"), LocalDate.now(clock).toString())
                .blank()
                .row(getTranslation("export.xlsx.suppression", disclosure.threshold()))
                .row(getTranslation("export.xlsx.noWords"))
                .widths(24, 60);
        var sheet = book.sheet(getTranslation("export.xlsx.sheet.results")).widths(50, 12, 8, 14, 14);
        int number = 1;
        for (var q : results.questions()) {
            sheet.row(new Workbook.Bold(number++ + ". " + q.text()));
            sheet.row(getTranslation("export.xlsx.key"), q.key());
            sheet.row(getTranslation("export.xlsx.answered"), count(q.answered()));
            if (q.kind() == QuestionKind.FREE_TEXT) {
                sheet.row(getTranslation("export.xlsx.texts"), count(q.texts()));
                sheet.blank();
                continue;
            }
            if (q.mean() != null) {
                sheet.row(getTranslation("export.xlsx.mean"), q.mean());
            }
            boolean compare = results.earlierRound() != null;
            boolean ranking = q.kind() == QuestionKind.RANKING;
            var head = new java.util.ArrayList<Object>(java.util.List.of(bold("export.xlsx.answer"),
                    bold("export.xlsx.count"), bold("export.xlsx.percent")));
            if (compare) {
                head.add(new Workbook.Bold(getTranslation("export.xlsx.earlier", results.earlierRound())));
            }
            if (ranking) {
                head.add(bold("export.xlsx.rank"));
            }
            sheet.row(head.toArray());
            for (var o : q.options()) {
                var row = new java.util.ArrayList<Object>();
                row.add(o.label());
                row.add(count(o.count()));
                row.add(o.percent());
                if (compare) {
                    row.add(o.earlierPercent());
                }
                if (ranking) {
                    row.add(o.averageRank());
                }
                sheet.row(row.toArray());
            }
            if (!q.combined().isEmpty()) {
                // As on the page: the hidden answers put together where they make a group big enough to show.
                sheet.row(getTranslation("results.combined.intro", results.responses().threshold()));
                for (var c : q.combined()) {
                    sheet.row(c.words(getTranslation("results.or")), c.count(), c.percent());
                }
            }
            sheet.blank();
        }
        var dictionary = book.sheet(getTranslation("export.dictionary.sheet")).widths(40, 14, 50, 24, 60);
        dictionary.row(dictionaryHeadings().stream().map(Workbook.Bold::new).toArray());
        for (var entry : dictionary(definition)) {
            dictionary.row(entry.toArray());
        }
    }

    private List<String> dictionaryHeadings() {
        return List.of(getTranslation("export.dictionary.heading"), getTranslation("export.dictionary.key"),
                getTranslation("export.dictionary.question"), getTranslation("export.dictionary.kind"),
                getTranslation("export.dictionary.options"));
    }

    /**
     * One entry per column of the responses CSV, in its order: heading, key, question words, kind in words, and what a
     * cell can hold (the options' words, the scale's ends, or the free-text marker).
     */
    private List<List<String>> dictionary(SurveyDefinition definition) {
        var entries = new ArrayList<List<String>>();
        entries.add(List.of(getTranslation("export.csv.response"), "", getTranslation("export.dictionary.response"),
                "", ""));
        entries.add(List.of(getTranslation("export.csv.version"), "", getTranslation("export.dictionary.version"),
                "", ""));
        entries.add(List.of(getTranslation("export.csv.group"), "", getTranslation("export.dictionary.group"),
                "", ""));
        entries.add(List.of(getTranslation("export.csv.day"), "", getTranslation("export.dictionary.day"), "", ""));
        var headings = ResponseExport.headings(definition.questions());
        for (int i = 0; i < definition.questions().size(); i++) {
            var q = definition.questions().get(i);
            String options = switch (q.kind()) {
                case FREE_TEXT -> getTranslation("export.dictionary.freeText", ResponseExport.TEXT_GIVEN);
                case SCALE_0_10 -> getTranslation("export.dictionary.scale",
                        q.lowLabel() == null ? "" : q.lowLabel(), q.highLabel() == null ? "" : q.highLabel());
                default -> q.options().stream().map(SurveyDefinition.OptionDefinition::label)
                        .collect(Collectors.joining("; "));
            };
            String kind = getTranslation("survey.kind." + q.kind().name());
            if (q.kind() == QuestionKind.MULTIPLE_CHOICE || q.kind() == QuestionKind.RANKING) {
                kind += ": " + getTranslation(q.kind() == QuestionKind.RANKING ? "export.dictionary.ranking"
                        : "export.dictionary.several");
            }
            entries.add(List.of(headings.get(i), q.key(), q.text(), kind, options));
        }
        return entries;
    }

    private SurveyDefinition definition(long surveyId) {
        if (store.rowVersion(surveyId).isEmpty()) {
            throw new UserFacingException("survey.error.notFound");
        }
        return store.read(surveyId);
    }

    private Object count(ShownCount count) {
        return count.suppressed() ? getTranslation("count.fewerThan", count.threshold()) : (Object) count.value();
    }

    private Workbook.Bold bold(String key) {
        return new Workbook.Bold(getTranslation(key));
    }

    /** The workbook's words, from the message bundles (and a council's own wording). */
    private String getTranslation(String key, Object... arguments) {
        return messages.getTranslation(key, Locale.ENGLISH, arguments);
    }

    private String describe(ResultFilter filter, ResultChoices choices) {
        if (filter.isNone()) {
            return getTranslation("export.xlsx.everyone");
        }
        var parts = new java.util.ArrayList<String>();
        if (filter.versionKey() != null) {
            parts.add(getTranslation("export.xlsx.version") + " " + choices.versions().stream().filter(v -> v.key().equals(filter.versionKey()))
                    .map(ResultChoices.Choice::label).findFirst().orElse(filter.versionKey()));
        }
        if (filter.groupId() != null) {
            parts.add(getTranslation("export.xlsx.group") + " " + choices.groups().stream().filter(g -> g.key().equals(String.valueOf(filter.groupId())))
                    .map(ResultChoices.Choice::label).findFirst().orElse(String.valueOf(filter.groupId())));
        }
        if (filter.aboutQuestion() != null) {
            choices.about().stream().filter(a -> a.question().equals(filter.aboutQuestion())).findFirst()
                    .ifPresent(a -> parts.add(a.text() + ": " + a.options().stream()
                            .filter(o -> o.key().equals(filter.aboutOption())).map(ResultChoices.Choice::label)
                            .findFirst().orElse(String.valueOf(filter.aboutOption()))));
        }
        return String.join(", ", parts);
    }
}
