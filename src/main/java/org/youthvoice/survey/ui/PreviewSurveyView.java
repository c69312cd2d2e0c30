package org.youthvoice.survey.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.Answer;
import org.youthvoice.survey.SurveyTaking;
import org.youthvoice.survey.TakerSurvey;

/**
 * An officer tries a version exactly as a young person would see it, in a phone-sized frame. Answers stay in the
 * page and are never saved.
 */
@Route(value = "surveys/:id/preview/:version", layout = StaffLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class PreviewSurveyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyTaking taking;
    private String title = "";

    PreviewSurveyView(SurveyTaking taking) {
        this.taking = taking;
        addClassName("survey-preview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        String version = event.getRouteParameters().get("version").orElse("");
        title = getTranslation("survey.preview.title");
        add(new H1(title), new Paragraph(getTranslation("survey.preview.intro")),
                new Anchor("surveys/" + id, getTranslation("survey.preview.back")));
        TakerSurvey survey;
        try {
            survey = taking.preview(id, version, "en");
        } catch (UserFacingException e) {
            add(new Paragraph(getTranslation(e.messageKey(), e.arguments())));
            return;
        }
        // The real young person's page, in a phone-sized frame: one renderer for the preview and for young people.
        var phone = new IFrame("surveys/" + id + "/preview/" + version + "/phone");
        phone.addClassName("phone-frame");
        phone.getElement().setAttribute("title", getTranslation("survey.preview.phone", survey.versionLabel()));
        phone.setWidth("390px");
        phone.setHeight("760px");
        add(phone);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
