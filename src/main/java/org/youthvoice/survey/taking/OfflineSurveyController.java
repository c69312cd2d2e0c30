package org.youthvoice.survey.taking;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.web.YoungPage;
import org.youthvoice.base.web.YoungPages;
import org.youthvoice.survey.Answer;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyTaking;
import org.youthvoice.survey.TakerSurvey;
import tools.jackson.databind.json.JsonMapper;

/**
 * A survey that keeps working with no signal (design note 0020). Once a young person has started, the page's script
 * keeps this survey's "offline page" on the phone: every question of their version as a blank form, and the answers
 * so far. With no signal the script shows the questions from it and keeps the answers on the phone; when the signal
 * is back it sends them here in one go, under an id made on the phone, so a sending that arrives twice stores nothing
 * twice. Surveys used on shared phones or tablets keep nothing on the device, so they have no offline page.
 */
@Controller
@YoungPages
@RequestMapping("/s/{slug}")
class OfflineSurveyController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SurveyTaking taking;

    OfflineSurveyController(SurveyTaking taking) {
        this.taking = taking;
    }

    /** The offline page: the survey's questions as blank forms, for the script to show with no signal. */
    @GetMapping("/offline")
    String offlinePage(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        var device = DeviceCookie.read(request).orElse(null);
        var survey = device == null ? null : taking.resume(device.token()).filter(s -> s.slug().equals(slug))
                .orElse(null);
        if (survey == null || survey.sharedDevices()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "survey/problem";
        }
        var blank = survey.with(Map.of(), 0);
        var pages = new ArrayList<OfflinePage.Question>();
        int size = survey.questions().size();
        for (int i = 0; i < size; i++) {
            var question = survey.questions().get(i);
            boolean newSection = question.section() != null
                    && (i == 0 || !question.section().equals(survey.questions().get(i - 1).section()));
            var page = new QuestionPage(blank, question, i + 1, size, i == 0, i == size - 1, newSection,
                    Answer.SKIPPED, question.options(), device.shownCode(), null, "/s/" + slug + "/q/" + question.key(),
                    false, false, Map.of());
            var rule = question.showIf();
            pages.add(new OfflinePage.Question(page, rule == null ? null : rule.question(),
                    rule == null ? null : String.join(" ", rule.options())));
        }
        model.addAttribute("o", new OfflinePage(survey, pages, device.shownCode(), fieldsJson(survey)));
        return "survey/offline";
    }

    /**
     * Answers given with no signal, arriving when it is back: {@code a.KEY.FIELD} for each answer (the fields of the
     * question's form), the question the young person is on, and whether they pressed Send. Answers the form would
     * refuse are left out (the question asks again); nothing is sent unless every answer needed is there.
     */
    @PostMapping(value = "/deliver", produces = MediaType.TEXT_PLAIN_VALUE)
    @org.springframework.web.bind.annotation.ResponseBody
    ResponseEntity<String> deliver(@PathVariable String slug, @RequestParam String id,
            @RequestParam(required = false) @Nullable String at,
            @RequestParam(required = false, defaultValue = "false") boolean send,
            @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
            HttpServletResponse response) {
        if (!id.matches("[A-Za-z0-9-]{16,64}")) {
            return ResponseEntity.badRequest().body("bad");
        }
        String base = request.getContextPath() + "/s/" + slug;
        if (taking.delivered(slug, id)) {
            return answer(HttpStatus.OK, "sent", base + "/thanks");
        }
        var device = DeviceCookie.read(request).orElse(null);
        var survey = device == null ? null : taking.resume(device.token()).filter(s -> s.slug().equals(slug))
                .orElse(null);
        if (survey == null) {
            return answer(HttpStatus.GONE, "gone", base);
        }
        var answers = new LinkedHashMap<String, Answer>();
        for (var question : survey.questions()) {
            String prefix = "a." + question.key() + ".";
            var fields = new LinkedMultiValueMap<String, String>();
            form.forEach((name, values) -> {
                if (name.startsWith(prefix)) {
                    fields.put(name.substring(prefix.length()), values);
                }
            });
            if (fields.isEmpty() && !form.containsKey("a." + question.key())) {
                continue;
            }
            try {
                answers.put(question.key(), TakeSurveyController.read(question, fields));
            } catch (UserFacingException e) {
                // Left out: the question shows again, empty, and asks for it.
            }
        }
        int step = at == null ? -1 : TakeSurveyController.indexOf(survey, at);
        taking.saveAll(device.token(), answers, step < 0 ? survey.step() : step);
        if (!send) {
            String where = step < 0 ? "/next" : "/q/" + at;
            return answer(HttpStatus.OK, "saved", base + where);
        }
        try {
            taking.submit(device.token(), id);
        } catch (UserFacingException e) {
            return answer(HttpStatus.CONFLICT, "fix", base + "/next");
        }
        DeviceCookie.clear(request, response, slug);
        return answer(HttpStatus.OK, "sent", base + "/thanks?lang=" + survey.language());
    }

    private static ResponseEntity<String> answer(HttpStatus status, String what, String url) {
        return ResponseEntity.status(status).header(YoungPage.URL_HEADER, url).header("Cache-Control", "no-store")
                .body(what);
    }

    /** The answers so far as the forms' fields: {"KEY": [["choice", "yes"], …]}. */
    private static String fieldsJson(TakerSurvey survey) {
        Map<String, List<List<String>>> fields = new LinkedHashMap<>();
        survey.answers().forEach((key, answer) -> {
            var question = survey.questions().stream().filter(q -> q.key().equals(key)).findFirst().orElse(null);
            if (question == null || answer.isEmpty()) {
                return;
            }
            var list = new ArrayList<List<String>>();
            if (answer.number() != null) {
                list.add(List.of("number", String.valueOf(answer.number())));
            } else if (answer.text() != null) {
                list.add(List.of("text", answer.text()));
            } else if (question.kind() == QuestionKind.RANKING) {
                for (int i = 0; i < answer.options().size(); i++) {
                    list.add(List.of("rank-" + answer.options().get(i), String.valueOf(i + 1)));
                }
            } else {
                answer.options().forEach(o -> list.add(List.of("choice", o)));
            }
            fields.put(key, list);
        });
        return JSON.writeValueAsString(fields);
    }
}
