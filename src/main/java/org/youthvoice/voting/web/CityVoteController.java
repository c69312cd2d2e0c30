package org.youthvoice.voting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.i18n.CouncilMessages;
import org.youthvoice.base.web.YoungPages;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotOption;
import org.youthvoice.voting.BallotState;
import org.youthvoice.voting.internal.CityBallotScreen;
import org.youthvoice.voting.internal.CityBallotService;

/**
 * A city-wide vote on a phone, no login: type (or follow a link with) a school's or group's code, then pick the top
 * issue or number the top few. Plain forms: it works with script off; the code says which group, never who.
 */
@Controller
@YoungPages
class CityVoteController {

    private final CityBallotService city;
    private final CouncilMessages messages;

    CityVoteController(CityBallotService city, CouncilMessages messages) {
        this.city = city;
        this.messages = messages;
    }

    /** The code page; a code typed there (a plain GET form) goes to its ballot. */
    @GetMapping("/city-vote")
    String askForCode(@RequestParam(required = false) @Nullable String code, Model model) {
        if (code != null && !code.isBlank()) {
            return "redirect:/city-vote/" + clean(code);
        }
        model.addAttribute("error", null);
        model.addAttribute("typed", "");
        return "voting/city-code";
    }

    @GetMapping("/city-vote/{code}")
    String ballot(@PathVariable String code, HttpServletResponse response, Model model) {
        var screen = city.screen(code).orElse(null);
        if (screen == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("error", words("city.error.code"));
            model.addAttribute("typed", code);
            return "voting/city-code";
        }
        return show(screen, List.of(), null, model);
    }

    @PostMapping("/city-vote/{code}")
    String vote(@PathVariable String code, @RequestParam MultiValueMap<String, String> form,
            HttpServletResponse response, Model model) {
        var screen = city.screen(code).orElse(null);
        if (screen == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("error", words("city.error.code"));
            model.addAttribute("typed", code);
            return "voting/city-code";
        }
        List<Integer> marks;
        try {
            marks = marks(screen, form);
            if (marks.isEmpty()) {
                throw new UserFacingException("city.error.choose");
            }
            city.vote(screen.code(), marks);
        } catch (UserFacingException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(screen, typed(screen, form),
                    messages.getTranslation(e.messageKey(), Locale.ENGLISH, e.arguments()), model);
        }
        return "redirect:/city-vote/" + screen.code() + "/done";
    }

    @GetMapping("/city-vote/{code}/done")
    String done(@PathVariable String code, Model model) {
        model.addAttribute("question", city.screen(code).map(CityBallotScreen::question).orElse(""));
        return "voting/city-done";
    }

    private String show(CityBallotScreen screen, List<Integer> typed, @Nullable String error, Model model) {
        model.addAttribute("v", new CityVotePage(screen, screen.kind() != BallotKind.SINGLE_CHOICE,
                screen.state() == BallotState.OPEN, typed, error));
        return "voting/city-vote";
    }

    /** The positions chosen, in order: one radio, or numbers 1..choices given to options (no number twice). */
    private static List<Integer> marks(CityBallotScreen screen, MultiValueMap<String, String> form) {
        if (screen.kind() == BallotKind.SINGLE_CHOICE) {
            String chosen = form.getFirst("option");
            if (chosen == null || chosen.isBlank()) {
                return List.of();
            }
            try {
                return List.of(Integer.parseInt(chosen));
            } catch (NumberFormatException e) {
                throw new UserFacingException("vote.error.badChoice");
            }
        }
        record Place(int position, int place) {
        }
        var places = new ArrayList<Place>();
        for (BallotOption option : screen.options()) {
            String value = form.getFirst("place-" + option.position());
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                int place = Integer.parseInt(value);
                if (place < 1 || place > screen.choices()) {
                    throw new UserFacingException("vote.error.badChoice");
                }
                places.add(new Place(option.position(), place));
            } catch (NumberFormatException e) {
                throw new UserFacingException("vote.error.badChoice");
            }
        }
        if (places.stream().map(Place::place).distinct().count() != places.size()) {
            throw new UserFacingException("city.error.placeTwice");
        }
        return places.stream().sorted(Comparator.comparingInt(Place::place)).map(Place::position).toList();
    }

    /** What was chosen, to show again beside a message: for single choice the position, else place per option. */
    private static List<Integer> typed(CityBallotScreen screen, MultiValueMap<String, String> form) {
        var typed = new ArrayList<Integer>();
        for (BallotOption option : screen.options()) {
            String value = screen.kind() == BallotKind.SINGLE_CHOICE
                    ? (String.valueOf(option.position()).equals(form.getFirst("option")) ? "1" : "")
                    : form.getFirst("place-" + option.position());
            try {
                typed.add(value == null || value.isBlank() ? 0 : Integer.parseInt(value));
            } catch (NumberFormatException e) {
                typed.add(0);
            }
        }
        return typed;
    }

    private static String clean(String code) {
        return code.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private String words(String key) {
        return messages.getTranslation(key, Locale.ENGLISH);
    }
}
