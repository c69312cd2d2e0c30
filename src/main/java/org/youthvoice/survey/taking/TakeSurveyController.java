package org.youthvoice.survey.taking;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.i18n.CouncilMessages;
import org.youthvoice.base.web.YoungPage;
import org.youthvoice.base.web.YoungPages;
import org.youthvoice.survey.Answer;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.StartRequest;
import org.youthvoice.survey.SurveyAccess;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyEntry;
import org.youthvoice.survey.SurveyTaking;
import org.youthvoice.survey.TakerSurvey.TakerQuestion;
import org.youthvoice.survey.TakerSurvey;
import org.youthvoice.survey.taking.WelcomePage.LanguageOption;
import org.youthvoice.survey.taking.WelcomePage.VersionOption;
import org.youthvoice.survey.taking.WelcomePage.WelcomeForm;

/**
 * A survey on a young person's phone, as plain pages: the welcome (who reads the answers, which version, a code),
 * one question per page, "finish later" with a carry-on code, and thank you. Every answer is a form post followed by
 * a redirect, so it works with script switched off and Back and reload never send anything twice; the page's small
 * script also saves each answer the moment it is chosen. A device that holds an unfinished response is asked
 * whether to carry on or start new before it shows anything of it: phones and tablets are shared.
 */
@Controller
@YoungPages
@RequestMapping("/s/{slug}")
class TakeSurveyController {

    private final SurveyTaking taking;
    private final CouncilMessages messages;

    TakeSurveyController(SurveyTaking taking, CouncilMessages messages) {
        this.taking = taking;
        this.messages = messages;
    }

    @GetMapping
    String welcome(@PathVariable String slug, @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var entry = taking.entry(slug).orElse(null);
        if (entry == null) {
            return closed(response, model);
        }
        var device = DeviceCookie.read(request);
        if (device.isPresent()) {
            if (unfinished(slug, device.get()).isPresent()) {
                model.addAttribute("entry", entry);
                return "survey/carry-on-or-new";
            }
            DeviceCookie.clear(request, response, slug);
        }
        return showWelcome(entry, language(entry, lang), new WelcomeForm(null, code, false), null, null, model);
    }

