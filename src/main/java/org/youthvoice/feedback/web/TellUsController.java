package org.youthvoice.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.web.YoungPages;
import org.youthvoice.feedback.FeedbackForm;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.PublicChannel;

/**
 * "Tell us", on a phone, in under a minute: a face, a comment, and only if they want it, a way to get back to them.
 * Before they type, they are told who reads it and what happens if it shows they are not safe. Sending is a plain form
 * post; a refusal shows the form again with everything typed, and success redirects to a thank-you page that shows
 * nothing of what was sent (phones are shared).
 */
@Controller
@YoungPages
@RequestMapping("/tell-us/{channel}")
class TellUsController {

    /** Where on the form each refusal belongs: the id of the field its message sits beside. */
    private static final Map<String, String> FIELD_OF = Map.of(
            "tellus.error.rating", TellUsPage.RATING,
            "tellus.error.tooLong", TellUsPage.COMMENT,
            "tellus.error.contactName", TellUsPage.CONTACT_NAME,
            "tellus.error.contactHow", TellUsPage.CONTACT_HOW,
            "tellus.error.code", TellUsPage.CODE,
            "tellus.error.tries", TellUsPage.CODE);
    private static final int LONGEST_CODE = 40;

    private final FeedbackService feedback;

    TellUsController(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @GetMapping
    String form(@PathVariable String channel, @RequestParam(required = false) @Nullable String code,
            HttpServletResponse response, Model model) {
        var open = feedback.publicChannel(channel).orElse(null);
        if (open == null) {
            return closed(response);
        }
        String fromLink = code == null || code.length() > LONGEST_CODE ? "" : code;
        model.addAttribute("form", new TellUsPage(open, null, "", false, "", "", fromLink, null));
        return "feedback/tell-us";
    }

    @PostMapping
    String send(@PathVariable String channel, @RequestParam(required = false) @Nullable String rating,
            @RequestParam(required = false) @Nullable String comment,
            @RequestParam(required = false) @Nullable String wantsContact,
            @RequestParam(required = false) @Nullable String contactName,
            @RequestParam(required = false) @Nullable String contactHow,
            @RequestParam(required = false) @Nullable String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var open = feedback.publicChannel(channel).orElse(null);
        if (open == null) {
            return closed(response);
        }
        // Browsers send a line break as two characters; the counter on the page counts one. Count as the page does.
        String text = comment == null ? "" : comment.replace("\r\n", "\n");
        boolean contact = wantsContact != null && !wantsContact.isEmpty();
        var form = new TellUsPage(open, face(rating), text, contact, orEmpty(contactName), orEmpty(contactHow),
                orEmpty(code), null);
        try {
            feedback.submit(open.slug(), new FeedbackForm(form.rating(), text, contact, contactName, contactHow),
                    code, request.getRemoteAddr());
            return "redirect:/tell-us/" + open.slug() + "/thanks";
        } catch (UserFacingException e) {
            // Too many sends: asked to wait, with everything typed still in the form.
            response.setStatus("tellus.error.busy".equals(e.messageKey()) ? HttpStatus.TOO_MANY_REQUESTS.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("form", form.refused(new TellUsPage.Problem(fieldOf(e.messageKey(), open),
                    e.messageKey(), e.arguments())));
            return "feedback/tell-us";
        }
    }

    /** Shows nothing of what was sent: not the words, not the face, not whether they left their name. */
    @GetMapping("/thanks")
    String thanks() {
        return "feedback/thanks";
    }

    /** A closed channel and a made-up link look the same: nothing tells whether a channel ever existed. */
    private static String closed(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "feedback/closed";
    }

    /** A face that is not 1 to 5 is passed on as 0, so that the service refuses it in plain words. */
    private static @Nullable Integer face(@Nullable String rating) {
        if (rating == null || rating.isBlank()) {
            return null;
        }
        return rating.matches("[1-5]") ? Integer.valueOf(rating) : Integer.valueOf(0);
    }

    private static @Nullable String fieldOf(String messageKey, PublicChannel channel) {
        if ("tellus.error.empty".equals(messageKey)) {
            return channel.askRating() ? TellUsPage.RATING : TellUsPage.COMMENT;
        }
        return FIELD_OF.get(messageKey);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
