package org.youthvoice.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.db.DatabaseUnavailable;

/** Short confirmations and refusals, announced to screen readers. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        var n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }

    /**
     * Runs a change a person asked for. A refusal ({@link UserFacingException}), or a database that cannot be reached
     * just now, is shown in plain words and the form stays as it is, so nothing typed is lost; returns whether the
     * change went through.
     */
    public static boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (UserFacingException e) {
            error(UI.getCurrent().getTranslation(e.messageKey(), e.arguments()));
            return false;
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.is(e)) {
                throw e;
            }
            error(UI.getCurrent().getTranslation("system.databaseDown"));
            return false;
        }
    }

    public static void error(String text) {
        var n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
    }
}
