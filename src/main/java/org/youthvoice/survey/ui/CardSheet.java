package org.youthvoice.survey.ui;

import java.util.List;
import org.youthvoice.base.QrCodes;

/**
 * A page of cards to print and cut out, one single-use code each. A plain HTML page of its own, so it prints without
 * the app's menus; it lives only as long as the screen that made the codes, because the codes are not kept anywhere
 * they could be read back.
 */
final class CardSheet {

    /** The words on the page, already in the reader's language. */
    record Words(String pageTitle, String heading, String intro, String print, String linkLabel, String codeLabel,
            String once, String qrLabel) {
    }

    private CardSheet() {
    }

    static String html(String surveyTitle, String link, List<String> codes, Words words) {
        String qr = QrCodes.svg(link, words.qrLabel());
        var cards = new StringBuilder();
        for (String code : codes) {
            cards.append("<li class=\"card\"><p class=\"survey\">").append(escape(surveyTitle)).append("</p>")
                    .append("<div class=\"qr\">").append(qr).append("</div>")
                    .append("<p>").append(escape(words.linkLabel())).append(" <span class=\"link\">")
                    .append(escape(link)).append("</span></p>")
                    .append("<p>").append(escape(words.codeLabel())).append(" <strong class=\"code\">")
                    .append(escape(readable(code))).append("</strong></p>")
                    .append("<p class=\"once\">").append(escape(words.once())).append("</p></li>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="yv-static-page" content="true">
                <title>%s</title>
                <style>
                  body { font-family: system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 1rem; }
                  .intro { max-width: 40rem; }
                  button { font-size: 1rem; padding: 0.5rem 1rem; margin-bottom: 1rem; }
                  ul.cards { list-style: none; padding: 0; margin: 0; display: grid;
                    grid-template-columns: repeat(auto-fill, minmax(8.5cm, 1fr)); gap: 0.5cm; }
                  .card { border: 1px dashed #555; padding: 0.4cm; break-inside: avoid; page-break-inside: avoid; }
                  .card p { margin: 0.2rem 0; }
                  .survey { font-weight: 700; font-size: 1.1rem; }
                  .qr svg { width: 3cm; height: 3cm; float: right; margin-left: 0.3cm; }
                  .link { word-break: break-all; }
                  .code { font-family: ui-monospace, monospace; font-size: 1.4rem; letter-spacing: 0.1rem; }
                  .once { font-size: 0.9rem; clear: both; }
                  @media print { .no-print { display: none; } body { margin: 0; } }
                </style>
                </head>
                <body>
                <main>
                <div class="no-print">
                <h1>%s</h1>
                <p class="intro">%s</p>
                <button type="button" onclick="window.print()">%s</button>
                </div>
                <ul class="cards">
                %s</ul>
                </main>
                </body>
                </html>
                """.formatted(escape(words.pageTitle()), escape(words.heading()), escape(words.intro()),
                escape(words.print()), cards);
    }

    /** Ten letters read more easily in two groups: ABCDE-FGHJK. Dashes do not matter when typed. */
    static String readable(String code) {
        return code.length() == 10 ? code.substring(0, 5) + "-" + code.substring(5) : code;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
