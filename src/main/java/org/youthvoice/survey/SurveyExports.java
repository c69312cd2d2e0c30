package org.youthvoice.survey;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.ShownCount;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.YouthVoiceProperties;
import org.youthvoice.base.i18n.CouncilMessages;
import org.youthvoice.survey.internal.ResponseExport;
import org.youthvoice.survey.internal.SurveyStore;
import org.youthvoice.survey.internal.XlsxWriter;

/**
 * Survey data to take away: the anonymised responses as CSV for analysts, and the results tables as an XLSX workbook.
 * Both respect the small-number rules and both are written to the audit log with who took what.
 */
@Service
public class SurveyExports {

    private final ResponseExport responses;
    private final SurveyAnalysis analysis;
    private final SurveyStore store;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final YouthVoiceProperties properties;
    private final Clock clock;
    private final CouncilMessages messages;

    SurveyExports(ResponseExport responses, SurveyAnalysis analysis, SurveyStore store, JdbcClient jdbc,
            AuditLog audit, YouthVoiceProperties properties, Clock clock, CouncilMessages messages) {
        this.responses = responses;
        this.analysis = analysis;
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * Streams the survey's sent responses as CSV (one row per response, one column per question, free text never
     * included) and returns how many rows were written. Not transactional on purpose: the rows stream from the
     * database as they are written, and the audit entry is written afterwards, with the number of rows.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public long responsesCsv(long surveyId, OutputStream out) throws IOException {
        var definition = definition(surveyId);
        long rows = -1;
        try {
            rows = responses.write(surveyId, definition, properties.smallNumberThreshold(), out);
            return rows;
        } finally {
            audit.record("survey.export.responses-csv", "survey", String.valueOf(surveyId), rows < 0
                    ? "stopped before the end"
                    : rows + " responses, " + definition.questions().size() + " questions, free text left out, "
                            + "threshold " + properties.smallNumberThreshold());
        }
    }

    /**
     * Writes the results tables as they show on the results page (same filter, same suppression) as an XLSX workbook:
     * a cover sheet, a results sheet with one block per question, and the questions with their keys.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'VIEWER')")
    public void resultsXlsx(long surveyId, ResultFilter filter, OutputStream out) throws IOException {
        var results = analysis.results(surveyId, filter);
        var choices = analysis.choices(surveyId);
        var definition = definition(surveyId);
        var book = new XlsxWriter();
        book.sheet(getTranslation("export.xlsx.sheet.about")).row(bold("export.xlsx.survey"), results.title())
                .row(bold("export.xlsx.round"), results.round())
                .row(bold("export.xlsx.narrowedTo"), describe(filter, choices))
                .row(bold("export.xlsx.responses"), count(results.responses()))
                .row(bold("export.xlsx.threshold"), properties.smallNumberThreshold())
                .row(bold("export.xlsx.madeOn"), LocalDate.now(clock).toString())
                .blank()
                .row(getTranslation("export.xlsx.suppression", properties.smallNumberThreshold()))
                .row(getTranslation("export.xlsx.noWords"));
        var sheet = book.sheet(getTranslation("export.xlsx.sheet.results"));
        int number = 1;
        for (var q : results.questions()) {
            sheet.row(new XlsxWriter.Bold(number++ + ". " + q.text()));
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
                head.add(new XlsxWriter.Bold(getTranslation("export.xlsx.earlier", results.earlierRound())));
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
            sheet.blank();
        }
        var questions = book.sheet(getTranslation("export.xlsx.sheet.questions")).row(bold("export.xlsx.keyColumn"), bold("export.xlsx.question"),
                bold("export.xlsx.kind"));
        for (var q : definition.questions()) {
            questions.row(q.key(), q.text(), q.kind().name());
        }
        book.write(out);
        audit.record("survey.export.results-xlsx", "survey", String.valueOf(surveyId),
                "narrowed to: " + describe(filter, choices));
    }

    private SurveyDefinition definition(long surveyId) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM survey WHERE id = ?").param(surveyId).query(Long.class)
                .single() > 0;
        if (!exists) {
            throw new UserFacingException("survey.error.notFound");
        }
        return store.read(surveyId);
    }

    private Object count(ShownCount count) {
        return count.suppressed() ? getTranslation("count.fewerThan", count.threshold()) : (Object) count.value();
    }

    private XlsxWriter.Bold bold(String key) {
        return new XlsxWriter.Bold(getTranslation(key));
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
