package org.youthvoice.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.youthvoice.base.ShownCount;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.ui.Confirmations;
import org.youthvoice.base.ui.LimitedUpload;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.voting.Ballot;
import org.youthvoice.voting.BallotFormat;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotOption;
import org.youthvoice.voting.BallotService;
import org.youthvoice.voting.BallotState;
import org.youthvoice.voting.LiveCount;
import org.youthvoice.voting.PublishedResult;
import org.youthvoice.voting.internal.BallotFile;
import org.youthvoice.voting.internal.BallotFileException;
import org.youthvoice.voting.internal.BallotFileProblem;
import org.youthvoice.voting.internal.CityBallotService;
import org.youthvoice.voting.internal.CityGroup;
import org.youthvoice.voting.internal.ForumMember;
import org.youthvoice.voting.internal.ForumService;
import org.youthvoice.voting.internal.GroupResult;

/**
 * One ballot for the officer running it: open and close, the projector link, paper ballots (typed in one by one or a
 * file), who voted on paper, the count, and publishing the result (and corrections).
 */
@Route(value = "ballots/:id", layout = StaffLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class BallotView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BallotService ballots;
    private final ForumService forums;
    private long id;
    private String title = "";

    private final CityBallotService city;

    BallotView(BallotService ballots, ForumService forums, CityBallotService city) {
        this.ballots = ballots;
        this.forums = forums;
        this.city = city;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        show();
    }

    private void show() {
        removeAll();
        var ballot = ballots.get(id).orElse(null);
        if (ballot == null) {
            title = getTranslation("ballots.error.gone");
            add(new H2(title), new Anchor("ballots", getTranslation("ballots.back")));
            return;
        }
        title = ballot.question();
        add(new Anchor("ballots", getTranslation("ballots.back")), new H2(ballot.question()));
        add(new Paragraph(getTranslation("ballots.about", ballot.cityWide() ? getTranslation("city.label")
                : ballot.forumName(),
                getTranslation("ballots.kind." + ballot.kind().name()),
                getTranslation(ballot.secret() ? "ballots.secret.yes" : "ballots.secret.no"))));
        if (!ballot.tags().isEmpty()) {
            add(new Paragraph(getTranslation("ballots.tagsAre", String.join(", ", ballot.tags().stream().sorted()
                    .toList()))));
        }
        var state = new Paragraph(getTranslation("ballots.stateIs", getTranslation("ballots.state." + ballot.state().name()),
                getTranslation("meeting.turnout", ballot.turnout().voted(), ballot.turnout().eligible())));
        state.addClassName("ballot-turnout");
        state.getElement().setAttribute("role", "status");
        add(state);
        var controls = new HorizontalLayout();
        if (ballot.state() == BallotState.NOT_OPEN) {
            var open = new Button(getTranslation("ballots.open"), c -> Confirmations.ask(
                    getTranslation("ballots.open.confirm.title", ballot.question()),
                    getTranslation("ballots.open.confirm.text"), getTranslation("ballots.open"),
                    () -> change(() -> ballots.open(id))));
            open.addThemeVariants(ButtonVariant.PRIMARY);
            controls.add(open);
        }
        if (ballot.state() == BallotState.OPEN) {
            var close = new Button(getTranslation("ballots.close"), c -> Confirmations.ask(
                    getTranslation("ballots.close.confirm.title", ballot.question()),
                    getTranslation("ballots.close.confirm.text"), getTranslation("ballots.close"),
                    () -> change(() -> ballots.close(id))));
            close.addThemeVariants(ButtonVariant.PRIMARY);
            controls.add(close);
        }
        var refresh = new Button(getTranslation("ballots.refresh"), c -> show());
        controls.add(refresh);
        add(controls);
        var projector = new Anchor("meeting/" + ballot.meetingCode(), getTranslation("ballots.projector"),
                AnchorTarget.BLANK);
        add(new Paragraph(projector), new Paragraph(getTranslation("ballots.projector.help")));

        if (ballot.cityWide()) {
            add(groupsSection(ballot));
        } else if (ballot.publishedVersion() == 0 || ballot.correcting()) {
            add(paperSection(ballot));
        }
        if (!ballot.secret()) {
            add(openVotes());
        }
        if (ballot.state() == BallotState.CLOSED || ballot.liveResults()) {
            add(liveCount(ballot));
        }
        if (ballot.state() == BallotState.CLOSED) {
            add(publishSection(ballot));
        }
    }

    /** The count, or in plain words why a secret ballot's count is not shown yet. */
    private Div liveCount(Ballot ballot) {
        var section = new Div();
        var count = ballots.liveCount(id);
        if (count.result() != null) {
            section.add(new ResultsPanel(count.result(), 2));
            if (count.waiting() > 0) {
                section.add(new Paragraph(getTranslation("ballots.live.waiting", count.waiting())));
            }
        } else if (count.hidden() == LiveCount.Hidden.FEW_VOTERS) {
            var why = new Paragraph(getTranslation("ballots.live.fewVoters", count.threshold()));
            why.addClassName("ballot-count-hidden");
            section.add(new H3(getTranslation("results.heading")), why);
        }
        return section;
    }

    private Div paperSection(Ballot ballot) {
        var section = new Div();
        section.add(new H3(getTranslation("ballots.paper.heading")), new Paragraph(getTranslation("ballots.paper.intro")));
        // Who else may vote on paper: they join the eligible voters, and make room for their papers.
        var room = ballots.paperRoom(id);
        // A text field: this route's bundle chunk has text fields (an integer field would need a bundle rebuild).
        var paperVoters = new TextField(getTranslation("ballots.paper.voters"));
        paperVoters.setValue(String.valueOf(ballot.paperVoters()));
        paperVoters.setAllowedCharPattern("[0-9]");
        paperVoters.setMaxLength(7);
        paperVoters.setHelperText(getTranslation("ballots.paper.voters.help"));
        paperVoters.setWidth("24rem");
        var saveVoters = new Button(getTranslation("ballots.paper.voters.save"), c -> change(() ->
                ballots.setPaperVoters(id, wholeNumber(paperVoters.getValue()))));
        var votersRow = new HorizontalLayout(paperVoters, saveVoters);
        votersRow.setAlignItems(Alignment.BASELINE);
        var roomLine = new Paragraph(getTranslation("ballots.paper.room", room.papers(), room.left()));
        roomLine.addClassName("paper-room");
        section.add(votersRow, roomLine);
        // Who voted on paper, so nobody votes twice.
        var voters = ballots.voters(id);
        var members = forums.members(ballot.forumId()).stream().filter(m -> !voters.containsKey(m.memberId())).toList();
        var who = new ComboBox<ForumMember>(getTranslation("ballots.paper.who"));
        who.setItems(members);
        who.setItemLabelGenerator(m -> m.displayName() + " (" + m.username() + ")");
        who.setWidth("24rem");
        var tick = new Button(getTranslation("ballots.paper.tick"), c -> {
            var member = who.getValue();
            if (member != null) {
                Confirmations.ask(getTranslation("ballots.paper.tick.confirm.title", member.displayName()),
                        getTranslation("ballots.paper.tick.confirm.text"), getTranslation("ballots.paper.tick"),
                        () -> change(() -> ballots.markVotedOnPaper(id, member.memberId())));
            }
        });
        var tickRow = new HorizontalLayout(who, tick);
        tickRow.setAlignItems(Alignment.BASELINE);
        long onPaper = voters.values().stream().filter(Boolean::booleanValue).count();
        section.add(tickRow, new Paragraph(getTranslation("ballots.paper.ticked", onPaper)));

        // One paper ballot at a time.
        var entry = new FormLayout();
        java.util.function.Supplier<List<Integer>> marks;
        var labels = ballot.options();
        if (ballot.kind().ranked()) {
            var ranking = new TextField(getTranslation("ballots.paper.ranking"));
            ranking.setHelperText(getTranslation("ballots.paper.ranking.help", numbered(labels)));
            entry.add(ranking);
            marks = () -> parseRanking(ranking.getValue(), labels.size());
        } else if (ballot.kind() == BallotKind.APPROVAL) {
            var group = new CheckboxGroup<BallotOption>(getTranslation("ballots.paper.marked"));
            group.setItems(labels);
            group.setItemLabelGenerator(BallotOption::label);
            entry.add(group);
            marks = () -> labels.stream().filter(group.getValue()::contains).map(BallotOption::position).toList();
        } else {
            var group = new RadioButtonGroup<BallotOption>(getTranslation("ballots.paper.marked"));
            group.setItems(labels);
            group.setItemLabelGenerator(o -> ballot.kind() == BallotKind.MOTION
                    ? getTranslation("vote.motion." + o.label()) : o.label());
            entry.add(group);
            marks = () -> group.getValue() == null ? List.of() : List.of(group.getValue().position());
        }
        var addPaper = new Button(getTranslation("ballots.paper.add"), c -> {
            try {
                var positions = marks.get();
                // A paper cannot be taken out once it is in: say what it will count as first.
                Confirmations.ask(getTranslation("ballots.paper.add.confirm.title"),
                        getTranslation("ballots.paper.add.confirm.text", markedWords(ballot, positions)),
                        getTranslation("ballots.paper.add"), () -> change(() -> ballots.enterPaper(id, positions)));
            } catch (UserFacingException e) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        section.add(entry, addPaper);

        if (ballot.kind().ranked()) {
            var report = new Div();
            var upload = new Upload(LimitedUpload.inMemory(BallotFile.MAX_CHARACTERS,
                    (name, bytes) -> importFile(name, new String(bytes, StandardCharsets.UTF_8), report),
                    refusal -> {
                        report.removeAll();
                        report.add(new Paragraph(refusal));
                        report.getElement().setAttribute("role", "alert");
                    }));
            upload.setAcceptedFileTypes(".toi", ".soi", ".toc", ".soc", ".csv");
            upload.setMaxFileSize(BallotFile.MAX_CHARACTERS);
            upload.setDropAllowed(false);
            upload.setUploadButton(new Button(getTranslation("ballots.paper.import")));
            section.add(new Paragraph(getTranslation("ballots.paper.import.help")), upload, report);
        }
        return section;
    }

    /** Codes per group, turnout per group and votes per group, every small number hidden. */
    private Div groupsSection(Ballot ballot) {
        var section = new Div(new H3(getTranslation("city.groups.heading")),
                new Paragraph(getTranslation("city.groups.intro")));
        var results = city.resultsByGroup(id);
        var groups = new Grid<CityGroup>();
        StaffLists.fit(groups);
        StaffLists.words(groups.addColumn(CityGroup::name).setHeader(getTranslation("city.group.name")), 2);
        StaffLists.narrow(groups.addColumn(CityGroup::code).setHeader(getTranslation("city.code")));
        StaffLists.words(groups.addColumn(g -> "city-vote/" + g.code()).setHeader(getTranslation("city.link")), 1);
        StaffLists.narrow(groups.addColumn(CityGroup::eligible).setHeader(getTranslation("city.eligible")));
        StaffLists.narrow(groups.addColumn(g -> shown(g.voted())).setHeader(getTranslation("city.voted")));
        groups.setItems(city.groups(id));
        groups.setAllRowsVisible(true);
        groups.setAriaLabel(getTranslation("city.groups.heading"));
        section.add(groups, new H3(getTranslation("city.byGroup")), new Paragraph(getTranslation("city.byGroup.help",
                ballot.kind().ranked() ? getTranslation("city.byGroup.first") : "")));
        var table = new Grid<GroupResult>();
        StaffLists.fit(table);
        StaffLists.words(table.addColumn(GroupResult::name).setHeader(getTranslation("city.group.name")), 2);
        for (BallotOption option : ballot.options()) {
            int at = option.position();
            StaffLists.words(table.addColumn(r -> shown(r.topics().get(at))).setHeader(option.label()), 1);
        }
        table.setItems(results);
        table.setAllRowsVisible(true);
        table.setAriaLabel(getTranslation("city.byGroup"));
        section.add(table);
        return section;
    }

    /** A typed paper in words: "1. Beach, 2. Zoo", "Yes", or "no marks (a blank paper)". */
    private String markedWords(Ballot ballot, List<Integer> positions) {
        if (positions.isEmpty()) {
            return getTranslation("ballots.paper.add.blank");
        }
        var labels = ballot.options();
        var words = new ArrayList<String>();
        for (int i = 0; i < positions.size(); i++) {
            int at = positions.get(i);
            String label = labels.stream().filter(o -> o.position() == at).map(BallotOption::label).findFirst()
                    .orElse("?");
            if (ballot.kind() == BallotKind.MOTION) {
                label = getTranslation("vote.motion." + label);
            }
            words.add(ballot.kind().ranked() ? (i + 1) + ". " + label : label);
        }
        return String.join(", ", words);
    }

    private String shown(ShownCount count) {
        return count.suppressed() ? getTranslation("city.fewerThan", count.threshold()) : String.valueOf(count.value());
    }

    private void importFile(String fileName, String text, Div report) {
        report.removeAll();
        var format = BallotFormat.forFileName(fileName).orElse(null);
        if (format == null) {
            report.add(new Paragraph(getTranslation("ballots.paper.import.format")));
            return;
        }
        try {
            // Read first to say how many, then ask: papers cannot be taken out once they are in.
            var read = org.youthvoice.voting.internal.BallotFile.read(format, text, ballots.get(id).orElseThrow().labels());
            long count = read.ballots() + read.blankBallots();
            Confirmations.ask(getTranslation("ballots.paper.import.confirm.title", count, fileName),
                    getTranslation("ballots.paper.import.confirm.text"),
                    getTranslation("ballots.paper.import.confirm.do", count), () -> {
                        try {
                            long added = ballots.importPapers(id, format, text);
                            Notifications.success(getTranslation("ballots.paper.import.done", added));
                            show();
                        } catch (UserFacingException e) {
                            report.add(new Paragraph(getTranslation(e.messageKey(), e.arguments())));
                            report.getElement().setAttribute("role", "alert");
                        }
                    });
        } catch (BallotFileException e) {
            var items = new UnorderedList();
            for (BallotFileProblem p : e.problems()) {
                items.add(new ListItem(getTranslation("ballots.paper.import.line", p.line(),
                        getTranslation(p.messageKey(), p.arguments().toArray()))));
            }
            report.add(new H3(getTranslation(e.messageKey(), e.arguments())), items);
            report.getElement().setAttribute("role", "alert");
        } catch (UserFacingException e) {
            report.add(new Paragraph(getTranslation(e.messageKey(), e.arguments())));
        }
    }

    private Div openVotes() {
        var section = new Div(new H3(getTranslation("ballots.openVotes")));
        var grid = new Grid<Map.Entry<String, List<String>>>();
        StaffLists.fit(grid);
        StaffLists.words(grid.addColumn(Map.Entry::getKey).setHeader(getTranslation("account.displayName")), 1);
        StaffLists.words(grid.addColumn(e -> String.join(", ", e.getValue()))
                .setHeader(getTranslation("ballots.openVotes.voted")), 2);
        grid.setItems(new ArrayList<>(ballots.openVotes(id).entrySet()));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("ballots.openVotes"));
        section.add(grid);
        return section;
    }

    private Div publishSection(Ballot ballot) {
        var section = new Div(new H3(getTranslation("ballots.publish.heading")));
        var versions = ballots.publishedVersions(id);
        for (PublishedResult v : versions) {
            section.add(new Paragraph(getTranslation(v.correction() == null ? "ballots.publish.version"
                    : "ballots.publish.corrected", v.version(), v.publishedAt().toLocalDate(),
                    v.correction() == null ? "" : v.correction())));
        }
        if (ballot.publishedVersion() > 0 && !ballot.correcting()) {
            var reason = new TextField(getTranslation("ballots.correction.reason"));
            reason.setWidth("32rem");
            var start = new Button(getTranslation("ballots.correction.start"),
                    c -> change(() -> ballots.startCorrection(id, reason.getValue())));
            var row = new HorizontalLayout(reason, start);
            row.setAlignItems(Alignment.BASELINE);
            section.add(new Paragraph(getTranslation("ballots.correction.help")), row);
            return section;
        }
        var summary = new TextArea(getTranslation("ballots.publish.summary"));
        summary.setHelperText(getTranslation("ballots.publish.summary.help"));
        summary.setMaxLength(1000);
        summary.setWidth("40rem");
        section.add(summary);
        var bands = new EnumMap<AgeBand, TextArea>(AgeBand.class);
        for (AgeBand band : AgeBand.values()) {
            var words = new TextArea(getTranslation("ballots.publish.forBand", band.label()));
            words.setMaxLength(1000);
            words.setWidth("40rem");
            bands.put(band, words);
            section.add(words);
        }
        var correction = new TextField(getTranslation("ballots.correction.reason"));
        correction.setWidth("32rem");
        correction.setVisible(ballot.correcting());
        section.add(correction);
        var publish = new Button(getTranslation(ballot.correcting() ? "ballots.publish.correction" : "ballots.publish"),
                c -> {
                    var map = new EnumMap<AgeBand, String>(AgeBand.class);
                    bands.forEach((band, field) -> map.put(band, field.getValue()));
                    Confirmations.ask(getTranslation(ballot.correcting() ? "ballots.publish.confirm.correction"
                            : "ballots.publish.confirm.title", ballot.question()),
                            getTranslation("ballots.publish.confirm.text"), getTranslation(ballot.correcting()
                                    ? "ballots.publish.correction" : "ballots.publish"),
                            () -> change(() -> ballots.publish(id, summary.getValue(), map, correction.getValue())));
                });
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        section.add(publish);
        return section;
    }

    private String numbered(List<BallotOption> options) {
        var parts = new ArrayList<String>();
        for (BallotOption o : options) {
            parts.add((o.position() + 1) + " = " + o.label());
        }
        return String.join(", ", parts);
    }

    /** A whole number typed in a text field, or -1 (refused by the service in words) when it is not one. */
    static int wholeNumber(String text) {
        String digits = text == null ? "" : text.strip();
        return digits.matches("\\d{1,7}") ? Integer.parseInt(digits) : -1;
    }

    /** "3 1 2" or "3,1,2": option numbers as on the helper text, first choice first. */
    static List<Integer> parseRanking(String text, int options) {
        var list = new ArrayList<Integer>();
        for (String part : text.strip().split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                int n = Integer.parseInt(part);
                if (n < 1 || n > options) {
                    throw new UserFacingException("ballots.paper.ranking.bad", options);
                }
                list.add(n - 1);
            } catch (NumberFormatException e) {
                throw new UserFacingException("ballots.paper.ranking.bad", options);
            }
        }
        return list;
    }

    private void change(Runnable change) {
        if (Notifications.attempt(change)) {
            Notifications.success(getTranslation("staff.saved"));
            show();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
