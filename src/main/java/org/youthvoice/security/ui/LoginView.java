package org.youthvoice.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.youthvoice.base.YouthVoiceProperties;
import org.youthvoice.base.ui.YoungLayout;

/**
 * One login page for everybody: staff type a password, young members the secret code an officer gave them. Errors
 * never say whether a username exists.
 */
@Route(value = "login", layout = YoungLayout.class, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final YouthVoiceProperties.Login settings;

    LoginView(YouthVoiceProperties properties) {
        this.settings = properties.login();
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(false));
        add(new H1(getTranslation("login.heading")), new Paragraph(getTranslation("login.intro")), form,
                new Paragraph(getTranslation("login.forgot")),
                new Anchor("", getTranslation("login.back")));
    }

    private LoginI18n i18n(boolean throttled) {
        var i18n = LoginI18n.createDefault();
        var f = new LoginI18n.Form();
        f.setTitle(getTranslation("login.form.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        i18n.setForm(f);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(throttled
                ? getTranslation("login.error.throttled", settings.addressWindowOrDefault().toMinutes())
                : getTranslation("login.error.message", settings.maxFailuresOrDefault(),
                        settings.lockForOrDefault().toMinutes()));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("throttled")) {
            form.setI18n(i18n(true));
        }
        form.setError(params.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
