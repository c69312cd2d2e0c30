package org.youthvoice.security.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.youthvoice.base.YouthVoiceProperties;
import org.youthvoice.base.i18n.CouncilMessages;
import org.youthvoice.base.web.YoungPages;

/**
 * One login page for everybody: staff type a password, young members the secret code an officer gave them. Spring
 * Security takes the form's post (with its form token) and sends a refusal back here; the words never say whether a
 * username exists.
 */
@Controller
@YoungPages
class LoginPage {

    static final String PATH = "/login";

    private final CouncilMessages messages;
    private final YouthVoiceProperties.Login settings;

    LoginPage(CouncilMessages messages, YouthVoiceProperties properties) {
        this.messages = messages;
        this.settings = properties.login();
    }

    @GetMapping(PATH)
    String login(@RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String throttled,
            @RequestParam(required = false) @Nullable String again, Model model) {
        model.addAttribute("error", refusal(error != null, throttled != null, again != null));
        return "security/login";
    }

    private @Nullable String refusal(boolean error, boolean throttled, boolean again) {
        if (throttled) {
            return messages.getTranslation("login.error.throttled", null, settings.addressWindowOrDefault().toMinutes());
        }
        if (error) {
            return messages.getTranslation("login.error.message", null, settings.maxFailuresOrDefault(),
                    settings.lockForOrDefault().toMinutes());
        }
        return again ? messages.getTranslation("login.error.again", null) : null;
    }
}
