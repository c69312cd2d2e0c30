package org.youthvoice.survey.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
        var phone = new Div();
        phone.addClassName("phone-frame");
        phone.getElement().setAttribute("role", "region");
        phone.getElement().setAttribute("aria-label", getTranslation("survey.preview.phone", survey.versionLabel()));
        add(phone);
        start(phone, survey);
    }

    private void start(Div phone, TakerSurvey survey) {
        phone.removeAll();
        phone.add(new SurveyRunner(survey, new AnswerSink() {
            @Override
            public void save(String questionKey, Answer answer, int step) {
                // A preview keeps answers in the page only.
            }

            @Override
            public void submit() {
            }

            @Override
            public @Nullable String resumeCode() {
                return null;
            }
        }, null, () -> {
            phone.removeAll();
            phone.add(new H2(getTranslation("survey.take.thanks.heading")));
            if (survey.thankYou() != null) {
                phone.add(new Paragraph(survey.thankYou()));
            }
            phone.add(new Paragraph(getTranslation("survey.preview.done")));
        }));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
