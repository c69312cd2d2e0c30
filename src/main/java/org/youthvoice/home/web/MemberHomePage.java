package org.youthvoice.home.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.youthvoice.actions.ActionService;
import org.youthvoice.base.web.YoungPages;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.people.AccountService;
import org.youthvoice.people.AgeBand;
import org.youthvoice.survey.SurveyLink;
import org.youthvoice.survey.SurveyTaking;
import org.youthvoice.voting.VoteService;

/**
 * A young member's home on their phone (members only: the security configuration sends anyone else to log in). Their
 * surveys (members-only ones they have not sent, and ones open to anyone with the link), their votes, the "tell us"
 * channels for their age band, and what changed because of what young people said.
 */
@Controller
@YoungPages
class MemberHomePage {

    static final int RESULTS_SHOWN = 3;
    static final int CHANGES_SHOWN = 3;

    private final AccountService accounts;
    private final SurveyTaking surveys;
    private final VoteService votes;
    private final FeedbackService feedback;
    private final ActionService actions;

    MemberHomePage(AccountService accounts, SurveyTaking surveys, VoteService votes, FeedbackService feedback,
            ActionService actions) {
        this.accounts = accounts;
        this.surveys = surveys;
        this.votes = votes;
        this.feedback = feedback;
        this.actions = actions;
    }

    @GetMapping("/me")
    String home(Principal principal, Model model) {
        AgeBand band = accounts.currentMemberAgeBand().orElse(null);
        // Members-only surveys first (they are the member's own); a survey is listed once.
        var mine = new LinkedHashSet<SurveyLink>(surveys.forMe());
        mine.addAll(surveys.openToAnyone());
        model.addAttribute("home", new MemberHome(principal.getName(), new ArrayList<>(mine), votes.openBallots(),
                votes.publishedBallots().stream().limit(RESULTS_SHOWN).toList(), feedback.openChannelsFor(band),
                actions.published(band, null, CHANGES_SHOWN), band == null ? "11-17" : band.label()));
        return "home/member";
    }
}
