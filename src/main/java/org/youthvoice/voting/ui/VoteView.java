package org.youthvoice.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.YoungLayout;
import org.youthvoice.security.Roles;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotOption;
import org.youthvoice.voting.BallotState;
import org.youthvoice.voting.MemberBallot;
import org.youthvoice.voting.VoteService;

/**
 * A member votes on their phone: big targets and plain words. Ranked votes need no dragging: tap options in the
 * order you like them, then move them with up and down buttons.
 */
@Route(value = "vote/:id", layout = YoungLayout.class)
@RolesAllowed(Roles.MEMBER)
class VoteView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final VoteService votes;
    private String title = "";
    private long ballotId;

    VoteView(VoteService votes) {
        this.votes = votes;
        addClassName("vote-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ballotId = event.getRouteParameters().getLong("id").orElse(-1L);
        show();
    }

    private void show() {
        removeAll();
        var ballot = votes.ballot(ballotId).orElse(null);
        if (ballot == null) {
            title = getTranslation("vote.notFound.heading");
            add(new H1(title), new Paragraph(getTranslation("vote.notFound.text")), back());
            return;
        }
        title = ballot.question();
        add(new Paragraph(ballot.forumName()), new H1(ballot.question()));
        add(new Paragraph(getTranslation(ballot.secret() ? "vote.secret" : "vote.open")));
        if (ballot.published()) {
            votes.resultForMe(ballotId).ifPresent(banded -> {
                if (banded.summary() != null) {
                    var summary = new Paragraph(banded.summary());
                    summary.addClassName("vote-summary");
                    add(summary);
                }
                if (banded.correction() != null) {
                    add(new Paragraph(getTranslation("vote.corrected", banded.correction())));
                }
                add(new ResultsPanel(banded.result(), 2));
            });
            add(back());
            return;
        }
        if (ballot.voted()) {
            add(done(), back());
            return;
        }
        if (ballot.state() != BallotState.OPEN) {
            add(new Paragraph(getTranslation(ballot.state() == BallotState.CLOSED ? "vote.closed" : "vote.notYet")),
                    back());
            return;
        }
        Supplier<List<Integer>> marks = switch (ballot.kind()) {
            case MOTION, SINGLE_CHOICE -> pickOne(ballot);
            case APPROVAL -> pickSome(ballot);
            case INSTANT_RUNOFF, STV -> rank(ballot);
        };
        var send = new Button(getTranslation("vote.send"), c -> {
            if (Notifications.attempt(() -> votes.vote(ballotId, marks.get()))) {
                removeAll();
                add(new H1(ballot.question()), done(), back());
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClassName("big-button");
        add(send);
    }

    private Supplier<List<Integer>> pickOne(MemberBallot ballot) {
        var group = new RadioButtonGroup<BallotOption>(getTranslation(ballot.kind() == BallotKind.MOTION
                ? "vote.motion.label" : "vote.pickOne"));
        group.setItems(ballot.options());
        group.setRenderer(new ComponentRenderer<>(o -> OptionWords.of(label(ballot, o), o.picture())));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.addClassName("vote-choices");
        add(group);
        return () -> group.getValue() == null ? List.of() : List.of(group.getValue().position());
    }

    private Supplier<List<Integer>> pickSome(MemberBallot ballot) {
        var group = new CheckboxGroup<BallotOption>(getTranslation("vote.pickUpTo", ballot.choices()));
        group.setItems(ballot.options());
        group.setRenderer(new ComponentRenderer<>(o -> OptionWords.of(o.label(), o.picture())));
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.addClassName("vote-choices");
        add(group);
        return () -> ballot.options().stream().filter(group.getValue()::contains).map(BallotOption::position).toList();
    }

    /** Tap to add in order; up, down and take out buttons on each ranked option. */
    private Supplier<List<Integer>> rank(MemberBallot ballot) {
        var picker = new RankPicker(ballot.options(), getTranslation(ballot.kind() == BallotKind.STV
                ? "vote.rank.helpSeats" : "vote.rank.help", ballot.choices()), 0);
        add(picker);
        return picker::positions;
    }

    private String label(MemberBallot ballot, BallotOption option) {
        return ballot.kind() == BallotKind.MOTION ? getTranslation("vote.motion." + option.label()) : option.label();
    }

    private Paragraph done() {
        var done = new Paragraph(getTranslation("vote.done"));
        done.addClassName("vote-done");
        done.getElement().setAttribute("role", "status");
        return done;
    }

    private Anchor back() {
        var back = new Anchor("me", getTranslation("vote.back"));
        back.addClassName("big-link");
        return back;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
