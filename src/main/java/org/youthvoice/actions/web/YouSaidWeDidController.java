package org.youthvoice.actions.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.youthvoice.actions.ActionService;
import org.youthvoice.actions.internal.ActionPosters;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.web.YoungPages;
import org.youthvoice.people.AgeBand;

/**
 * Public "you said, we did": what changed because of what young people said, newest first, in words for their age,
 * with links to show one age's words or one of the council's priorities, and a printable poster of each.
 */
@Controller
@YoungPages
class YouSaidWeDidController {

    static final String PATH = "/you-said-we-did";
    private static final int SHOWN = 100;

    private final ActionService actions;
    private final ActionPosters posters;

    YouSaidWeDidController(ActionService actions, ActionPosters posters) {
        this.actions = actions;
        this.posters = posters;
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) @Nullable String age,
            @RequestParam(required = false) @Nullable String topic,
            @RequestParam(required = false) @Nullable String action, Model model) {
        AgeBand band = band(age);
        String chosenTopic = topic != null && topic.matches("[A-Z0-9._-]{1,64}") ? topic : null;
        Long only = action != null && action.matches("\\d{1,18}") ? Long.valueOf(action) : null;

        var ages = new ArrayList<YouSaidWeDidPage.Choice>();
        for (AgeBand b : AgeBand.values()) {
            ages.add(new YouSaidWeDidPage.Choice(b.label(), link(b, chosenTopic), b == band));
        }
        var topics = new ArrayList<YouSaidWeDidPage.Choice>();
        actions.publishedTopics().forEach((code, title) ->
                topics.add(new YouSaidWeDidPage.Choice(title, link(band, code), code.equals(chosenTopic))));
        var shown = only != null ? actions.publishedAction(only, band).stream().toList()
                : actions.published(band, chosenTopic, SHOWN);
        String bandQuery = band == null ? "" : "?age=" + band.label();
        model.addAttribute("ysd", new YouSaidWeDidPage(List.copyOf(ages), List.copyOf(topics),
                link(band, null), chosenTopic == null, shown, only != null, bandQuery));
        return "actions/you-said-we-did";
    }

    /** One action as an A4 poster, with its page as a link and a QR code. */
    @GetMapping(PATH + "/poster/{id}")
    ResponseEntity<byte[]> poster(@PathVariable long id, @RequestParam(required = false) @Nullable String age) {
        byte[] pdf;
        try {
            pdf = posters.publishedPoster(id, band(age), pageLink(id));
        } catch (UserFacingException e) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("you-said-we-did-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    private static @Nullable AgeBand band(@Nullable String age) {
        return Arrays.stream(AgeBand.values()).filter(b -> b.label().equals(age)).findFirst().orElse(null);
    }

    /** A link to this page keeping both choices, as a path inside the app (the template adds the app's own path). */
    private static String link(@Nullable AgeBand band, @Nullable String topic) {
        var uri = UriComponentsBuilder.fromPath(PATH);
        if (band != null) {
            uri.queryParam("age", band.label());
        }
        if (topic != null) {
            uri.queryParam("topic", topic);
        }
        return uri.encode().build().toUriString();
    }

    /** The public page of one action, as a full link for posters and QR codes. */
    private static String pageLink(long actionId) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH).queryParam("action", actionId)
                .toUriString();
    }
}
