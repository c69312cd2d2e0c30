package org.youthvoice.actions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.youthvoice.actions.ActionService;
import org.youthvoice.actions.ActionStatus;
import org.youthvoice.actions.ActionView;
import org.youthvoice.actions.Evidence;
import org.youthvoice.actions.NewAction;
import org.youthvoice.actions.internal.ActionPosters;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.RowActions;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.framework.FrameworkSummary;
import org.youthvoice.framework.NodeKind;
import org.youthvoice.insight.Quote;
import org.youthvoice.insight.QuoteService;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;

/** Officers write what young people said and what the council does about it, link priorities, and publish. */
@Route(value = "actions", layout = StaffLayout.class)
@Menu(title = "nav.actions", order = 35)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class ActionsView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    /** {@code actions?overdue} (the start page's link) opens the list with only overdue actions. */
    static final String OVERDUE = "overdue";

    private final ActionService actions;
    private final ActionPosters posters;
    private final QuoteService quotes;
    private final Grid<ActionView> grid = new Grid<>();
    private final Map<String, String> priorities = new LinkedHashMap<>();
    private final com.vaadin.flow.component.checkbox.Checkbox overdueOnly = new com.vaadin.flow.component.checkbox
            .Checkbox();

    ActionsView(ActionService actions, ActionPosters posters, QuoteService quotes, FrameworkService frameworks) {
        this.actions = actions;
        this.posters = posters;
        this.quotes = quotes;
        setWidthFull();
        for (FrameworkSummary f : frameworks.list()) {
            if (!f.retired()) {
                frameworks.tree(f.code()).ifPresent(tree -> tree.nodes().stream()
                        .filter(n -> n.kind() != NodeKind.OUTCOME && !n.removed())
                        .forEach(n -> priorities.put(n.code(), n.title())));
            }
        }
        var add = new Button(getTranslation("actions.new"), c -> openNew());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        StaffLists.fit(grid);
        StaffLists.words(grid.addColumn(ActionView::youSaid).setHeader(getTranslation("actions.youSaid")), 1);
        StaffLists.words(grid.addColumn(ActionView::weDo).setHeader(getTranslation("actions.weDo")), 1);
        StaffLists.narrow(grid.addColumn(a -> getTranslation("actions.status." + a.status().name()))
                .setHeader(getTranslation("actions.status")));
        StaffLists.narrow(grid.addColumn(a -> a.dueOn() == null ? "" : a.dueOn().toString())
                .setHeader(getTranslation("actions.due")));
        StaffLists.narrow(grid.addColumn(a -> getTranslation(a.published() ? "actions.published" : "actions.draft"))
                .setHeader(getTranslation("actions.shown")));
        RowActions.of(grid)
                .button(a -> getTranslation(a.published() ? "actions.unpublish" : "actions.publish"),
                        a -> getTranslation(a.published() ? "actions.unpublish.for" : "actions.publish.for", a.id()),
                        a -> run(() -> actions.setPublished(a.id(), !a.published())))
                .button(getTranslation("actions.words"), a -> getTranslation("actions.words.for", a.id()),
                        this::openWords)
                .button(getTranslation("actions.evidence"), a -> getTranslation("actions.evidence.for", a.id()),
                        this::openEvidence)
                .button(getTranslation("actions.poster"), a -> getTranslation("actions.poster.for", a.id()),
                        this::openPoster)
                .stacked()
                .column(getTranslation("account.actions"));
        grid.setAriaLabel(getTranslation("actions.heading"));
        overdueOnly.setLabel(getTranslation("actions.filter.overdue"));
        overdueOnly.addValueChangeListener(e -> refresh());
        var tools = new HorizontalLayout(add, overdueOnly);
        tools.setAlignItems(Alignment.CENTER);
        add(new H2(getTranslation("actions.heading")), new Paragraph(getTranslation("actions.intro")), tools, grid);
        refresh();
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey(OVERDUE)) {
            overdueOnly.setValue(true);
        }
    }

    private void openNew() {
        var dialog = new Dialog(getTranslation("actions.new"));
        var youSaid = new TextArea(getTranslation("actions.youSaid"));
        youSaid.setHelperText(getTranslation("actions.youSaid.help"));
        youSaid.setMaxLength(1000);
        var weDo = new TextArea(getTranslation("actions.weDo"));
        weDo.setHelperText(getTranslation("actions.weDo.help"));
        weDo.setMaxLength(1000);
        var status = new ComboBox<ActionStatus>(getTranslation("actions.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("actions.status." + s.name()));
        status.setValue(ActionStatus.PLANNED);
        var owner = new TextField(getTranslation("actions.owner"));
        var due = new DatePicker(getTranslation("actions.due"));
        var topics = new MultiSelectComboBox<String>(getTranslation("actions.priorities"));
        topics.setItems(priorities.keySet());
        topics.setItemLabelGenerator(code -> priorities.get(code) + " (" + code + ")");
        var save = new Button(getTranslation("action.save"), c -> run(() -> {
            actions.create(new NewAction(youSaid.getValue(), weDo.getValue(), status.getValue(), owner.getValue(),
                    due.getValue(), topics.getValue()));
            dialog.close();
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new FormLayout(youSaid, weDo, status, owner, due, topics));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void openWords(ActionView action) {
        var dialog = new Dialog(getTranslation("actions.words.for", action.id()));
        var band = new ComboBox<AgeBand>(getTranslation("feedback.channel.ageBand"));
        band.setItems(AgeBand.values());
        band.setItemLabelGenerator(AgeBand::label);
        band.setValue(AgeBand.AGE_8_11);
        var youSaid = new TextArea(getTranslation("actions.youSaid"));
        var weDo = new TextArea(getTranslation("actions.weDo"));
        var save = new Button(getTranslation("action.save"), c -> run(() -> {
            actions.setWordsFor(action.id(), band.getValue(), youSaid.getValue(), weDo.getValue());
            dialog.close();
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph(getTranslation("actions.words.explain")), new H3(action.youSaid()),
                new FormLayout(band, youSaid, weDo));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    /** What young people said that the action answers, and the quotes it shows once approved. */
    private void openEvidence(ActionView action) {
        var dialog = new Dialog(getTranslation("actions.evidence.for", action.id()));
        dialog.setWidth("min(56rem, 95vw)");
        var linked = new Div();
        var linkedQuotes = new Div();
        Runnable[] refreshHolder = new Runnable[1];
        Runnable refresh = () -> refreshHolder[0].run();
        refreshHolder[0] = () -> {
            linked.removeAll();
            var evidence = actions.evidence(action.id());
            if (evidence.isEmpty()) {
                linked.add(new Paragraph(getTranslation("actions.evidence.none")));
            }
            for (Evidence e : evidence) {
                var remove = new Button(getTranslation("actions.evidence.remove"));
                remove.setAriaLabel(getTranslation("actions.evidence.remove.for", e.label()));
                remove.addClickListener(c -> change(() -> actions.unlinkEvidence(action.id(), e.kind(), e.ref()),
                        refresh, null));
                var row = new HorizontalLayout(new Span(getTranslation("actions.evidence.kind." + e.kind()) + ": "
                        + e.label()), remove);
                row.setAlignItems(HorizontalLayout.Alignment.CENTER);
                linked.add(row);
            }
            linkedQuotes.removeAll();
            var shown = actions.quotes(action.id());
            if (shown.isEmpty()) {
                linkedQuotes.add(new Paragraph(getTranslation("actions.quotes.none")));
            }
            for (Quote q : shown) {
                var remove = new Button(getTranslation("actions.evidence.remove"));
                remove.setAriaLabel(getTranslation("actions.quotes.remove.for", q.id()));
                remove.addClickListener(c -> change(() -> actions.unlinkQuote(action.id(), q.id()), refresh, null));
                var row = new HorizontalLayout(new Span("\u201c" + q.text() + "\u201d"),
                        new Span(getTranslation(q.approved() ? "quotes.approved" : "quotes.waiting")), remove);
                row.setAlignItems(HorizontalLayout.Alignment.CENTER);
                linkedQuotes.add(row);
            }
        };
        refresh.run();

        var kind = new ComboBox<String>(getTranslation("actions.evidence.kind"));
        kind.setItems(actions.evidenceKinds());
        kind.setItemLabelGenerator(k -> getTranslation("actions.evidence.kind." + k));
        var choice = new ComboBox<Evidence>(getTranslation("actions.evidence.choose"));
        choice.setItemLabelGenerator(Evidence::label);
        choice.setWidth("32rem");
        choice.setEnabled(false);
        kind.addValueChangeListener(e -> {
            choice.clear();
            choice.setEnabled(e.getValue() != null);
            if (e.getValue() != null) {
                String chosen = e.getValue();
                choice.setItems(q -> actions.evidenceChoices(chosen, q.getFilter().orElse(null)).stream()
                        .skip(q.getOffset()).limit(q.getLimit()));
            }
        });
        var link = new Button(getTranslation("actions.evidence.link"), c -> {
            if (choice.getValue() != null) {
                change(() -> actions.linkEvidence(action.id(), choice.getValue().kind(), choice.getValue().ref()),
                        refresh, null);
                choice.clear();
            }
        });
        var addEvidence = new HorizontalLayout(kind, choice, link);
        addEvidence.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        var quote = new ComboBox<Quote>(getTranslation("actions.quotes.choose"));
        quote.setItemLabelGenerator(q -> "\u201c" + q.text() + "\u201d (" + getTranslation(q.approved()
                ? "quotes.approved" : "quotes.waiting") + ")");
        quote.setItems(q -> quotes.list(q.getFilter().orElse(null), 50).stream().skip(q.getOffset())
                .limit(q.getLimit()));
        quote.setWidth("32rem");
        var linkQuote = new Button(getTranslation("actions.quotes.link"), c -> {
            if (quote.getValue() != null) {
                change(() -> actions.linkQuote(action.id(), quote.getValue().id()), refresh, null);
                quote.clear();
            }
        });
        var addQuote = new HorizontalLayout(quote, linkQuote);
        addQuote.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        dialog.add(new H3(action.youSaid()), new H3(getTranslation("actions.evidence.heading")),
                new Paragraph(getTranslation("actions.evidence.explain")), linked, addEvidence,
                new H3(getTranslation("actions.quotes.heading")), new Paragraph(getTranslation("actions.quotes.explain")),
                linkedQuotes, addQuote);
        dialog.getFooter().add(new Button(getTranslation("actions.close"), c -> dialog.close()));
        dialog.open();
    }

    private void change(Runnable change, Runnable then, @Nullable Dialog close) {
        if (Notifications.attempt(change)) {
            Notifications.success(getTranslation("staff.saved"));
            if (close != null) {
                close.close();
            }
            then.run();
        }
    }

    /** The one-page poster, in the words for an age band if one is chosen. */
    private void openPoster(ActionView action) {
        var dialog = new Dialog(getTranslation("actions.poster.for", action.id()));
        var band = new ComboBox<AgeBand>(getTranslation("actions.poster.ageBand"));
        band.setItems(AgeBand.values());
        band.setItemLabelGenerator(AgeBand::label);
        band.setClearButtonVisible(true);
        band.setHelperText(getTranslation("actions.poster.ageBand.help"));
        String link = pageLink(action.id());
        var download = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] pdf = posters.poster(action.id(), band.getValue(), link);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "you-said-we-did-" + action.id() + ".pdf",
                    "application/pdf", pdf.length);
        }), getTranslation("actions.poster.download"));
        download.setDownload(true);
        dialog.add(new Paragraph(getTranslation("actions.poster.explain")), band, new Div(download));
        dialog.getFooter().add(new Button(getTranslation("actions.close"), c -> dialog.close()));
        dialog.open();
    }

    /** The public page of one action, as a full link for posters and QR codes. */
    private static String pageLink(long actionId) {
        var request = VaadinServletRequest.getCurrent();
        String base = request == null ? "" : request.getScheme() + "://" + request.getServerName()
                + (java.util.List.of(80, 443).contains(request.getServerPort()) ? "" : ":" + request.getServerPort())
                + request.getContextPath();
        return base + "/you-said-we-did?action=" + actionId;
    }

    private void run(Runnable change) {
        if (Notifications.attempt(change)) {
            Notifications.success(getTranslation("staff.saved"));
            refresh();
        }
    }

    private void refresh() {
        StaffLists.show(grid, actions.list(overdueOnly.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actions.heading");
    }
}
