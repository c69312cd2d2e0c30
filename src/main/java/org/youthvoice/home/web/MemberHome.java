package org.youthvoice.home.web;

import java.util.List;
import org.youthvoice.actions.PublishedAction;
import org.youthvoice.feedback.PublicChannel;
import org.youthvoice.survey.SurveyLink;
import org.youthvoice.voting.MemberBallot;

/**
 * What a member's home shows. Each list may be empty; the page then says so plainly.
 *
 * @param privacyBand the privacy page's age band for this member ("11-17" when none is set)
 */
public record MemberHome(String name, List<SurveyLink> surveys, List<MemberBallot> openVotes,
        List<MemberBallot> results, List<PublicChannel> channels, List<PublishedAction> changes, String privacyBand) {

    public MemberHome {
        surveys = List.copyOf(surveys);
        openVotes = List.copyOf(openVotes);
        results = List.copyOf(results);
        channels = List.copyOf(channels);
        changes = List.copyOf(changes);
    }

    public boolean hasVotes() {
        return !openVotes.isEmpty() || !results.isEmpty();
    }
}
