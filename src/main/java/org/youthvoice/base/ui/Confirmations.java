package org.youthvoice.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before a change that cannot be undone, naming what will happen ("Publish 'Your life, your care'? ... You cannot
 * unpublish it."). Cancel, Escape and the close button change nothing; only the named button goes ahead.
 */
public final class Confirmations {

    private Confirmations() {
    }

    /**
     * @param header the question, naming the thing ("Publish 'Your life, your care'?")
     * @param text what will happen, and that it cannot be undone
     * @param confirmWords the button that goes ahead, in words that say what it does ("Publish")
     * @param change run only when the person confirms
     */
    public static ConfirmDialog ask(String header, String text, String confirmWords, Runnable change) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(UI.getCurrent().getTranslation("action.cancel"));
        dialog.setConfirmText(confirmWords);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> change.run());
        dialog.open();
        return dialog;
    }
}
