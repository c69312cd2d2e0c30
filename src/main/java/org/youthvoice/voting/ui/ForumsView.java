package org.youthvoice.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.RowActions;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.people.AccountService;
import org.youthvoice.people.AccountSummary;
import org.youthvoice.security.Roles;
import org.youthvoice.voting.internal.Forum;
import org.youthvoice.voting.internal.ForumMember;
import org.youthvoice.voting.internal.ForumService;
import org.youthvoice.voting.internal.Participation;

/** Officers make forums, choose their members, and see who took part in which vote over time. */
@Route(value = "forums", layout = StaffLayout.class)
@Menu(title = "nav.forums", order = 24)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class ForumsView extends VerticalLayout implements HasDynamicTitle {

    private final ForumService forums;
    private final Grid<Forum> grid = new Grid<>();
    private final Grid<ForumMember> members = new Grid<>();
    private final H3 membersHeading = new H3();
    private final ComboBox<AccountSummary> addMember;
    private final VerticalLayout memberPanel = new VerticalLayout();
    private @Nullable Forum selected;

    ForumsView(ForumService forums, AccountService accounts) {
        this.forums = forums;
        setWidthFull();
        var create = new Button(getTranslation("forums.new"), c -> openNew());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        StaffLists.fit(grid);
        StaffLists.words(grid.addColumn(Forum::name).setHeader(getTranslation("forums.name")), 1);
        StaffLists.narrow(grid.addColumn(Forum::members).setHeader(getTranslation("forums.members")));
        RowActions.of(grid).button(getTranslation("forums.manage"), f -> getTranslation("forums.manage.for", f.name()),
                this::select).column(getTranslation("account.actions"));
        grid.setAriaLabel(getTranslation("forums.heading"));
        grid.setAllRowsVisible(true);

        addMember = new ComboBox<>(getTranslation("forums.addMember"));
        addMember.setItems(query -> accounts.listMembers(query.getFilter().orElse(null),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        addMember.setItemLabelGenerator(a -> a.displayName() + " (" + a.username() + ")");
        addMember.setWidth("24rem");
        var add = new Button(getTranslation("forums.add"), c -> {
            if (selected != null && addMember.getValue() != null) {
                long forumId = selected.id();
                run(() -> forums.addMember(forumId, addMember.getValue().id()));
                addMember.clear();
            }
        });
        var addRow = new HorizontalLayout(addMember, add);
        addRow.setAlignItems(Alignment.BASELINE);
        StaffLists.fit(members);
        StaffLists.words(members.addColumn(ForumMember::displayName).setHeader(getTranslation("account.displayName")),
                2);
        StaffLists.words(members.addColumn(ForumMember::username).setHeader(getTranslation("account.username")), 1);
        StaffLists.narrow(members.addColumn(m -> m.ageBand() == null ? "" : m.ageBand().label())
                .setHeader(getTranslation("members.ageBand")));
        StaffLists.narrow(members.addColumn(ForumMember::joinedOn).setHeader(getTranslation("forums.joined")));
        StaffLists.narrow(members.addColumn(m -> getTranslation("forums.votedIn", m.votedIn(), m.ballotsSinceJoining()))
                .setHeader(getTranslation("forums.participation")));
        RowActions.of(members)
                .button(getTranslation("forums.history"), m -> getTranslation("forums.history.for", m.displayName()),
                        this::openHistory)
                .button(getTranslation("forums.remove"), m -> getTranslation("forums.remove.for", m.displayName()),
                        m -> {
                            if (selected != null) {
                                long forumId = selected.id();
                                run(() -> forums.removeMember(forumId, m.memberId()));
                            }
                        })
                .column(getTranslation("account.actions"));
        members.setAriaLabel(getTranslation("forums.members"));
        members.setAllRowsVisible(true);
        memberPanel.setPadding(false);
        memberPanel.add(membersHeading, addRow, members);
        memberPanel.setVisible(false);
        add(new H2(getTranslation("forums.heading")), new Paragraph(getTranslation("forums.intro")), create, grid,
                memberPanel);
        refresh();
    }

    private void select(Forum forum) {
        selected = forum;
        membersHeading.setText(getTranslation("forums.membersOf", forum.name()));
        memberPanel.setVisible(true);
        StaffLists.show(members, forums.members(forum.id()));
    }

    private void openNew() {
        var dialog = new Dialog(getTranslation("forums.new"));
        var name = new TextField(getTranslation("forums.name"));
        name.setMaxLength(120);
        name.setHelperText(getTranslation("forums.name.help"));
        var description = new TextArea(getTranslation("forums.description"));
        description.setMaxLength(500);
        var save = new Button(getTranslation("action.save"), c -> {
            if (Notifications.attempt(() -> forums.create(name.getValue(), description.getValue()))) {
                Notifications.success(getTranslation("staff.saved"));
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new FormLayout(name, description));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void openHistory(ForumMember member) {
        if (selected == null) {
            return;
        }
        var dialog = new Dialog(getTranslation("forums.history.for", member.displayName()));
        var history = new Grid<Participation>();
        history.addColumn(Participation::heldOn).setHeader(getTranslation("forums.history.date")).setAutoWidth(true);
        StaffLists.fit(history);
        StaffLists.words(history.addColumn(Participation::question).setHeader(getTranslation("ballots.question")), 1);
        history.addColumn(p -> getTranslation(!p.voted() ? "forums.history.no"
                : p.onPaper() ? "forums.history.paper" : "forums.history.online"))
                .setHeader(getTranslation("forums.history.voted")).setAutoWidth(true);
        history.setItems(forums.participation(selected.id(), member.memberId()));
        history.setAriaLabel(getTranslation("forums.history.for", member.displayName()));
        history.setWidth("min(48rem, 85vw)");
        dialog.add(new Paragraph(getTranslation("forums.history.explain")), history);
        dialog.getFooter().add(new Button(getTranslation("action.close"), c -> dialog.close()));
        dialog.open();
    }

    private void run(Runnable change) {
        if (Notifications.attempt(change)) {
            Notifications.success(getTranslation("staff.saved"));
            refresh();
            if (selected != null) {
                long id = selected.id();
                forums.list().stream().filter(f -> f.id() == id).findFirst().ifPresent(this::select);
            }
        }
    }

    private void refresh() {
        StaffLists.show(grid, forums.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forums.heading");
    }
}
