package org.youthvoice.voting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.QrCodes;
import org.youthvoice.base.ui.YoungLayout;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotOption;
import org.youthvoice.voting.BallotResult;
import org.youthvoice.voting.BallotState;
import org.youthvoice.voting.LiveCount;
import org.youthvoice.voting.MeetingScreen;
import org.youthvoice.voting.Reason;
import org.youthvoice.voting.VoteService;

/**
 * The projector screen of a meeting, made for a room (1920 x 1080, read from the back): the question, then while
 * voting is open a QR code and short link to vote with, and the live turnout in big type; the result as large bars
 * once the officer closes the ballot (or live, if chosen; a secret ballot's live count waits until enough have voted,
 * then grows in batches). No names, ever, and no scrolling. It reads the database twice a second (a cheap check
 * first), so votes taken on any app node show within a second; see docs/design-decisions/0013-meeting-screen-updates.md.
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

    /**
     * On a room's screen (at least 1200 x 700) the sizes in the style sheet suit a question of a line or two and
     * options of a line each. A long question, or many options that wrap, would push the page past the screen: then
     * the question, options, bars and statements shrink together, a step at a time, until nothing scrolls or spills,
     * but never below 28 px for the question and 16 px for the rest. Run after every change of the screen.
     */
    private static final String FIT = """
            const screen = this;
            requestAnimationFrame(() => {
              const parts = [...screen.querySelectorAll('.meeting-question, .meeting-options, .meeting-bars, '
                  + '.meeting-statements, .meeting-note, .meeting-results-caption')];
              parts.forEach(p => p.style.fontSize = '');
              if (innerWidth < 1200 || innerHeight < 700) return;
              const root = document.scrollingElement || document.documentElement;
              const spills = () => root.scrollHeight > innerHeight + 1
                  || [screen, ...screen.querySelectorAll('.meeting-body, .meeting-main, .meeting-side, .meeting-bars')]
                      .some(e => e.scrollHeight > e.clientHeight + 1);
              for (let step = 0; step < 80 && spills(); step++) {
                let shrunk = false;
                for (const p of parts) {
                  const size = parseFloat(getComputedStyle(p).fontSize);
                  const least = p.classList.contains('meeting-question') ? 28 : 16;
                  if (size > least) {
                    p.style.fontSize = Math.max(least, size * 0.94) + 'px';
                    shrunk = true;
                  }
                }
                if (!shrunk) break;
              }
            });""";

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
        getElement().setAttribute("data-state", screen.state().name());
        var forum = new Paragraph(screen.forumName());
        forum.addClassName("meeting-forum");
        var question = new H1(screen.question());
        question.addClassName("meeting-question");
        var top = new Div(forum, question);
        top.addClassName("meeting-top");

        var main = new Section();
        main.addClassName("meeting-main");
        var count = screen.count();
        BallotResult result = count.result();
        if (result != null) {
            main.add(new MeetingBars(screen.kind(), result, screen.options()));
        } else {
            main.add(options(screen));
            if (count.hidden() == LiveCount.Hidden.FEW_VOTERS) {
                main.add(note(getTranslation("meeting.fewVoters", count.threshold())));
            } else if (screen.state() == BallotState.OPEN) {
                main.add(note(getTranslation("meeting.resultsOnClose")));
            }
        }

        var side = new Aside();
        side.addClassName("meeting-side");
        side.getElement().setAttribute("aria-label", getTranslation("meeting.side"));
        if (screen.state() == BallotState.OPEN) {
            side.add(join(screen.joinPath()));
        }
        var turnout = new Paragraph(getTranslation("meeting.turnout", screen.turnout().voted(),
                screen.turnout().eligible()));
        turnout.addClassName("meeting-turnout");
        // Read out when it changes, without moving focus.
        turnout.getElement().setAttribute("aria-live", "polite");
        turnout.getElement().setAttribute("role", "status");
        var state = new Paragraph(getTranslation("meeting.state." + screen.state().name()));
        state.addClassName("meeting-state");
        side.add(turnout, state);
        if (result != null) {
            var said = new UnorderedList();
            said.addClassName("meeting-statements");
            for (Reason reason : headlines(result)) {
                said.add(new ListItem(getTranslation(reason.messageKey(), reason.values())));
            }
            side.add(said);
            if (count.waiting() > 0) {
                side.add(note(getTranslation("meeting.waiting", count.waiting())));
            }
        }
        var body = new Div(main, side);
        body.addClassName("meeting-body");
        add(top, body);
        getElement().executeJs(FIT);
    }

    /** The options, with their pictures, before there is a count to show. */
    private OrderedList options(MeetingScreen screen) {
        var options = new OrderedList();
        options.addClassName("meeting-options");
        for (BallotOption option : screen.options()) {
            options.add(new ListItem(OptionWords.of(screen.kind() == BallotKind.MOTION
                    ? getTranslation("vote.motion." + option.label()) : option.label(), option.picture())));
        }
        options.getStyle().set("--rows", String.valueOf(screen.options().size()));
        return options;
    }

    /** The QR code and a short link, so people in the room can reach the vote from their phones. */
    private Div join(String path) {
        String link = base() + "/" + path;
        String shortLink = link.replaceFirst("^https?://", "");
        var qr = new Svg(QrCodes.svg(link, getTranslation("meeting.join.qr", shortLink)));
        qr.addClassName("meeting-qr");
        var words = new Paragraph(getTranslation("meeting.join"));
        words.addClassName("meeting-join-words");
        var linkText = new Paragraph(shortLink);
        linkText.addClassName("meeting-link");
        var box = new Div(qr, words, linkText);
        box.addClassName("meeting-join");
        return box;
    }

    private static String base() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        int port = request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + (port == 80 || port == 443 ? "" : ":" + port)
                + request.getContextPath();
    }

    private static Component note(String text) {
        var p = new Paragraph(text);
        p.addClassName("meeting-note");
        return p;
    }

    /**
     * What the room needs to hear: who won or what passed, the quorum, a tie and how it was settled. The rules and
     * the round-by-round detail are on the officer's page and the members' result page; the turnout is beside.
     */
    static List<Reason> headlines(BallotResult result) {
        var kept = result.statements().stream().filter(r -> {
            String key = r.messageKey();
            return !key.endsWith(".rule") && !key.equals(BallotResult.TURNOUT) && !key.equals("voting.papers.split")
                    && !key.equals("voting.motion.abstentions") && !key.equals("voting.tie.earlierRound")
                    && !key.equals("voting.tie.surplus.earlierRound") && !key.equals("voting.stv.elected");
        }).toList();
        // Draws between options with few or no votes can happen in many rounds; the room is told of the last one
        // only (the one nearest the result). Every draw is on the result page.
        var lastDraw = kept.stream().filter(MeetingView::draw).reduce((a, b) -> b).orElse(null);
        return kept.stream().filter(r -> !draw(r) || r == lastDraw).toList();
    }

    private static boolean draw(Reason reason) {
        return reason.messageKey().endsWith(".lot");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
