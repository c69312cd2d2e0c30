package org.youthvoice.insight.internal;

import com.vaadin.flow.i18n.I18NProvider;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;
import org.youthvoice.base.CouncilBrand;
import org.youthvoice.base.ShownCount;
import org.youthvoice.insight.EvidenceAmounts;
import org.youthvoice.insight.EvidenceOverview;
import org.youthvoice.insight.PriorityEvidence;
import org.youthvoice.insight.TaggedAction;
import org.youthvoice.insight.TaggedBallot;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyResults;

/**
 * Draws evidence packs as A4 PDFs: a cover, a summary, horizontal bars for results (drawn, so they print sharp),
 * approved quotes and actions. It only draws what it is given: counts already under the small-number rules.
 */
@Component
public class EvidencePdf {

    private static final Color INK = new Color(0x1a, 0x1a, 0x2e);
    private static final Color ACCENT = new Color(0x0b, 0x5c, 0xad);
    private static final Color EARLIER = new Color(0x9a, 0xa5, 0xb1);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Font TITLE = new Font(Font.HELVETICA, 26, Font.BOLD, ACCENT);
    private static final Font H1 = new Font(Font.HELVETICA, 18, Font.BOLD, ACCENT);
    private static final Font H2 = new Font(Font.HELVETICA, 13, Font.BOLD, INK);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL, INK);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, INK);
    private static final Font QUOTE = new Font(Font.HELVETICA, 11, Font.ITALIC, INK);

    private final I18NProvider messages;
    private final Clock clock;

    private final CouncilBrand brand;

    EvidencePdf(I18NProvider messages, Clock clock, CouncilBrand brand) {
        this.brand = brand;
        this.messages = messages;
        this.clock = clock;
    }

    public byte[] priority(PriorityEvidence evidence) {
        return render(evidence.title(), (document, writer) -> {
            cover(document, evidence.title(), evidence.frameworkTitle(), evidence);
            document.newPage();
            sections(document, writer, evidence);
        });
    }

    public byte[] framework(EvidenceOverview overview, List<PriorityEvidence> priorities) {
        return render(overview.frameworkTitle(), (document, writer) -> {
            cover(document, overview.frameworkTitle(), null, null);
            document.newPage();
            document.add(paragraph(text("pack.overview"), H1, 8));
            document.add(overviewTable(overview));
            for (PriorityEvidence priority : priorities) {
                document.newPage();
                document.add(paragraph(priority.title(), TITLE, 6));
                document.add(paragraph(rollUp(priority), BODY, 10));
                sections(document, writer, priority);
            }
        });
    }

    private interface Content {
        void write(Document document, PdfWriter writer) throws DocumentException;
    }

    private byte[] render(String title, Content content) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 45, 45);
        try {
            var writer = PdfWriter.getInstance(document, out);
            document.addTitle(text("pack.title") + ": " + title);
            document.addCreator(text("app.name"));
            document.open();
            content.write(document, writer);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("evidence pack " + title, e);
        }
        return out.toByteArray();
    }

    private void cover(Document document, String title, @Nullable String framework,
            @Nullable PriorityEvidence evidence) throws DocumentException {
        var logo = brand.logoImage(180, 60);
        if (logo.isPresent()) {
            document.add(logo.get());
        }
        document.add(paragraph(brand.name(), new Font(Font.HELVETICA, 13, Font.BOLD, ACCENT), 60));
        document.add(paragraph(text("pack.title"), new Font(Font.HELVETICA, 16, Font.NORMAL, INK), 8));
        document.add(paragraph(title, new Font(Font.HELVETICA, 32, Font.BOLD, ACCENT), 12));
        if (framework != null) {
            document.add(paragraph(framework, H2, 12));
        }
        document.add(paragraph(text("pack.made", DAY.format(LocalDate.now(clock))), BODY, 30));
        if (evidence != null) {
            document.add(paragraph(rollUp(evidence), BODY, 12));
            document.add(paragraph(text("pack.summary"), H1, 8));
            document.add(summary(evidence));
        }
        document.add(paragraph(text("pack.rules", threshold(evidence)), SMALL, 0));
    }

    private static int threshold(@Nullable PriorityEvidence evidence) {
        return evidence == null ? 5 : evidence.comments().total().threshold();
    }

    private String rollUp(PriorityEvidence evidence) {
        String mapped = evidence.mappedFrom().isEmpty() ? ""
                : " " + text("pack.mappedFrom", String.join(", ", evidence.mappedFrom()));
        if (evidence.outcomes().isEmpty()) {
            return (evidence.parentTitle() == null ? "" : text("pack.outcomeOf", evidence.parentTitle())) + mapped;
        }
        return text("pack.rollUp", String.join("; ", evidence.outcomes().stream().map(PriorityEvidence.Node::title)
                .toList())) + mapped;
    }

    private PdfPTable summary(PriorityEvidence e) {
        var table = new PdfPTable(new float[] {3, 1});
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        long questions = e.surveys().stream().mapToLong(s -> s.questions().size()).sum();
        row(table, text("pack.summary.questions"), String.valueOf(questions));
        row(table, text("pack.summary.ballots"), String.valueOf(e.ballots().size()));
        row(table, text("pack.summary.comments"), count(e.comments().total()));
        row(table, text("pack.summary.quotes"), String.valueOf(e.quotes().size()));
        row(table, text("pack.summary.actions"), String.valueOf(e.actions().size()));
        return table;
    }

    private PdfPTable overviewTable(EvidenceOverview overview) {
        var table = new PdfPTable(new float[] {5, 1.3f, 1.5f, 1.2f, 1.5f, 1.2f, 1.2f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of("evidence.col.priority", "evidence.col.questions", "evidence.col.responses",
                "evidence.col.ballots", "evidence.col.comments", "evidence.col.quotes", "evidence.col.actions")) {
            var cell = new PdfPCell(new Phrase(text(key), new Font(Font.HELVETICA, 8, Font.BOLD, INK)));
            table.addCell(cell);
        }
        for (EvidenceAmounts row : overview.rows()) {
            String name = (row.parentCode() == null ? "" : "    ") + row.title()
                    + (row.gap() ? " (" + text("evidence.gap") + ")" : "");
            table.addCell(new Phrase(name, row.parentCode() == null ? new Font(Font.HELVETICA, 8, Font.BOLD, INK)
                    : SMALL));
            table.addCell(new Phrase(String.valueOf(row.surveyQuestions()), SMALL));
            table.addCell(new Phrase(count(row.responses()), SMALL));
            table.addCell(new Phrase(String.valueOf(row.ballots()), SMALL));
            table.addCell(new Phrase(count(row.comments()), SMALL));
            table.addCell(new Phrase(String.valueOf(row.quotes()), SMALL));
            table.addCell(new Phrase(String.valueOf(row.actionCount()), SMALL));
        }
        return table;
    }

    private void sections(Document document, PdfWriter writer, PriorityEvidence e) throws DocumentException {
        document.add(paragraph(text("evidence.surveys"), H1, 6));
        if (e.surveys().isEmpty()) {
            document.add(paragraph(text("evidence.surveys.none"), BODY, 10));
        }
        for (SurveyResults survey : e.surveys()) {
            document.add(paragraph(survey.earlierRound() == null ? text("evidence.survey", survey.title(), survey.round())
                    : text("evidence.survey.compared", survey.title(), survey.round(), survey.earlierRound()), H2, 4));
            document.add(paragraph(text("evidence.responses", count(survey.responses())), BODY, 6));
            for (var q : survey.questions()) {
                document.add(paragraph(q.text(), new Font(Font.HELVETICA, 10, Font.BOLD, INK), 2));
                document.add(paragraph(text("results.answered", count(q.answered())), SMALL, 2));
                if (q.kind() == QuestionKind.FREE_TEXT) {
                    document.add(paragraph(text("evidence.texts", count(q.texts())), SMALL, 6));
                    continue;
                }
                var bars = bars();
                for (var o : q.options()) {
                    bar(bars, writer, o.label(), o.percent(), o.earlierPercent(), count(o.count()),
                            survey.earlierRound() != null);
                }
                document.add(bars);
                if (!q.combined().isEmpty()) {
                    // As on the results page: hidden answers put together where they make a group big enough.
                    document.add(paragraph(text("results.combined.intro", q.answered().threshold()), SMALL, 2));
                    for (var c : q.combined()) {
                        document.add(paragraph(text("results.combined.line", c.words(text("results.or")), c.count(),
                                c.percent() == null ? "–" : c.percent() + "%"), SMALL, 2));
                    }
                }
            }
        }
        document.add(paragraph(text("evidence.ballots"), H1, 6));
        if (e.ballots().isEmpty()) {
            document.add(paragraph(text("evidence.ballots.none"), BODY, 10));
        }
        for (TaggedBallot ballot : e.ballots()) {
            document.add(paragraph(ballot.question(), H2, 2));
            document.add(paragraph(text("evidence.ballot.about", ballot.forum().isEmpty() ? text("evidence.cityWide")
                    : ballot.forum(), DAY.format(ballot.publishedOn()), count(ballot.papers())), SMALL, 2));
            document.add(paragraph(outcome(ballot), BODY, 2));
            if (ballot.summary() != null) {
                document.add(paragraph(ballot.summary(), BODY, 2));
            }
            long papers = ballot.papers().value() == null ? 0 : ballot.papers().value();
            var bars = bars();
            for (var o : ballot.options()) {
                Integer percent = o.votes().suppressed() || papers == 0 ? null
                        : (int) Math.round(100.0 * o.votes().value() / papers);
                bar(bars, writer, optionLabel(ballot, o.label()), percent, null, count(o.votes()), false);
            }
            document.add(bars);
        }
        document.add(paragraph(text("evidence.comments"), H1, 6));
        var c = e.comments();
        document.add(paragraph(text("evidence.comments.counts", count(c.total()), count(c.surveyAnswers()),
                count(c.feedback())), BODY, 4));
        var faces = bars();
        long rated = c.faces().stream().mapToLong(f -> f.value() == null ? 0 : f.value()).sum();
        for (int i = 0; i < 5; i++) {
            var f = c.faces().get(i);
            Integer percent = f.suppressed() || rated == 0 ? null : (int) Math.round(100.0 * f.value() / rated);
            bar(faces, writer, text("tellus.face." + (i + 1)), percent, null, count(f), false);
        }
        document.add(faces);
        document.add(paragraph(text("evidence.noFace", count(c.noFace())), SMALL, 10));

        document.add(paragraph(text("evidence.quotes"), H1, 6));
        if (e.quotes().isEmpty()) {
            document.add(paragraph(text("evidence.quotes.none"), BODY, 10));
        }
        for (var quote : e.quotes()) {
            var p = paragraph("\u201c" + quote.text() + "\u201d", QUOTE, 6);
            p.setIndentationLeft(18);
            document.add(p);
        }
        document.add(paragraph(text("evidence.actions"), H1, 6));
        if (e.actions().isEmpty()) {
            document.add(paragraph(text("evidence.actions.none"), BODY, 10));
        } else {
            var table = new PdfPTable(new float[] {5, 1.6f, 2, 1.6f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String key : List.of("evidence.col.action", "evidence.col.status", "evidence.col.owner",
                    "evidence.col.due")) {
                table.addCell(new Phrase(text(key), new Font(Font.HELVETICA, 9, Font.BOLD, INK)));
            }
            for (TaggedAction a : e.actions()) {
                table.addCell(new Phrase(a.weDo(), SMALL));
                table.addCell(new Phrase(text("actions.status." + a.status()), SMALL));
                table.addCell(new Phrase(a.owner(), SMALL));
                table.addCell(new Phrase(a.dueOn() == null ? "" : DAY.format(a.dueOn()), SMALL));
            }
            document.add(table);
        }
    }

    private String outcome(TaggedBallot ballot) {
        if (ballot.motionOutcome() != null) {
            return text("evidence.motion." + ballot.motionOutcome());
        }
        return ballot.winners().isEmpty() ? "" : text("evidence.winners", String.join(", ", ballot.winners()));
    }

    private String optionLabel(TaggedBallot ballot, String label) {
        return ballot.motionOutcome() == null ? label : text("evidence.motion.option." + label);
    }

    private static PdfPTable bars() {
        var table = new PdfPTable(new float[] {3, 4, 1.6f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        return table;
    }

    /** One answer: its label, a bar as long as its share (and a thin grey one for the earlier round), and the count. */
    private void bar(PdfPTable table, PdfWriter writer, String label, @Nullable Integer percent,
            @Nullable Integer earlier, String count, boolean compare) {
        table.addCell(cell(new Phrase(label, SMALL)));
        float width = 200;
        float height = compare ? 14 : 9;
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        if (percent != null) {
            template.setColorFill(ACCENT);
            template.rectangle(0, compare ? 6 : 0, width * percent / 100f, compare ? 8 : 9);
            template.fill();
        }
        if (compare && earlier != null) {
            template.setColorFill(EARLIER);
            template.rectangle(0, 0, width * earlier / 100f, 4);
            template.fill();
        }
        try {
            var image = Image.getInstance(template);
            table.addCell(cell(image));
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        String words = (percent == null ? "–" : percent + "%") + " (" + count + ")"
                + (compare ? "; " + text("pack.earlier", earlier == null ? "–" : earlier + "%") : "");
        table.addCell(cell(new Phrase(words, SMALL)));
    }

    private static PdfPCell cell(Phrase phrase) {
        var cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static PdfPCell cell(Image image) {
        var cell = new PdfPCell(image, false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(new Phrase(label, BODY));
        table.addCell(new Phrase(value, BODY));
    }

    private String count(ShownCount count) {
        return count.suppressed() ? text("count.fewerThan", count.threshold()) : String.valueOf(count.value());
    }

    private static Paragraph paragraph(String words, Font font, float after) {
        var p = new Paragraph(words, font);
        p.setLeading(font.getSize() * 1.25f);
        p.setSpacingAfter(after);
        return p;
    }

    private String text(String key, Object... arguments) {
        return messages.getTranslation(key, Locale.ENGLISH, arguments);
    }
}
