package org.youthvoice.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.ui.YoungLayout;
import org.youthvoice.survey.Answer;
import org.youthvoice.survey.StartRequest;
import org.youthvoice.survey.SurveyAccess;
import org.youthvoice.survey.SurveyEntry;
import org.youthvoice.survey.SurveyEntry.VersionChoice;
import org.youthvoice.survey.SurveyTaking;
import org.youthvoice.survey.TakerSurvey;

/**
 * A survey on a young person's phone. First, in plain words, who reads the answers, that no name is asked and what
 * happens if they write that they are not safe; then one question per screen. The device keeps a token so the young
 * person can carry on after a closed tab or lost connection; a short code lets them carry on anywhere.
 */
@Route(value = "s/:slug", layout = YoungLayout.class)
@AnonymousAllowed
class TakeSurveyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyTaking taking;
    private final AuthenticationContext authentication;
    private String title = "";
    private String slug = "";
    private String address = "";
    private @Nullable String groupCodeFromLink;

    TakeSurveyView(SurveyTaking taking, AuthenticationContext authentication) {
        this.taking = taking;
        this.authentication = authentication;
        addClassName("take-survey");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        slug = event.getRouteParameters().get("slug").orElse("");
        var request = VaadinRequest.getCurrent();
        address = request == null ? "" : request.getRemoteAddr();
        groupCodeFromLink = event.getLocation().getQueryParameters().getSingleParameter("code").orElse(null);
        var entry = taking.entry(slug).orElse(null);
        if (entry == null) {
            closed();
            return;
        }
        title = entry.title();
        // The welcome screen at once (on a slow connection every round trip costs half a second or more); then, if
        // this device left a survey unfinished, straight back to where it was.
        welcome(entry, "en");
        getElement().executeJs("try { return localStorage.getItem($0) || ''; } catch (e) { return ''; }", storageKey())
                .then(String.class, token -> {
                    var resumed = token == null || token.isBlank() ? null : taking.resume(token).orElse(null);
                    if (resumed != null) {
                        run(resumed, token, null, true);
                    }
                });
    }

    private void closed() {
        title = getTranslation("survey.take.closed.heading");
        add(new H1(title), new Paragraph(getTranslation("survey.take.closed.text")),
                new Anchor("", getTranslation("notFound.back")));
    }

    private void welcome(SurveyEntry entry, String language) {
        removeAll();
        Map<String, String> words = taking.entryWords(slug, language);
        add(new H1(words.getOrDefault("title", entry.title())));
        String intro = words.get("intro");
        if (intro != null && !intro.isBlank()) {
            add(new Paragraph(intro));
        }
        var before = new Div(new H2(getTranslation("survey.take.intro.title")),
                new Paragraph(getTranslation("survey.take.intro.who")),
                new Paragraph(getTranslation("survey.take.intro.noName")),
                new Paragraph(getTranslation("survey.take.intro.safe")),
                new Paragraph(getTranslation("survey.take.intro.skip")));
        before.addClassName("before-you-write");
        add(before);

        if (entry.access() == SurveyAccess.MEMBERS && !isMember()) {
            add(new Paragraph(getTranslation("survey.take.error.membersOnly")),
                    bigLink("login", getTranslation("survey.take.login")));
            return;
        }
        if (entry.access() == SurveyAccess.MEMBERS && taking.alreadyTaken(slug)) {
            add(new Paragraph(getTranslation("survey.take.error.alreadyTaken")));
            return;
        }
        if (entry.languages().size() > 1) {
            var languages = new RadioButtonGroup<String>(getTranslation("survey.take.language"));
            languages.setItems(entry.languages());
            languages.setItemLabelGenerator(code -> {
                Locale locale = Locale.forLanguageTag(code);
                return locale.getDisplayLanguage(locale);
            });
            languages.setValue(language);
            languages.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    welcome(entry, e.getValue());
                }
            });
            add(languages);
        }
        var versions = new RadioButtonGroup<VersionChoice>(getTranslation("survey.take.whichVersion"));
        versions.setItems(entry.versions());
        versions.setItemLabelGenerator(v -> words.getOrDefault("v." + versionKey(entry, v), v.label()));
        versions.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        versions.addClassName("survey-choices");
        if (entry.versions().size() == 1) {
            versions.setValue(entry.versions().getFirst());
            versions.setVisible(false);
        }
        var adult = new Checkbox(getTranslation("survey.take.adultHelped"));
        adult.setHelperText(getTranslation("survey.take.adultHelped.help"));
        adult.setVisible(versions.getValue() != null && versions.getValue().assisted());
        versions.addValueChangeListener(e -> adult.setVisible(e.getValue() != null && e.getValue().assisted()));

        var code = new TextField(getTranslation(entry.access() == SurveyAccess.CARD ? "survey.take.cardCode"
                : "survey.take.groupCode"));
        code.setHelperText(getTranslation("survey.take.code.help"));
        code.setVisible(entry.access() == SurveyAccess.CARD || entry.access() == SurveyAccess.GROUP_CODE);
        if (groupCodeFromLink != null) {
            code.setValue(groupCodeFromLink);
        }
        var error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        var start = new Button(getTranslation("survey.take.start"));
        start.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        start.addClassName("big-button");
        start.addClickListener(click -> {
            if (versions.getValue() == null) {
                error.setText(getTranslation("survey.take.error.version"));
                return;
            }
            String given = code.isVisible() || groupCodeFromLink != null ? code.getValue() : null;
            try {
                var started = taking.start(slug, new StartRequest(versions.getValue().id(), given, language,
                        adult.isVisible() && adult.getValue(), address));
                getElement().executeJs("try { localStorage.setItem($0, $1); } catch (e) {}", storageKey(),
                        started.deviceToken());
                taking.resume(started.deviceToken())
                        .ifPresent(survey -> run(survey, started.deviceToken(), started.resumeCode(), false));
            } catch (UserFacingException e) {
                error.setText(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        add(versions, code, adult, error, start, carryOn());
    }

    /** Carrying on with the code shown before, on this device or another. */
    private Div carryOn() {
        var code = new TextField(getTranslation("survey.take.resumeCode"));
        code.setHelperText(getTranslation("survey.take.resumeCode.help"));
        var error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        var carryOn = new Button(getTranslation("survey.take.carryOn"), click -> {
            try {
                var token = taking.resumeWithCode(slug, code.getValue(), address);
                var survey = token.flatMap(taking::resume);
                if (token.isEmpty() || survey.isEmpty()) {
                    error.setText(getTranslation("survey.take.error.resumeCode"));
                    return;
                }
                getElement().executeJs("try { localStorage.setItem($0, $1); } catch (e) {}", storageKey(),
                        token.get());
                run(survey.get(), token.get(), null, true);
            } catch (UserFacingException e) {
                error.setText(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        var box = new Div(new H2(getTranslation("survey.take.carryOn.title")), code, error, carryOn);
        box.addClassName("survey-carry-on");
        return box;
    }

    private void run(TakerSurvey survey, String token, @Nullable String resumeCode, boolean welcomeBack) {
        removeAll();
        setLanguage(survey.language());
        if (welcomeBack) {
            var back = new Paragraph(getTranslation("survey.take.welcomeBack"));
            back.addClassName("survey-welcome-back");
            back.getElement().setAttribute("role", "status");
            add(back);
        }
        add(new SurveyRunner(survey, new AnswerSink() {
            @Override
            public void save(String questionKey, Answer answer, int step) {
                taking.save(token, questionKey, answer, step);
            }

            @Override
            public void submit() {
                taking.submit(token);
            }

            @Override
            public String resumeCode() {
                return taking.newResumeCode(token);
            }
        }, resumeCode, () -> finished(survey)));
    }

    private void finished(TakerSurvey survey) {
        getElement().executeJs("try { localStorage.removeItem($0); } catch (e) {}", storageKey());
        removeAll();
        add(new H1(getTranslation("survey.take.thanks.heading")));
        if (survey.thankYou() != null && !survey.thankYou().isBlank()) {
            add(new Paragraph(survey.thankYou()));
        }
        add(new Paragraph(getTranslation("survey.take.thanks.next")),
                new Paragraph(getTranslation("survey.take.thanks.help")),
                bigLink("help", getTranslation("help.now")),
                new Paragraph(new Anchor("you-said-we-did", getTranslation("survey.take.thanks.changes"))));
    }

    private void setLanguage(String language) {
        getElement().executeJs("document.documentElement.lang = $0", language);
    }

    private static String versionKey(SurveyEntry entry, VersionChoice version) {
        return version.key();
    }

    private boolean isMember() {
        return authentication.hasRole(org.youthvoice.security.Roles.MEMBER);
    }

    private String storageKey() {
        return "youthvoice-survey-" + slug;
    }

    private static Anchor bigLink(String href, String text) {
        var link = new Anchor(href, text);
        link.addClassName("big-link");
        return link;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
