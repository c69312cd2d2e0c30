package org.youthvoice.voting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
import org.youthvoice.base.web.YoungPages;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotOption;
import org.youthvoice.voting.BallotState;
import org.youthvoice.voting.MemberBallot;
import org.youthvoice.voting.VoteService;

/**
 * A member votes on their phone, and reads the result once it is published (members only: the security
 * configuration sends anyone else to log in). Plain forms: tap a choice, or give options numbers for a ranked ballot;
 * the vote is a post followed by a redirect, so Back and reload never send it twice, and the database refuses a
 * second vote anyway.
 */
@Controller
@YoungPages
@RequestMapping("/vote/{id}")
class VotePages {

    static final String RANK = "place-";

    private final VoteService votes;
    private final CouncilMessages messages;
    private final ResultPages results;

    VotePages(VoteService votes, CouncilMessages messages) {
        this.votes = votes;
        this.messages = messages;
        this.results = new ResultPages(messages);
    }

    @GetMapping
    String show(@PathVariable String id, @RequestParam(required = false) @Nullable String sent,
            HttpServletResponse response, Model model) {
        var ballot = ballot(id);
        if (ballot == null) {
            return notFound(response, model);
        }
        if (ballot.published()) {
            var published = votes.resultForMe(ballot.id()).orElse(null);
            if (published != null) {
                model.addAttribute("result", results.of(ballot, published));
                return "voting/result";
            }
        }
        if (ballot.voted()) {
            return message(ballot, sent != null ? "vote.done" : "vote.voted", sent != null, model);
        }
        if (ballot.state() != BallotState.OPEN) {
            return message(ballot, ballot.state() == BallotState.CLOSED ? "vote.closed" : "vote.notYet", false,
                    model);
        }
        model.addAttribute("form", form(ballot, List.of(), Map.of(), null));
        return "voting/vote";
    }

    @PostMapping
    String vote(@PathVariable String id, @RequestParam MultiValueMap<String, String> fields,
            HttpServletResponse response, Model model) {
        var ballot = ballot(id);
        if (ballot == null) {
            return notFound(response, model);
        }
        if (ballot.voted()) {
            return refused(ballot, "vote.error.already", response, model);
        }
        if (ballot.state() != BallotState.OPEN) {
            return refused(ballot, "vote.error.notOpen", response, model);
        }
        List<String> chosen = fields.getOrDefault("choice", List.of());
        var places = new HashMap<Integer, String>();
        for (BallotOption option : ballot.options()) {
            String place = fields.getFirst(RANK + option.position());
            if (place != null && !place.isBlank()) {
                places.put(option.position(), place.strip());
            }
        }
        List<Integer> positions;
        try {
            positions = ballot.kind().ranked() ? ranking(ballot, places) : choices(ballot, chosen);
            votes.vote(ballot.id(), positions);
        } catch (UserFacingException e) {
            if (e.messageKey().equals("vote.error.already") || e.messageKey().equals("vote.error.notOpen")) {
                return refused(ballot, e.messageKey(), response, model);
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("form", form(ballot, chosen, places, words(e.messageKey(), e.arguments())));
            return "voting/vote";
        }
        return "redirect:/vote/" + ballot.id() + "?sent";
    }

    /** The options marked, by position; anything that is not an option is refused. */
    private static List<Integer> choices(MemberBallot ballot, List<String> chosen) {
        var positions = new ArrayList<Integer>();
        for (String value : chosen) {
            positions.add(position(ballot, value));
        }
        return positions;
    }

    /** Options in the order of the numbers given them; gaps are fine, the same number twice is not. */
    private static List<Integer> ranking(MemberBallot ballot, Map<Integer, String> places) {
        var numbers = new HashMap<Integer, Integer>();
        var used = new HashSet<Integer>();
        for (var entry : places.entrySet()) {
            int number = number(entry.getValue(), ballot.options().size());
            if (!used.add(number)) {
                throw new UserFacingException("vote.error.samePlace", number);
            }
            numbers.put(entry.getKey(), number);
        }
        if (numbers.isEmpty()) {
            throw new UserFacingException("vote.error.rankNumber");
        }
        return numbers.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    private static int position(MemberBallot ballot, String value) {
        try {
            int position = Integer.parseInt(value.strip());
            if (ballot.options().stream().anyMatch(o -> o.position() == position)) {
                return position;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new UserFacingException("vote.error.badChoice");
    }

    private static int number(String value, int most) {
        try {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= most) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new UserFacingException("vote.error.badChoice");
    }

    private BallotForm form(MemberBallot ballot, List<String> chosen, Map<Integer, String> places,
            @Nullable String error) {
        var choices = new ArrayList<BallotForm.Choice>();
        for (BallotOption option : ballot.options()) {
            String label = ballot.kind() == BallotKind.MOTION ? words("vote.motion." + option.label())
                    : option.label();
            int place = 0;
            try {
                place = Integer.parseInt(places.getOrDefault(option.position(), "0"));
            } catch (NumberFormatException e) {
                // shown as no number
            }
            choices.add(new BallotForm.Choice(option.position(), label, option.picture(),
                    chosen.contains(String.valueOf(option.position())), place));
        }
        choices.sort(Comparator.comparingInt(BallotForm.Choice::position));
        return switch (ballot.kind()) {
            case MOTION -> new BallotForm(ballot, words("vote.motion.label"), null, "radio", choices, 0, error);
            case SINGLE_CHOICE -> new BallotForm(ballot, words("vote.pickOne"), null, "radio", choices, 0, error);
            case APPROVAL -> new BallotForm(ballot, words("vote.pickUpTo", ballot.choices()), null, "checkbox",
                    choices, 0, error);
            case INSTANT_RUNOFF -> new BallotForm(ballot, words("vote.rank.legend"), words("vote.rank.numbers"),
                    "rank", choices, choices.size(), error);
            case STV -> new BallotForm(ballot, words("vote.rank.legend"),
                    words("vote.rank.numbersSeats", ballot.choices()), "rank", choices, choices.size(), error);
        };
    }

    private @Nullable MemberBallot ballot(String id) {
        try {
            return votes.ballot(Long.parseLong(id)).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String message(MemberBallot ballot, String key, boolean status, Model model) {
        model.addAttribute("message", new VoteMessage(ballot.question(), ballot.forumName(), words(key), status));
        return "voting/message";
    }

    /** A vote that cannot be taken (a second one, or too late): a plain page, not an error. */
    private String refused(MemberBallot ballot, String key, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("message", new VoteMessage(words(key.equals("vote.error.already")
                ? "vote.already.heading" : "vote.notOpen.heading"), ballot.question(), words(key), false));
        return "voting/message";
    }

    private String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("message", new VoteMessage(words("vote.notFound.heading"), null,
                words("vote.notFound.text"), false));
        return "voting/message";
    }

    private String words(String key, Object... args) {
        return messages.getTranslation(key, Locale.ENGLISH, args);
    }
}
