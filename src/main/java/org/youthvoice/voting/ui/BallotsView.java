package org.youthvoice.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.RowActions;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.framework.FrameworkSummary;
import org.youthvoice.security.Roles;
import org.youthvoice.voting.Ballot;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotService;
import org.youthvoice.voting.NewBallot;
import org.youthvoice.voting.NewBallotOption;
import org.youthvoice.voting.PassThreshold;
import org.youthvoice.voting.internal.CityBallotService;
import org.youthvoice.voting.internal.Forum;
import org.youthvoice.voting.internal.ForumService;
import org.youthvoice.voting.internal.NewCityBallot;
import org.youthvoice.voting.internal.NewGroup;

/** Officers' list of ballots, and a new ballot for a forum. */
@Route(value = "ballots", layout = StaffLayout.class)
@Menu(title = "nav.ballots", order = 25)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class BallotsView extends VerticalLayout implements HasDynamicTitle {

    private final BallotService ballots;
    private final ForumService forums;
    private final Grid<Ballot> grid = new Grid<>();
    private final Map<String, String> tags = new LinkedHashMap<>();

    private final CityBallotService city;

    BallotsView(BallotService ballots, ForumService forums, CityBallotService city, FrameworkService frameworks) {
        this.ballots = ballots;
        this.forums = forums;
        this.city = city;
        setWidthFull();
        for (FrameworkSummary f : frameworks.list()) {
            if (!f.retired()) {
                frameworks.tree(f.code()).ifPresent(tree -> tree.nodes().stream()
                        .filter(n -> !n.removed())
                        .forEach(n -> tags.put(n.code(), n.title())));
            }
        }
        var create = new Button(getTranslation("ballots.new"), c -> openNew());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        var createCity = new Button(getTranslation("city.new"), c -> openNewCity());
        // The whole question, wrapped; the button to its page at the row's end.
        StaffLists.fit(grid);
        StaffLists.words(grid.addColumn(Ballot::question).setHeader(getTranslation("ballots.question")), 4);
        StaffLists.words(grid.addColumn(b -> b.cityWide() ? getTranslation("city.label") : b.forumName())
                .setHeader(getTranslation("ballots.forum")), 1);
        StaffLists.narrow(grid.addColumn(b -> getTranslation("ballots.kind." + b.kind().name()))
                .setHeader(getTranslation("ballots.kind")));
        StaffLists.narrow(grid.addColumn(b -> getTranslation("ballots.state." + b.state().name()))
                .setHeader(getTranslation("ballots.state")));
        StaffLists.narrow(grid.addColumn(b -> getTranslation("meeting.turnout", b.voted(), b.eligible()))
                .setHeader(getTranslation("ballots.turnout")));
        RowActions.of(grid).button(getTranslation("ballots.manage"), b -> getTranslation("ballots.manage.for",
                b.question()), b -> getUI().ifPresent(ui -> ui.navigate("ballots/" + b.id())))
                .column(getTranslation("account.actions"));
        grid.setAriaLabel(getTranslation("ballots.heading"));
        add(new H2(getTranslation("ballots.heading")), new Paragraph(getTranslation("ballots.intro")),
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(create, createCity), grid);
        grid.setItems(new ArrayList<>(ballots.list(null)));
    }

    private void openNew() {
        var dialog = new Dialog(getTranslation("ballots.new"));
        var forum = new ComboBox<Forum>(getTranslation("ballots.forum"));
        forum.setItems(forums.list());
        forum.setItemLabelGenerator(Forum::name);
        var kind = new ComboBox<BallotKind>(getTranslation("ballots.kind"));
        kind.setItems(BallotKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("ballots.kind." + k.name()));
        kind.setValue(BallotKind.MOTION);
        var question = new TextArea(getTranslation("ballots.question"));
        question.setMaxLength(500);
        var options = new TextArea(getTranslation("ballots.options"));
        options.setHelperText(getTranslation("ballots.options.help"));
        var pictures = new OptionPictures(options);
        var choices = new IntegerField(getTranslation("ballots.choices"));
        choices.setHelperText(getTranslation("ballots.choices.help"));
        choices.setValue(1);
        choices.setMin(1);
        var threshold = new ComboBox<PassThreshold>(getTranslation("ballots.threshold"));
        threshold.setItems(PassThreshold.values());
        threshold.setItemLabelGenerator(t -> getTranslation("ballots.threshold." + t.name()));
        threshold.setValue(PassThreshold.SIMPLE_MAJORITY);
        var quorum = new IntegerField(getTranslation("ballots.quorum"));
        quorum.setHelperText(getTranslation("ballots.quorum.help"));
        quorum.setValue(0);
        quorum.setMin(0);
        var paperVoters = new IntegerField(getTranslation("ballots.paper.voters"));
        paperVoters.setHelperText(getTranslation("ballots.paper.voters.help"));
        paperVoters.setValue(0);
        paperVoters.setMin(0);
        paperVoters.setMax(BallotService.MAX_PAPER_VOTERS);
        var secret = new Checkbox(getTranslation("ballots.secret"), true);
        var live = new Checkbox(getTranslation("ballots.live"), false);
        var opensAt = new DateTimePicker(getTranslation("ballots.opensAt"));
        opensAt.setHelperText(getTranslation("ballots.opensAt.help"));
        var closesAt = new DateTimePicker(getTranslation("ballots.closesAt"));
        closesAt.setHelperText(getTranslation("ballots.closesAt.help"));
        var topics = new MultiSelectComboBox<String>(getTranslation("ballots.tags"));
        topics.setItems(tags.keySet());
        topics.setItemLabelGenerator(code -> tags.get(code) + " (" + code + ")");
        Runnable showFields = () -> {
            var k = kind.getValue();
            options.setVisible(k != BallotKind.MOTION);
            pictures.setWanted(k != BallotKind.MOTION);
            threshold.setVisible(k == BallotKind.MOTION);
            choices.setVisible(k == BallotKind.APPROVAL || k == BallotKind.STV);
            choices.setLabel(getTranslation(k == BallotKind.STV ? "ballots.seats" : "ballots.choices"));
        };
        kind.addValueChangeListener(e -> showFields.run());
        showFields.run();
        var save = new Button(getTranslation("action.save"), c -> {
            if (forum.getValue() == null) {
                Notifications.error(getTranslation("ballots.error.forum"));
                return;
            }
            var list = pictures.options();
            if (paperVoters.isInvalid()) {
                Notifications.error(getTranslation("ballots.error.paperVoters", BallotService.MAX_PAPER_VOTERS));
                return;
            }
            if (Notifications.attempt(() -> ballots.create(new NewBallot(forum.getValue().id(), kind.getValue(),
                    question.getValue(), list, secret.getValue(), choices.getValue() == null ? 1 : choices.getValue(),
                    quorum.getValue() == null ? 0 : quorum.getValue(), threshold.getValue(), live.getValue(),
                    opensAt.getValue(), closesAt.getValue(), topics.getValue()),
                    paperVoters.getValue() == null ? 0 : paperVoters.getValue()))) {
                Notifications.success(getTranslation("staff.saved"));
                dialog.close();
                grid.setItems(new ArrayList<>(ballots.list(null)));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new FormLayout(forum, kind, question, options, choices, threshold, quorum, paperVoters, secret,
                live, opensAt, closesAt, topics), pictures);
        dialog.setWidth("48rem");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void openNewCity() {
        var dialog = new Dialog(getTranslation("city.new"));
        var question = new TextArea(getTranslation("ballots.question"));
        question.setMaxLength(500);
        var ranked = new Checkbox(getTranslation("city.ranked"), false);
        var topics = new TextArea(getTranslation("city.topics"));
        topics.setHelperText(getTranslation("city.topics.help"));
        var groups = new TextArea(getTranslation("city.groups"));
        groups.setHelperText(getTranslation("city.groups.help"));
        var opensAt = new DateTimePicker(getTranslation("ballots.opensAt"));
        var closesAt = new DateTimePicker(getTranslation("ballots.closesAt"));
        var tagged = new MultiSelectComboBox<String>(getTranslation("ballots.tags"));
        tagged.setItems(tags.keySet());
        tagged.setItemLabelGenerator(code -> tags.get(code) + " (" + code + ")");
        var save = new Button(getTranslation("action.save"), c -> {
            var groupList = new ArrayList<NewGroup>();
            for (String line : groups.getValue().split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.lastIndexOf(',');
                int eligible = 0;
                try {
                    eligible = comma < 0 ? 0 : Integer.parseInt(line.substring(comma + 1).strip());
                } catch (NumberFormatException e) {
                    eligible = 0;
                }
                groupList.add(new NewGroup(comma < 0 ? line : line.substring(0, comma), eligible));
            }
            var topicList = Arrays.stream(topics.getValue().split("\n")).filter(t -> !t.isBlank()).toList();
            if (Notifications.attempt(() -> city.create(new NewCityBallot(question.getValue(), ranked.getValue(),
                    topicList, groupList, opensAt.getValue(), closesAt.getValue(), tagged.getValue())))) {
                Notifications.success(getTranslation("staff.saved"));
                dialog.close();
                grid.setItems(new ArrayList<>(ballots.list(null)));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph(getTranslation("city.intro.officer")),
                new FormLayout(question, ranked, topics, groups, opensAt, closesAt, tagged));
        dialog.setWidth("48rem");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ballots.heading");
    }
}
