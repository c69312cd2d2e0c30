package org.youthvoice.insight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.insight.Quote;
import org.youthvoice.insight.QuoteService;
import org.youthvoice.insight.TextItem;

/**
 * Makes a piece of free text (a comment or a survey answer) a quote: the words start as the redaction's first go, the
 * officer finishes them, saves, and approves. Public pages only ever show approved words.
 */
class QuoteDialog extends Dialog {

    QuoteDialog(QuoteService quotes, TextItem item) {
        setHeaderTitle(getTranslation("tagging.quote.title"));
        setWidth("min(48rem, 95vw)");
        var existing = quotes.quoteFor(item.sourceType(), item.sourceId());
        var original = new Paragraph(item.text() == null ? getTranslation("tagging.text.deleted") : item.text());
        original.addClassName("feedback-text");
        var words = new TextArea(getTranslation("feedback.quote.words"));
        words.setHelperText(getTranslation("feedback.quote.words.help"));
        words.setMaxLength(QuoteService.MAX_TEXT);
        words.setWidthFull();
        words.setValue(existing.map(Quote::text).orElseGet(() -> quotes.suggestRedaction(item.text())));
        var state = new Paragraph(existing.map(q -> q.approved()
                ? getTranslation("feedback.quote.approvedBy", q.approvedBy(), q.approvedOn())
                : getTranslation("quotes.waiting")).orElse(getTranslation("feedback.quote.notYet")));
        var save = new Button(getTranslation("feedback.quote.save"), c -> {
            if (Notifications.attempt(() -> quotes.save(item.sourceType(), item.sourceId(), words.getValue()))) {
                Notifications.success(getTranslation("staff.saved"));
                close();
            }
        });
        var approve = new Button(getTranslation("feedback.quote.approve"), c -> {
            if (Notifications.attempt(() -> quotes.approve(quotes.save(item.sourceType(), item.sourceId(),
                    words.getValue()).id()))) {
                Notifications.success(getTranslation("feedback.quote.approved"));
                close();
            }
        });
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H3(getTranslation("feedback.quote.original")), original, words, state);
        if (quotes.held(item.sourceType(), item.sourceId())) {
            // Why they cannot, in plain words, rather than a refusal after they wrote the quote.
            add(new Paragraph(getTranslation("quotes.held")));
            save.setEnabled(false);
            approve.setEnabled(false);
        }
        getFooter().add(new Button(getTranslation("action.cancel"), c -> close()), save, approve);
        words.focus();
    }
}
