package org.youthvoice.help.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.youthvoice.base.DisclosureControl;
import org.youthvoice.base.i18n.CouncilMessages;
import org.youthvoice.base.web.YoungPages;
import org.youthvoice.help.internal.HelpLineService;

/** "Get help now", privacy per age band and the accessibility statement: plain pages anyone can open. */
@Controller
@YoungPages
class HelpPages {

    static final List<String> BANDS = List.of("4-7", "8-11", "11-17", "16-25", "adults");
    static final List<String> ACCESSIBILITY_PARTS = List.of("intro", "standard", "known", "feedback", "enforcement",
            "tested");

    private final HelpLineService helpLines;
    private final CouncilMessages messages;
    private final int threshold;

    HelpPages(HelpLineService helpLines, CouncilMessages messages, DisclosureControl disclosure) {
        this.helpLines = helpLines;
        this.messages = messages;
        this.threshold = disclosure.threshold();
    }

    @GetMapping("/help")
    String help(Model model) {
        model.addAttribute("lines", helpLines.list());
        return "help/help";
    }

    @GetMapping("/privacy")
    String privacy(@RequestParam(name = "age", defaultValue = "11-17") String age, Model model) {
        String band = BANDS.contains(age) ? age : "11-17";
        int count = Integer.parseInt(messages.getTranslation("privacy." + band + ".count", null));
        var paragraphs = new ArrayList<String>();
        for (int i = 1; i <= count; i++) {
            // Paragraphs may name the small-number threshold, which is a setting.
            String key = "privacy." + band + "." + i;
            String raw = messages.getTranslation(key, null);
            paragraphs.add(raw.contains("{0}") ? messages.getTranslation(key, null, threshold) : raw);
        }
        model.addAttribute("bands", BANDS);
        model.addAttribute("band", band);
        model.addAttribute("paragraphs", paragraphs);
        return "help/privacy";
    }

    @GetMapping("/accessibility")
    String accessibility(Model model) {
        model.addAttribute("parts", ACCESSIBILITY_PARTS);
        return "help/accessibility";
    }
}
