package org.youthvoice.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.youthvoice.base.db.DatabaseUnavailable;
import org.youthvoice.base.i18n.CouncilMessages;

/**
 * On staff screens, a click that fails because the database cannot be reached (down, or starting again after it
 * stopped: design note 0031) says so in plain words, and the screen stays as it is so nothing typed is lost. Any other
 * failure goes to Vaadin's own handler.
 */
@Component
class DatabaseDownErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(DatabaseDownErrors.class);

    private final CouncilMessages messages;

    DatabaseDownErrors(CouncilMessages messages) {
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        ErrorHandler handler = new Handler(messages);
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(handler));
    }

    private static final class Handler implements ErrorHandler {

        private final CouncilMessages messages;
        private final DefaultErrorHandler others = new DefaultErrorHandler();

        Handler(CouncilMessages messages) {
            this.messages = messages;
        }

        @Override
        public void error(ErrorEvent event) {
            if (!DatabaseUnavailable.is(event.getThrowable()) || UI.getCurrent() == null) {
                others.error(event);
                return;
            }
            log.warn("A staff screen could not reach the database: {}", event.getThrowable().toString());
            Notifications.error(messages.getTranslation("system.databaseDown",
                    UI.getCurrent().getLocale() == null ? Locale.ENGLISH : UI.getCurrent().getLocale()));
        }
    }
}
