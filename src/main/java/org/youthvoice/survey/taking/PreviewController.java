package org.youthvoice.survey.taking;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.i18n.CouncilMessages;
import org.youthvoice.base.web.YoungPages;
import org.youthvoice.survey.Answer;
import org.youthvoice.survey.SurveyTaking;
import org.youthvoice.survey.TakerSurvey;

/**
 * The real young person's page, for an officer's phone preview (shown in a phone-sized frame on the staff screen):
 * one renderer for both. It moves between questions in order and saves nothing; show-if rules are not followed,
 * so every question can be seen.
 */
@Controller
@YoungPages
class PreviewController {

    private final SurveyTaking taking;
    private final CouncilMessages messages;

    PreviewController(SurveyTaking taking, CouncilMessages messages) {
        this.taking = taking;
        this.messages = messages;
    }

    @GetMapping("/surveys/{id}/preview/{version}/phone")
    String phone(@PathVariable long id, @PathVariable String version,
            @RequestParam(defaultValue = "0") int n, @RequestParam(required = false) @Nullable String action,
            @RequestParam(defaultValue = "en") String lang, HttpServletResponse response, Model model) {
        // Shown inside the staff screen's frame: same origin only.
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; form-action 'self'");
        TakerSurvey survey;
        try {
            survey = taking.preview(id, version, lang);
        } catch (UserFacingException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("heading", messages.getTranslation("survey.take.problem.heading", null));
            model.addAttribute("text", messages.getTranslation(e.messageKey(), null, e.arguments()));
            return "survey/problem";
        }
        int size = survey.questions().size();
        int index = Math.max(0, Math.min(n, size - 1));
        if ("next".equals(action) || "send".equals(action)) {
            if (index == size - 1) {
                model.addAttribute("title", survey.title());
                model.addAttribute("thankYou", survey.thankYou());
                model.addAttribute("lang", survey.language());
                return "survey/thanks";
            }
            index++;
        } else if ("back".equals(action)) {
            index = Math.max(0, index - 1);
        }
        var at = survey.with(survey.answers(), index);
        model.addAttribute("q", new QuestionPage(at, survey.questions().get(index), index + 1, size, index == 0,
                index == size - 1, newSection(survey, index),
                Answer.SKIPPED, List.copyOf(survey.questions().get(index).options()), null, null,
                "/surveys/" + id + "/preview/" + version + "/phone", false, true, Map.of()));
        return "survey/question";
    }

    private static boolean newSection(TakerSurvey survey, int index) {
        String section = survey.questions().get(index).section();
        return section != null && (index == 0
                || !section.equals(survey.questions().get(index - 1).section()));
    }
}
