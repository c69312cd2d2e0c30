package org.youthvoice.actions.internal;

import com.vaadin.flow.i18n.I18NProvider;
import io.nayuki.qrcodegen.QrCode;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
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
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Service;
import org.youthvoice.actions.ActionService;
import org.youthvoice.actions.ActionStatus;
import org.youthvoice.actions.PublishedAction;
import org.youthvoice.base.CouncilBrand;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.ForOfficers;
import org.youthvoice.security.Public;

/**
 * A printable one-page A4 poster of an action, as councils put up after a survey round: "You said", approved quotes,
 * "We did" (or "We will"), the topics, the council's name, and the action's public page as a link and a QR code. The
 * words are the ones young people see, for an age band if one is chosen.
 */
@Service
public class ActionPosters {

    /** Beyond this many characters of words the poster would not fit on one page: later quotes are left off. */
    static final int MOST_WORDS = 2600;
    private static final Color INK = new Color(0x1a, 0x1a, 0x2e);
    private static final Color ACCENT = new Color(0x0b, 0x5c, 0xad);

    private final ActionService actions;
    private final I18NProvider messages;

    private final CouncilBrand brand;

    ActionPosters(ActionService actions, I18NProvider messages, CouncilBrand brand) {
        this.actions = actions;
        this.messages = messages;
        this.brand = brand;
    }

    /** Any action, draft or published, for an officer to check and print. */
    @ForOfficers
    public byte[] poster(long actionId, @Nullable AgeBand band, String pageLink) {
        return render(actions.preview(actionId, band), pageLink);
    }

    /** Public: a published action only. */
    @Public
    public byte[] publishedPoster(long actionId, @Nullable AgeBand band, String pageLink) {
        return render(actions.publishedAction(actionId, band)
                .orElseThrow(() -> new UserFacingException("actions.error.gone")), pageLink);
    }

    byte[] render(PublishedAction action, String pageLink) {
        var quotes = new ArrayList<String>();
        int words = action.youSaid().length() + action.weDo().length();
        for (String quote : action.quotes()) {
            if (words + quote.length() > MOST_WORDS) {
                break;
            }
            quotes.add(quote);
            words += quote.length();
        }
        float body = words < 400 ? 20 : words < 1200 ? 15 : 11;
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 45, 45);
        try {
            var writer = PdfWriter.getInstance(document, out);
            document.addTitle(text("poster.title"));
            document.addCreator(text("app.name"));
            document.open();
            var logo = brand.logoImage(180, 60);
        if (logo.isPresent()) {
            document.add(logo.get());
        }
        document.add(paragraph(brand.name(), new Font(Font.HELVETICA, 13, Font.BOLD, ACCENT), 14));
            document.add(paragraph(text("ysd.youSaid"), new Font(Font.HELVETICA, 44, Font.BOLD, ACCENT), 6));
            document.add(paragraph(action.youSaid(), new Font(Font.HELVETICA, body, Font.NORMAL, INK), 10));
            for (String quote : quotes) {
                var p = paragraph("\u201c" + quote + "\u201d", new Font(Font.HELVETICA, body - 2, Font.ITALIC, INK), 8);
                p.setIndentationLeft(24);
                document.add(p);
            }
            document.add(paragraph(text(action.status() == ActionStatus.DONE ? "ysd.weDid" : "ysd.weWill"),
                    new Font(Font.HELVETICA, 44, Font.BOLD, ACCENT), 6));
            document.add(paragraph(action.weDo(), new Font(Font.HELVETICA, body, Font.NORMAL, INK), 14));
            if (!action.topics().isEmpty()) {
                document.add(paragraph(text("ysd.topics", String.join(", ", action.topics())),
                        new Font(Font.HELVETICA, 12, Font.NORMAL, INK), 18));
            }
            document.add(footer(writer, pageLink));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("poster for action " + action.id(), e);
        }
        return out.toByteArray();
    }

    /** The QR code beside the words saying where to find out more. */
    private PdfPTable footer(PdfWriter writer, String pageLink) throws DocumentException {
        var table = new PdfPTable(new float[] {1, 3});
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        var qr = new PdfPCell(qrCode(writer, pageLink, 110), false);
        qr.setBorder(Rectangle.NO_BORDER);
        table.addCell(qr);
        var words = new PdfPCell();
        words.setBorder(Rectangle.NO_BORDER);
        words.setVerticalAlignment(Element.ALIGN_MIDDLE);
        words.addElement(paragraph(text("poster.scan"), new Font(Font.HELVETICA, 14, Font.BOLD, INK), 4));
        words.addElement(paragraph(pageLink, new Font(Font.HELVETICA, 11, Font.NORMAL, ACCENT), 8));
        words.addElement(paragraph(text("poster.help"), new Font(Font.HELVETICA, 10, Font.NORMAL, INK), 0));
        table.addCell(words);
        return table;
    }

    /** Drawn as squares, so it stays sharp however large it is printed. */
    private static Image qrCode(PdfWriter writer, String link, float size) throws DocumentException {
        QrCode code = QrCode.encodeText(link, QrCode.Ecc.MEDIUM);
        int border = 2;
        float module = size / (code.size + 2 * border);
        PdfTemplate template = writer.getDirectContent().createTemplate(size, size);
        template.setColorFill(Color.BLACK);
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    template.rectangle((x + border) * module, size - (y + border + 1) * module, module, module);
                }
            }
        }
        template.fill();
        return Image.getInstance(template);
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
