package org.youthvoice.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.youthvoice.base.i18n.CouncilMessages;

/**
 * What the browser shows when the connection to the server breaks. An expired session reloads the page by itself
 * instead of asking a child to understand "Session expired": pages that keep work (surveys) carry on from what was
 * saved. The other messages are plain words from the message bundles.
 */
@Component
class FriendlySystemMessages implements VaadinServiceInitListener {

    private final CouncilMessages messages;

    FriendlySystemMessages(CouncilMessages messages) {
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            Locale locale = info.getLocale() == null ? Locale.ENGLISH : info.getLocale();
            var system = new CustomizedSystemMessages();
            system.setSessionExpiredNotificationEnabled(false);
            system.setInternalErrorCaption(messages.getTranslation("system.error.caption", locale));
            system.setInternalErrorMessage(messages.getTranslation("system.error.message", locale));
            system.setCookiesDisabledCaption(messages.getTranslation("system.cookies.caption", locale));
            system.setCookiesDisabledMessage(messages.getTranslation("system.cookies.message", locale));
            return system;
        });
    }
}
