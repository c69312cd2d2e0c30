package org.youthvoice.voting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.ui.YoungLayout;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotOption;
import org.youthvoice.voting.BallotState;
import org.youthvoice.voting.LiveCount;
import org.youthvoice.voting.MeetingScreen;
import org.youthvoice.voting.VoteService;

/**
 * The projector screen of a meeting, at a link with an unguessable code and no login: the question, the options, the
 * turnout, and the count once the officer closes the ballot (or live, if chosen; a secret ballot's live count waits
 * until enough have voted, then grows in batches). No names, ever. It reads the
 * database twice a second (a cheap check first), so votes taken on any app node show within a second; see
 * docs/design-decisions/0013-meeting-screen-updates.md.
 */
@Route(value = "meeting/:code", layout = YoungLayout.class)
@AnonymousAllowed
class MeetingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int TICK_MILLIS = 500;

    private final VoteService votes;
    private String code = "";
    private @Nullable String fingerprint;
    private String title = "";
    private com.vaadin.flow.shared.@Nullable Registration ticking;

    MeetingView(VoteService votes) {
        this.votes = votes;
        addClassName("meeting-screen");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        fingerprint = null;
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(TICK_MILLIS);
        ticking = event.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (ticking != null) {
            ticking.remove();
            ticking = null;
        }
    }

    private void refresh() {
        String now = votes.meetingFingerprint(code).orElse("none");
        if (now.equals(fingerprint)) {
            return;
        }
        fingerprint = now;
        removeAll();
        var screen = votes.meeting(code).orElse(null);
        if (screen == null) {
            title = getTranslation("meeting.notFound.heading");
            add(new H1(title), new Paragraph(getTranslation("meeting.notFound.text")));
            return;
        }
        show(screen);
    }

    private void show(MeetingScreen screen) {
        title = screen.question();
        add(new Paragraph(screen.forumName()));
        add(new H1(screen.question()));
        var options = new OrderedList();
        options.addClassName("meeting-options");
        for (BallotOption option : screen.options()) {
            options.add(new ListItem(OptionWords.of(screen.kind() == BallotKind.MOTION
                    ? getTranslation("vote.motion." + option.label()) : option.label(), option.picture())));
        }
        add(options);
        var turnout = new Paragraph(getTranslation("meeting.turnout", screen.turnout().voted(),
                screen.turnout().eligible()));
        turnout.addClassName("meeting-turnout");
        // Read out when it changes, without moving focus.
        turnout.getElement().setAttribute("aria-live", "polite");
        turnout.getElement().setAttribute("role", "status");
        var state = new Paragraph(getTranslation("meeting.state." + screen.state().name()));
        state.addClassName("meeting-state");
        add(state, turnout);
        var count = screen.count();
        if (count.result() != null) {
            add(new ResultsPanel(count.result(), 2));
            if (count.waiting() > 0) {
                add(new Paragraph(getTranslation("meeting.waiting", count.waiting())));
            }
        } else if (count.hidden() == LiveCount.Hidden.FEW_VOTERS) {
            add(new Paragraph(getTranslation("meeting.fewVoters", count.threshold())));
        } else if (screen.state() == BallotState.OPEN) {
            add(new Paragraph(getTranslation("meeting.resultsOnClose")));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
