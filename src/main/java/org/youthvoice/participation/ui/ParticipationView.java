package org.youthvoice.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.youthvoice.actions.ActionService;
import org.youthvoice.actions.ActionView;
import org.youthvoice.base.ShownCount;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.RowActions;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.participation.internal.EventType;
import org.youthvoice.participation.internal.ParticipationCounts;
import org.youthvoice.participation.internal.ParticipationEventForm;
import org.youthvoice.participation.internal.ParticipationEventView;
import org.youthvoice.participation.internal.ParticipationService;
import org.youthvoice.participation.internal.PeriodCounts;
import org.youthvoice.participation.internal.YearKind;
import org.youthvoice.people.AccountService;
import org.youthvoice.people.AccountSummary;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;

/**
 * Officers record participation events and read the counts the corporate parenting plan asks for. Viewers
 * (councillors, senior leaders) read the counts only: the events list names groups and opens who came.
 */
@Route(value = "participation", layout = StaffLayout.class)
@Menu(title = "nav.participation", order = 32)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.VIEWER})
class ParticipationView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final ParticipationService participation;
    private final AccountService accounts;
    private final ActionService actions;
    private final Grid<ParticipationEventView> events = new Grid<>();
    private final Grid<PeriodCounts> counts = new Grid<>();
    private final RadioButtonGroup<YearKind> yearKind = new RadioButtonGroup<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Paragraph ages = new Paragraph();
    private final Grid<ParticipationCounts.GroupCounts> groups = new Grid<>();

    ParticipationView(ParticipationService participation, AccountService accounts, ActionService actions,
            AuthenticationContext authentication) {
        this.participation = participation;
        this.accounts = accounts;
        this.actions = actions;
        setWidthFull();
        var add = new Button(getTranslation("participation.new"), c -> openEvent(null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        events.addColumn(ParticipationEventView::heldOn).setHeader(getTranslation("participation.day"))
                .setAutoWidth(true);
        // The type wraps in a set width: "Children in care council meeting" on one line pushed the list past 1366 px.
        StaffLists.fixed(events.addColumn(e -> getTranslation("participation.type." + e.type().name()))
                .setHeader(getTranslation("participation.type")), 9);
        StaffLists.fit(events);
        StaffLists.words(events.addColumn(ParticipationEventView::group).setHeader(getTranslation("participation.group")),
                1);
        events.addColumn(ParticipationEventView::inCare).setHeader(getTranslation("participation.inCare"))
                .setAutoWidth(true);
        events.addColumn(ParticipationEventView::careLeavers).setHeader(getTranslation("participation.careLeavers"))
                .setAutoWidth(true);
        events.addColumn(ParticipationEventView::others).setHeader(getTranslation("participation.others"))
                .setAutoWidth(true);
        events.addColumn(e -> e.members().size()).setHeader(getTranslation("participation.members.count"))
                .setAutoWidth(true);
        RowActions.of(events).button(getTranslation("participation.edit"),
                e -> getTranslation("participation.edit.for", e.heldOn(), e.group()), this::openEvent)
                .column(getTranslation("account.actions"));
        events.setItems(q -> participation.list(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) participation.count());
        events.setAriaLabel(getTranslation("participation.events"));
        events.setHeight("22rem");

        yearKind.setLabel(getTranslation("participation.yearKind"));
        yearKind.setItems(YearKind.values());
        yearKind.setItemLabelGenerator(k -> getTranslation("participation.yearKind." + k.name()));
        yearKind.setValue(YearKind.FINANCIAL);
        year.setLabel(getTranslation("participation.year"));
        year.setItemLabelGenerator(this::yearLabel);
        yearKind.addValueChangeListener(e -> refreshYears(LocalDate.now()));
        year.addValueChangeListener(e -> refreshCounts());
        counts.addColumn(this::periodLabel).setHeader(getTranslation("participation.period")).setAutoWidth(true);
        counts.addColumn(PeriodCounts::events).setHeader(getTranslation("participation.counts.events"))
                .setAutoWidth(true);
        counts.addColumn(p -> shown(p.inCare())).setHeader(getTranslation("participation.inCare")).setAutoWidth(true);
        counts.addColumn(p -> shown(p.careLeavers())).setHeader(getTranslation("participation.careLeavers"))
                .setAutoWidth(true);
        counts.addColumn(p -> shown(p.others())).setHeader(getTranslation("participation.others")).setAutoWidth(true);
        counts.addColumn(p -> shown(p.attendances())).setHeader(getTranslation("participation.counts.attendances"))
                .setAutoWidth(true);
        counts.addColumn(p -> shown(p.surveysInCare())).setHeader(getTranslation("participation.counts.surveysInCare"))
                .setAutoWidth(true);
        counts.addColumn(p -> shown(p.surveysCareLeavers()))
                .setHeader(getTranslation("participation.counts.surveysCareLeavers")).setAutoWidth(true);
        counts.addColumn(p -> shown(p.surveyResponses())).setHeader(getTranslation("participation.counts.surveys"))
                .setAutoWidth(true);
        counts.addColumn(p -> shown(p.votes())).setHeader(getTranslation("participation.counts.votes"))
                .setAutoWidth(true);
        counts.addColumn(p -> shown(p.feedback())).setHeader(getTranslation("participation.counts.feedback"))
                .setAutoWidth(true);
        // A dozen counts side by side: each column as narrow as a number, its heading wrapped, the period wider.
        StaffLists.fit(counts);
        counts.getColumns().forEach(column -> StaffLists.words(column, 1).setWidth("4.5rem"));
        StaffLists.words(counts.getColumns().getFirst(), 2);
        counts.setAllRowsVisible(true);
        counts.setAriaLabel(getTranslation("participation.counts"));

        StaffLists.fit(groups);
        StaffLists.words(groups.addColumn(ParticipationCounts.GroupCounts::group)
                .setHeader(getTranslation("participation.group")), 1);
        groups.addColumn(ParticipationCounts.GroupCounts::events)
                .setHeader(getTranslation("participation.counts.events")).setAutoWidth(true);
        groups.addColumn(g -> shown(g.attendances()))
                .setHeader(getTranslation("participation.counts.attendances")).setAutoWidth(true);
        groups.setAllRowsVisible(true);
        groups.setAriaLabel(getTranslation("participation.byGroup"));

        add(new H2(getTranslation("participation.heading")));
        if (authentication.hasAnyRole(Roles.OFFICER, Roles.ADMIN)) {
            add(new Paragraph(getTranslation("participation.intro")), add, events);
        } else {
            add(new Paragraph(getTranslation("participation.intro.viewer")));
        }
        add(new H3(getTranslation("participation.counts")),
                new Paragraph(getTranslation("participation.counts.explain")), new HorizontalLayout(yearKind, year),
                counts, ages, new H3(getTranslation("participation.byGroup")), groups);
        refreshYears(LocalDate.now());
    }

    /**
     * Lists the years with events and shows the one holding {@code day}: this year when the page opens, the event's
     * year after one is saved. Events planned for years to come must not hide this year's counts.
     */
    private void refreshYears(LocalDate day) {
        var kind = yearKind.getValue() == null ? YearKind.FINANCIAL : yearKind.getValue();
        var years = participation.years(kind);
        year.setItems(years);
        int wanted = kind.yearOf(day);
        year.setValue(years.contains(wanted) ? wanted : years.getFirst());
        refreshCounts();
    }

    private void refreshCounts() {
        if (year.getValue() == null || yearKind.getValue() == null) {
            return;
        }
        ParticipationCounts shown = participation.counts(yearKind.getValue(), year.getValue());
        var rows = new java.util.ArrayList<>(shown.quarters());
        rows.add(shown.year());
        counts.setItems(rows);
        groups.setItems(shown.byGroup());
        var parts = new java.util.ArrayList<String>();
        for (AgeBand band : AgeBand.values()) {
            parts.add(getTranslation("participation.ages.band", band.label(), shown(shown.byAge().get(band))));
        }
        parts.add(getTranslation("participation.ages.notKnown", shown(shown.ageNotKnown())));
        ages.setText(getTranslation("participation.ages", yearLabel(year.getValue()), String.join("; ", parts)));
    }

    private String shown(ShownCount count) {
        return count.suppressed() ? getTranslation("participation.fewerThan", count.threshold())
                : String.valueOf(count.value());
    }

    private String yearLabel(Integer start) {
        return yearKind.getValue() == YearKind.CALENDAR ? String.valueOf(start)
                : getTranslation("participation.financialYear", String.valueOf(start),
                        String.format("%02d", (start + 1) % 100));
    }

    private String periodLabel(PeriodCounts period) {
        if (period.to().equals(period.from().plusMonths(3).minusDays(1))) {
            return getTranslation("participation.quarter", MONTH.format(period.from()).split(" ")[0],
                    MONTH.format(period.to()));
        }
        return getTranslation("participation.wholeYear", yearLabel(year.getValue()));
    }

    private void openEvent(@Nullable ParticipationEventView existing) {
        var dialog = new Dialog(getTranslation(existing == null ? "participation.new" : "participation.edit.title"));
        dialog.setWidth("min(60rem, 95vw)");
        var day = new DatePicker(getTranslation("participation.day"));
        day.setLocale(Locale.UK);
        var type = new ComboBox<EventType>(getTranslation("participation.type"));
        type.setItems(EventType.values());
        type.setItemLabelGenerator(t -> getTranslation("participation.type." + t.name()));
        var group = new TextField(getTranslation("participation.group"));
        group.setHelperText(getTranslation("participation.group.help"));
        group.setMaxLength(200);
        var inCare = count("participation.inCare");
        var careLeavers = count("participation.careLeavers");
        var others = count("participation.others");
        var byAge = new EnumMap<AgeBand, IntegerField>(AgeBand.class);
        for (AgeBand band : AgeBand.values()) {
            var field = new IntegerField(getTranslation("participation.aged", band.label()));
            field.setMin(0);
            byAge.put(band, field);
        }
        var asked = new TextArea(getTranslation("participation.asked"));
        asked.setMaxLength(2000);
        var cameOut = new TextArea(getTranslation("participation.cameOut"));
        cameOut.setMaxLength(2000);
        var linked = new MultiSelectComboBox<Long>(getTranslation("participation.actions"));
        var actionWords = new java.util.LinkedHashMap<Long, String>();
        for (ActionView a : actions.list()) {
            actionWords.put(a.id(), a.youSaid());
        }
        linked.setItems(actionWords.keySet());
        linked.setItemLabelGenerator(id -> actionWords.getOrDefault(id, "#" + id));

        Set<Long> ticked = new HashSet<>();
        var tickedCount = new Paragraph();
        var search = new TextField(getTranslation("participation.members.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        var members = new Grid<AccountSummary>();
        members.addComponentColumn(m -> {
            var box = new Checkbox(m.displayName() + " (" + m.username() + ")", ticked.contains(m.id()));
            box.addValueChangeListener(e -> {
                if (e.getValue()) {
                    ticked.add(m.id());
                } else {
                    ticked.remove(m.id());
                }
                tickedCount.setText(getTranslation("participation.members.ticked", ticked.size()));
            });
            return box;
        }).setHeader(getTranslation("participation.members.came")).setFlexGrow(1);
        StaffLists.fit(members);
        members.addColumn(m -> m.ageBand() == null ? "" : m.ageBand().label())
                .setHeader(getTranslation("participation.members.age")).setAutoWidth(true);
        members.setItems(q -> accounts.listMembers(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q))
                .stream(), q -> (int) accounts.countMembers(search.getValue()));
        members.setHeight("14rem");
        members.setAriaLabel(getTranslation("participation.members"));
        search.addValueChangeListener(e -> members.getDataProvider().refreshAll());

        if (existing != null) {
            day.setValue(existing.heldOn());
            type.setValue(existing.type());
            group.setValue(existing.group());
            inCare.setValue(existing.inCare());
            careLeavers.setValue(existing.careLeavers());
            others.setValue(existing.others());
            byAge.forEach((band, field) -> {
                int n = existing.byAge().getOrDefault(band, 0);
                field.setValue(n == 0 ? null : n);
            });
            asked.setValue(existing.asked() == null ? "" : existing.asked());
            cameOut.setValue(existing.cameOut() == null ? "" : existing.cameOut());
            linked.setValue(existing.actions().stream().filter(actionWords::containsKey)
                    .collect(java.util.stream.Collectors.toSet()));
            ticked.addAll(existing.members());
        } else {
            day.setValue(LocalDate.now());
        }
        tickedCount.setText(getTranslation("participation.members.ticked", ticked.size()));

        var save = new Button(getTranslation("action.save"), c -> {
            var ageCounts = new EnumMap<AgeBand, Integer>(AgeBand.class);
            byAge.forEach((band, field) -> ageCounts.put(band, value(field)));
            var form = new ParticipationEventForm(day.getValue(), type.getValue(), group.getValue(), value(inCare),
                    value(careLeavers), value(others), ageCounts, asked.getValue(), cameOut.getValue(), ticked,
                    linked.getValue());
            if (Notifications.attempt(() -> {
                if (existing == null) {
                    participation.record(form);
                } else {
                    participation.update(existing.id(), form);
                }
            })) {
                Notifications.success(getTranslation("staff.saved"));
                dialog.close();
                events.getDataProvider().refreshAll();
                refreshYears(form.heldOn() == null ? LocalDate.now() : form.heldOn());
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var attendance = new FormLayout(inCare, careLeavers, others);
        var agesForm = new FormLayout();
        byAge.values().forEach(agesForm::add);
        dialog.add(new FormLayout(day, type, group), new H3(getTranslation("participation.attendance")),
                new Paragraph(getTranslation("participation.attendance.help")), attendance,
                new H3(getTranslation("participation.ages.heading")),
                new Paragraph(getTranslation("participation.ages.help")), agesForm, new FormLayout(asked, cameOut),
                linked, new H3(getTranslation("participation.members")),
                new Paragraph(getTranslation("participation.members.help")), search, members, tickedCount);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private IntegerField count(String key) {
        var field = new IntegerField(getTranslation(key));
        field.setMin(0);
        field.setValue(0);
        return field;
    }

    /** An empty box counts as 0; a number the box could not read is refused by the service. */
    private static int value(IntegerField field) {
        Integer v = field.getValue();
        if (v == null) {
            return field.isEmpty() && !field.isInvalid() ? 0 : -1;
        }
        return v;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participation.heading");
    }
}
