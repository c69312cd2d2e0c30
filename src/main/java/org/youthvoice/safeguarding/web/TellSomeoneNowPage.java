package org.youthvoice.safeguarding.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.web.YoungPages;
import org.youthvoice.safeguarding.internal.TellSomeoneNow;

/**
 * "Tell someone now" for a signed-in young member (members only: the security configuration sends anyone else to log
 * in, and anonymous young people have the help lines). Post, redirect, get; a refusal shows the form again with what
 * they typed; the page after sending shows nothing of it (phones are shared).
 */
@Controller
@YoungPages
class TellSomeoneNowPage {

    static final String PATH = "/me/tell-someone";

    private final TellSomeoneNow tellNow;

    TellSomeoneNowPage(TellSomeoneNow tellNow) {
        this.tellNow = tellNow;
    }

    @GetMapping(PATH)
    String form(Model model) {
        model.addAttribute("form", new TellForm("", null, TellSomeoneNow.MAX_TEXT));
        return "safeguarding/tell-someone";
    }

    @PostMapping(PATH)
    String send(@RequestParam(required = false) @Nullable String what, HttpServletResponse response, Model model) {
        String text = what == null ? "" : what.replace("\r\n", "\n");
        try {
            tellNow.send(text);
            return "redirect:" + PATH + "/sent";
        } catch (UserFacingException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("form", new TellForm(text, new TellForm.Problem(e.messageKey(), e.arguments()),
                    TellSomeoneNow.MAX_TEXT));
            return "safeguarding/tell-someone";
        }
    }

    @GetMapping(PATH + "/sent")
    String sent() {
        return "safeguarding/told";
    }
}
