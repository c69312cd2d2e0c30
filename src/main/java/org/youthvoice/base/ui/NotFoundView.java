package org.youthvoice.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist, or one the signed-in person may not open (Vaadin answers both the same way, so that the
 * refusal does not reveal which pages exist): a plain refusal with a way back, never an error trace.
 */
@AnonymousAllowed
@ParentLayout(YoungLayout.class)
public class NotFoundView extends RouteNotFoundError implements com.vaadin.flow.router.HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.heading");
    }


    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        event.getUI().getPage().setTitle(getTranslation("notFound.heading"));
        getElement().appendChild(new H1(getTranslation("notFound.heading")).getElement(),
                new Paragraph(getTranslation("notFound.text")).getElement(),
                new Anchor("", getTranslation("notFound.back")).getElement());
        // 200, not 404: with 404 the servlet container swaps in its own empty error page instead of this one.
        return HttpServletResponse.SC_OK;
    }
}