    @PostMapping("/start")
    String start(@PathVariable String slug, @RequestParam(required = false) @Nullable Long version,
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false, defaultValue = "false") boolean adult,
            @RequestParam(required = false) @Nullable String lang, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var entry = taking.entry(slug).orElse(null);
        if (entry == null) {
            return closed(response, model);
        }
        String language = language(entry, lang);
        var form = new WelcomeForm(version, code, adult);
        Long versionId = version;
        if (versionId == null && entry.versions().size() == 1) {
            versionId = entry.versions().getFirst().id();
        }
        if (versionId == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showWelcome(entry, language, form, words("survey.take.error.version"), "version", model);
        }
        boolean assisted = isAssisted(entry, versionId);
        try {
            var started = taking.start(slug, new StartRequest(versionId, blankToNull(code), language,
                    assisted && adult, request.getRemoteAddr()));
            var device = new DeviceCookie(started.deviceToken(), started.resumeCode().replace("-", ""));
            device.write(request, response, slug, started.sharedDevice());
            // Straight to the question, not by way of /next: on a slow phone network every redirect is a round trip.
            return goOn(slug, device, request, response, model);
        } catch (UserFacingException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            String field = e.messageKey().contains("code") || e.messageKey().contains("tries") ? "code" : "version";
            return showWelcome(entry, language, form, message(e), field, model);
        }
    }

    /** Carry on with the code shown before, on this device or another. */
    @PostMapping("/carry-on")
    String carryOn(@PathVariable String slug, @RequestParam(required = false) @Nullable String resume,
            @RequestParam(required = false) @Nullable String lang, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var entry = taking.entry(slug).orElse(null);
        if (entry == null) {
            return closed(response, model);
        }
        String language = language(entry, lang);
        try {
            var token = resume == null ? Optional.<String>empty()
                    : taking.resumeWithCode(slug, resume, request.getRemoteAddr());
            if (token.isEmpty()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return showWelcome(entry, language, new WelcomeForm(null, null, false),
                        words("survey.take.error.resumeCode"), "resume", model, resume);
            }
            String clean = resume.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
            var device = new DeviceCookie(token.get(), clean);
            // Kept as the response's survey or group says (shared phones or tablets keep it briefly).
            boolean shared = taking.resume(token.get()).map(TakerSurvey::sharedDevices).orElse(entry.sharedDevices());
            device.write(request, response, slug, shared);
            return goOn(slug, device, request, response, model);
        } catch (UserFacingException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showWelcome(entry, language, new WelcomeForm(null, null, false), message(e), "resume", model,
                    resume);
        }
    }

    /** "Carry on where I left off" on a device that holds an unfinished response. */
    @PostMapping("/continue")
    String carryOnHere(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        var device = DeviceCookie.read(request).orElse(null);
        return device == null ? "redirect:/s/" + slug : goOn(slug, device, request, response, model);
    }

    /**
     * "Start new" (or "choose a different one"): the device forgets the unfinished response. It is not deleted: its
     * carry-on code still works, and unsent responses are deleted after the retention period.
     */
    @PostMapping("/new")
    String startNew(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        DeviceCookie.clear(request, response, slug);
        return "redirect:/s/" + slug;
    }

    /** Where this device got to. */
    @GetMapping("/next")
    String next(@PathVariable String slug, HttpServletRequest request) {
        return "redirect:" + DeviceCookie.read(request).map(d -> whereNext(slug, d.token())).orElse("/s/" + slug);
    }

    /** The address of the question this response got to, or the welcome page if there is no unfinished response. */
    private String whereNext(String slug, String deviceToken) {
        var survey = taking.resume(deviceToken).filter(s -> s.slug().equals(slug)).orElse(null);
        return survey == null ? "/s/" + slug : "/s/" + slug + "/q/" + survey.questions().get(stepOf(survey)).key();
    }

    /** The question this response got to (the first asked from its step on, else the last asked). */
    private static int stepOf(TakerSurvey survey) {
        int step = firstAsked(survey, Math.min(Math.max(0, survey.step()), survey.questions().size() - 1), 1,
                survey.answers());
        return step >= 0 ? step : firstAsked(survey, survey.questions().size() - 1, -1, survey.answers());
    }

    /** On to the question this device's response got to: the page itself for the page's script, else a redirect. */
    private String goOn(String slug, DeviceCookie device, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        var survey = unfinished(slug, device).orElse(null);
        if (survey == null) {
            return "redirect:/s/" + slug;
        }
        int step = stepOf(survey);
        return go("/s/" + slug + "/q/" + survey.questions().get(step).key(), request, response,
                () -> showQuestion(survey, step, device, slug, model));
    }

    /**
     * Where a form goes next. Without script: a redirect (post, redirect, get), so reload and Back never send twice.
     * For the page's own script: the next page itself, in one round trip, with its address in a header; the script
     * shows it and puts the address in the address bar, so reload and Back still get it by a plain GET.
     */
    private static String go(String url, HttpServletRequest request, HttpServletResponse response,
            Supplier<String> page) {
        if ("1".equals(request.getHeader(YoungPage.SCRIPT_HEADER))) {
            response.setHeader(YoungPage.URL_HEADER, request.getContextPath() + url);
            return page.get();
        }
        return "redirect:" + url;
    }

    private String showQuestion(TakerSurvey survey, int index, DeviceCookie device, String slug, Model model) {
        var given = survey.answers().getOrDefault(survey.questions().get(index).key(), Answer.SKIPPED);
        model.addAttribute("q", page(survey, index, given, device.shownCode(), null, slug));
        return "survey/question";
    }

    @GetMapping("/q/{key}")
    String question(@PathVariable String slug, @PathVariable String key, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var device = DeviceCookie.read(request).orElse(null);
        var survey = device == null ? null : unfinished(slug, device).orElse(null);
        if (survey == null) {
            return "redirect:/s/" + slug;
        }
        int index = indexOf(survey, key);
        if (index < 0) {
            return problemPage(response, model, HttpStatus.NOT_FOUND, "survey.take.error.noSuchQuestion");
        }
        if (!TakerSurvey.isAsked(survey.questions().get(index), survey.answers())) {
            return "redirect:/s/" + slug + "/next";
        }
        return showQuestion(survey, index, device, slug, model);
    }

    @PostMapping("/q/{key}")
    Object answer(@PathVariable String slug, @PathVariable String key,
            @RequestParam(required = false, defaultValue = "next") String action,
            @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        boolean keep = action.equals("keep");
        var device = DeviceCookie.read(request).orElse(null);
        var survey = device == null ? null : unfinished(slug, device).orElse(null);
        if (survey == null) {
            if (keep) {
                return ResponseEntity.status(HttpStatus.GONE).build();
            }
            // Sent already, closed, or another device carried on with the code: nothing half is stored.
            return problemPage(response, model, HttpStatus.CONFLICT, "survey.take.error.gone");
        }
        int index = indexOf(survey, key);
        if (index < 0) {
            return keep ? ResponseEntity.badRequest().build()
                    : problemPage(response, model, HttpStatus.BAD_REQUEST, "survey.take.error.noSuchQuestion");
        }
        var question = survey.questions().get(index);
        Answer answer;
        try {
            answer = read(question, form);
        } catch (UserFacingException e) {
            if (keep) {
                return ResponseEntity.badRequest().build();
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("q", page(survey, index, typed(question, form), device.shownCode(), message(e), slug,
                    typedPlaces(question, form)));
            return "survey/question";
        }
        var answers = new HashMap<>(survey.answers());
        answers.put(key, answer);
        boolean moving = action.equals("next") || action.equals("send");
        if (moving && answer.isEmpty() && !question.optional()) {
            return refuse(survey, index, answer, device, words("survey.take.answerFirst"), slug, response, model);
        }
        int next = firstAsked(survey, index + 1, 1, answers);
        int back = firstAsked(survey, index - 1, -1, answers);
        int stepAfter = switch (action) {
            case "next" -> next < 0 ? index : next;
            case "back" -> back < 0 ? index : back;
            default -> index;
        };
        try {
            // The page's script saved the answer as it was chosen: Next then only moves the step on.
            if (answer.equals(survey.answers().getOrDefault(key, Answer.SKIPPED))) {
                if (stepAfter != survey.step()) {
                    taking.moveTo(device.token(), stepAfter);
                }
            } else {
                taking.save(device.token(), key, answer, stepAfter);
            }
        } catch (UserFacingException e) {
            return keep ? ResponseEntity.badRequest().build()
                    : refuse(survey, index, answer, device, message(e), slug, response, model);
        }
        if (survey.sharedDevices()) {
            device.write(request, response, slug, true);
        }
        if (keep) {
            return ResponseEntity.noContent().build();
        }
        switch (action) {
            case "later" -> {
                return go("/s/" + slug + "/later", request, response, () -> showLater(survey, device, model));
            }
            case "send" -> {
                try {
                    taking.submit(device.token());
                } catch (UserFacingException e) {
                    return refuse(survey, index, answer, device, message(e), slug, response, model);
                }
                DeviceCookie.clear(request, response, slug);
                return go("/s/" + slug + "/thanks?lang=" + survey.language(), request, response,
                        () -> thanks(slug, survey.language(), model));
            }
            default -> {
                if (action.equals("next") && next < 0) {
                    // The last question answered with Next (the page said Send): send, as the young person meant.
                    return answer(slug, key, "send", form, request, response, model);
                }
                var moved = survey.with(answers, stepAfter);
                return go("/s/" + slug + "/q/" + survey.questions().get(stepAfter).key(), request, response,
                        () -> showQuestion(moved, stepAfter, device, slug, model));
            }
        }
    }

    /** "Finish later": the answers are saved; the code to carry on anywhere. */
    @GetMapping("/later")
    String later(@PathVariable String slug, HttpServletRequest request, Model model) {
        var device = DeviceCookie.read(request).orElse(null);
        var survey = device == null ? null : unfinished(slug, device).orElse(null);
        if (survey == null) {
            return "redirect:/s/" + slug;
        }
        return showLater(survey, device, model);
    }

    private static String showLater(TakerSurvey survey, DeviceCookie device, Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("code", device.shownCode());
        return "survey/later";
    }

    @GetMapping("/thanks")
    String thanks(@PathVariable String slug, @RequestParam(required = false) @Nullable String lang, Model model) {
        var words = taking.entryWords(slug, lang == null ? "en" : lang);
        model.addAttribute("title", words.getOrDefault("title", ""));
        model.addAttribute("thankYou", words.get("thankYou"));
        model.addAttribute("lang", lang == null || !lang.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?") ? "en" : lang);
        return "survey/thanks";
    }

    private String showWelcome(SurveyEntry entry, String language, WelcomeForm form, @Nullable String error,
            @Nullable String errorField, Model model) {
        return showWelcome(entry, language, form, error, errorField, model, null);
    }

    private String showWelcome(SurveyEntry entry, String language, WelcomeForm form, @Nullable String error,
            @Nullable String errorField, Model model, @Nullable String resumeTyped) {
        Map<String, String> words = taking.entryWords(entry.slug(), language);
        var versions = entry.versions().stream().map(v -> new VersionOption(v.id(),
                words.getOrDefault("v." + v.key(), v.label()), v.assisted(), form.version() != null
                        && form.version() == v.id())).toList();
        var languages = entry.languages().stream().map(code -> {
            Locale locale = Locale.forLanguageTag(code);
            return new LanguageOption(code, locale.getDisplayLanguage(locale), code.equals(language));
        }).toList();
        model.addAttribute("w", new WelcomePage(entry.slug(), words.getOrDefault("title", entry.title()),
                words.get("intro"), language, entry.access(), versions, languages, form, error, errorField,
                resumeTyped == null ? "" : resumeTyped));
        return "survey/welcome";
    }

    private String closed(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("heading", words("survey.take.closed.heading"));
        model.addAttribute("text", words("survey.take.closed.text"));
        return "survey/problem";
    }

    private String problemPage(HttpServletResponse response, Model model, HttpStatus status, String key) {
        response.setStatus(status.value());
        model.addAttribute("heading", words("survey.take.problem.heading"));
        model.addAttribute("text", words(key));
        return "survey/problem";
    }

    private String refuse(TakerSurvey survey, int index, Answer typed, DeviceCookie device, String error, String slug,
            HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("q", page(survey, index, typed, device.shownCode(), error, slug));
        return "survey/question";
    }

    QuestionPage page(TakerSurvey survey, int index, Answer given, String code, @Nullable String error,
            String slug) {
        return page(survey, index, given, code, error, slug, Map.of());
    }

    private QuestionPage page(TakerSurvey survey, int index, Answer given, String code, @Nullable String error,
            String slug, Map<String, Integer> typedPlaces) {
        var answers = new HashMap<>(survey.answers());
        answers.put(survey.questions().get(index).key(), given);
        var asked = new ArrayList<Integer>();
        for (int i = 0; i < survey.questions().size(); i++) {
            if (TakerSurvey.isAsked(survey.questions().get(i), answers)) {
                asked.add(i);
            }
        }
        var question = survey.questions().get(index);
        int before = firstAsked(survey, index - 1, -1, answers);
        boolean newSection = question.section() != null
                && (before < 0 || !question.section().equals(survey.questions().get(before).section()));
        // Only the first question offers another version: the other pages need not look the survey up again.
        boolean changeVersion = before < 0 && taking.entry(slug).map(e -> e.versions().size() > 1).orElse(false);
        return new QuestionPage(survey, question, asked.indexOf(index) + 1, asked.size(), before < 0,
                firstAsked(survey, index + 1, 1, answers) < 0, newSection, given, rankOrder(question, given), code,
                error, "/s/" + slug + "/q/" + question.key(), changeVersion, false, typedPlaces);
    }

    /** Ranked options first, in their order, then the rest as the officer listed them. */
    private static List<OptionDefinition> rankOrder(TakerQuestion question, Answer given) {
        var order = new ArrayList<OptionDefinition>();
        given.options().forEach(k -> question.options().stream().filter(o -> o.key().equals(k)).findFirst()
                .ifPresent(order::add));
        question.options().stream().filter(o -> !order.contains(o)).forEach(order::add);
        return order;
    }

    /** The answer in the form, checked for shape (the service checks it against the question again). */
    static Answer read(TakerQuestion question, MultiValueMap<String, String> form) {
        return switch (question.kind()) {
            case SCALE_0_10 -> {
                String number = form.getFirst("number");
                if (number == null || number.isBlank()) {
                    yield Answer.SKIPPED;
                }
                try {
                    yield Answer.number(Integer.parseInt(number.strip()));
                } catch (NumberFormatException e) {
                    throw new UserFacingException("survey.take.error.answer");
                }
            }
            case FREE_TEXT -> {
                String text = form.getFirst("text");
                yield text == null ? Answer.SKIPPED : Answer.text(text);
            }
            case RANKING -> readRanking(question, form);
            default -> {
                List<String> chosen = form.getOrDefault("choice", List.of()).stream().filter(s -> !s.isBlank())
                        .toList();
                yield chosen.isEmpty() ? Answer.SKIPPED : new Answer(chosen, null, null);
            }
        };
    }

    /** Ranking by numbers: each option may get a place (1 = most important); no two the same. */
    private static Answer readRanking(TakerQuestion question, MultiValueMap<String, String> form) {
        record Place(String key, int place) {
        }
        var places = new ArrayList<Place>();
        for (var option : question.options()) {
            String value = form.getFirst("rank-" + option.key());
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                int place = Integer.parseInt(value.strip());
                if (place < 1 || place > question.options().size()) {
                    throw new UserFacingException("survey.take.error.answer");
                }
                places.add(new Place(option.key(), place));
            } catch (NumberFormatException e) {
                throw new UserFacingException("survey.take.error.answer");
            }
        }
        if (places.stream().map(Place::place).distinct().count() != places.size()) {
            throw new UserFacingException("survey.take.error.rankTwice");
        }
        return new Answer(places.stream().sorted(Comparator.comparingInt(Place::place)).map(Place::key).toList(),
                null, null);
    }

    /** The numbers given in a ranking, as typed (two the same included), to show again with the message. */
    private static Map<String, Integer> typedPlaces(TakerQuestion question, MultiValueMap<String, String> form) {
        if (question.kind() != QuestionKind.RANKING) {
            return Map.of();
        }
        var places = new HashMap<String, Integer>();
        for (var option : question.options()) {
            String value = form.getFirst("rank-" + option.key());
            if (value != null && value.strip().matches("\\d{1,3}")) {
                places.put(option.key(), Integer.parseInt(value.strip()));
            }
        }
        // Nothing typed at all would read as "no numbers given": keep an impossible entry so nothing is filled in.
        if (places.isEmpty()) {
            places.put("", 0);
        }
        return places;
    }

    /** What was typed, to show again beside the message when it could not be read. */
    private static Answer typed(TakerQuestion question, MultiValueMap<String, String> form) {
        return question.kind() == QuestionKind.FREE_TEXT ? Answer.text(String.valueOf(form.getFirst("text")))
                : Answer.SKIPPED;
    }

    private Optional<TakerSurvey> unfinished(String slug, DeviceCookie device) {
        return taking.resume(device.token()).filter(s -> s.slug().equals(slug));
    }

    static int indexOf(TakerSurvey survey, String key) {
        for (int i = 0; i < survey.questions().size(); i++) {
            if (survey.questions().get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    static int firstAsked(TakerSurvey survey, int from, int direction, Map<String, Answer> answers) {
        for (int i = from; i >= 0 && i < survey.questions().size(); i += direction) {
            if (TakerSurvey.isAsked(survey.questions().get(i), answers)) {
                return i;
            }
        }
        return -1;
    }

    private static String language(SurveyEntry entry, @Nullable String lang) {
        return lang != null && entry.languages().contains(lang) ? lang : "en";
    }

    private static boolean isAssisted(SurveyEntry entry, long versionId) {
        return entry.versions().stream().anyMatch(v -> v.id() == versionId && v.assisted());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private String words(String key, Object... args) {
        return messages.getTranslation(key, Locale.ENGLISH, args);
    }

    private String message(UserFacingException e) {
        return messages.getTranslation(e.messageKey(), Locale.ENGLISH, e.arguments());
    }
}
