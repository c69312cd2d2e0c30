package org.youthvoice.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A staff screen that cannot open because no database connection came in time (the database is down, or starting
 * again after it stopped: design note 0031). Vaadin finds this view by the pool's exception anywhere in the chain of
 * causes. Plain words and a way to try again, never an error trace.
 */
@AnonymousAllowed
public class DatabaseDownView extends Div
        implements HasErrorParameter<SQLTransientConnectionException>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseDownView.class);

    @Override
    public String getPageTitle() {
        return getTranslation("system.databaseDown.heading");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SQLTransientConnectionException> parameter) {
        log.warn("A staff screen could not open: {}", parameter.getCaughtException().toString());
        removeAll();
        add(new H1(getTranslation("system.databaseDown.heading")),
                new Paragraph(getTranslation("system.databaseDown.page")),
                new Anchor(event.getLocation().getPathWithQueryParameters(),
                        getTranslation("system.databaseDown.again")));
        // 200, not 503: with an error status the servlet container swaps in its own empty error page (as NotFoundView).
        return HttpServletResponse.SC_OK;
    }
}
