package org.youthvoice.voting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.function.Supplier;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.YoungLayout;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotOption;
import org.youthvoice.voting.BallotState;
import org.youthvoice.voting.CityBallotScreen;
import org.youthvoice.voting.CityBallotService;

/**
 * A city-wide vote on a phone, no login: type (or follow a link with) your school's or group's code, then pick your
 * top issue or rank your top 3. The code says which group you are in, never who you are.
 */
@Route(value = "city-vote/:code?", layout = YoungLayout.class)
@AnonymousAllowed
class CityVoteView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CityBallotService city;
    private String title = "";

    CityVoteView(CityBallotService city) {
        this.city = city;
        addClassName("vote-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        if (code.isEmpty()) {
            askForCode(false);
            return;
        }
        city.screen(code).ifPresentOrElse(this::show, () -> askForCode(true));
    }

    private void askForCode(boolean wrong) {
        title = getTranslation("city.heading");
        add(new H1(title), new Paragraph(getTranslation("city.intro")));
        var code = new TextField(getTranslation("city.code"));
        code.setHelperText(getTranslation("city.code.help"));
        code.setMaxLength(20);
        if (wrong) {
            code.setInvalid(true);
            code.setErrorMessage(getTranslation("city.error.code"));
        }
        var go = new Button(getTranslation("city.go"), c -> UI.getCurrent().navigate(CityVoteView.class,
                new RouteParameters("code", code.getValue().strip().toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z0-9]", ""))));
        go.addThemeVariants(ButtonVariant.PRIMARY);
        go.addClassName("big-button");
        add(code, go);
    }

    private void show(CityBallotScreen screen) {
        title = screen.question();
        add(new Paragraph(getTranslation("city.group", screen.groupName())), new H1(screen.question()),
                new Paragraph(getTranslation("city.secret")));
        if (screen.state() != BallotState.OPEN) {
            add(new Paragraph(getTranslation(screen.state() == BallotState.CLOSED ? "city.closed" : "vote.notYet")));
            return;
        }
        Supplier<List<Integer>> marks;
        if (screen.kind() == BallotKind.SINGLE_CHOICE) {
            var group = new RadioButtonGroup<BallotOption>(getTranslation("city.pickOne"));
            group.setItems(screen.options());
            group.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(o -> OptionWords.of(o.label(),
                    o.picture())));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.addClassName("vote-choices");
            add(group);
            marks = () -> group.getValue() == null ? List.of() : List.of(group.getValue().position());
        } else {
            var picker = new RankPicker(screen.options(), getTranslation("city.rank.help", screen.choices()),
                    screen.choices());
            add(picker);
            marks = picker::positions;
        }
        var send = new Button(getTranslation("vote.send"), c -> {
            if (Notifications.attempt(() -> city.vote(screen.code(), marks.get()))) {
                removeAll();
                var done = new Paragraph(getTranslation("vote.done"));
                done.addClassName("vote-done");
                done.getElement().setAttribute("role", "status");
                add(new H1(screen.question()), done, new Paragraph(getTranslation("city.done")));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClassName("big-button");
        add(send);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
