package org.youthvoice.feedback.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.youthvoice.base.QrCodes;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.RowActions;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.feedback.ChannelGroup;
import org.youthvoice.feedback.ChannelView;
import org.youthvoice.feedback.FeedbackFilter;
import org.youthvoice.feedback.FeedbackItemView;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.FeedbackStatus;
import org.youthvoice.feedback.NewChannel;
import org.youthvoice.insight.Quote;
import org.youthvoice.insight.QuoteService;
import org.youthvoice.safeguarding.SafeguardingQueue;
import org.youthvoice.security.Roles;

/** Officers open "tell us" channels, share their link or QR code, and triage what comes in. */
@Route(value = "feedback", layout = StaffLayout.class)
@Menu(title = "nav.feedback", order = 30)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class FeedbackView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    /** {@code feedback?status=new} (the start page's link) opens the list at one status. */
    static final String STATUS = "status";

    private final FeedbackService feedback;
    private final Grid<ChannelView> channels = new Grid<>();
    private final Grid<FeedbackItemView> items = new Grid<>();
    private final SafeguardingQueue safeguarding;
    private java.util.Set<Long> flagged = java.util.Set.of();
    private final ComboBox<ChannelView> channelFilter = new ComboBox<>();
    private boolean keepingFilters;
    private final ComboBox<FeedbackStatus> statusFilter = new ComboBox<>();
    private final ComboBox<ChannelGroup> groupFilter = new ComboBox<>();

    private final QuoteService quotes;

    FeedbackView(FeedbackService feedback, SafeguardingQueue safeguarding, QuoteService quotes) {
        this.feedback = feedback;
        this.quotes = quotes;
        this.safeguarding = safeguarding;
        setWidthFull();
        var add = new Button(getTranslation("feedback.channel.new"), c -> openNewChannel());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        StaffLists.fit(channels);
        StaffLists.words(channels.addColumn(ChannelView::title).setHeader(getTranslation("feedback.channel.title")), 1);
        StaffLists.narrow(channels.addColumn(c -> getTranslation(c.open() ? "feedback.channel.open"
                : "feedback.channel.closed")).setHeader(getTranslation("feedback.channel.status")));
        StaffLists.narrow(channels.addColumn(ChannelView::items).setHeader(getTranslation("feedback.channel.items")));
        StaffLists.narrow(channels.addColumn(ChannelView::newItems)
                .setHeader(getTranslation("feedback.channel.new.items")));
        RowActions.of(channels)
                .button(getTranslation("feedback.channel.share"),
                        c -> getTranslation("feedback.channel.share.for", c.title()), this::openShare)
                .button(getTranslation("feedback.groups"), c -> getTranslation("feedback.groups.for", c.title()),
                        this::openGroups)
                .button(c -> getTranslation(c.open() ? "feedback.channel.close" : "feedback.channel.reopen"),
                        c -> getTranslation(c.open() ? "feedback.channel.close.for" : "feedback.channel.reopen.for",
                                c.title()),
                        c -> run(() -> feedback.setChannelOpen(c.id(), !c.open())))
                .column(getTranslation("account.actions"));
        channels.setAllRowsVisible(true);
        channels.setAriaLabel(getTranslation("feedback.channels"));

        channelFilter.setLabel(getTranslation("feedback.filter.channel"));
        channelFilter.setItemLabelGenerator(ChannelView::title);
        channelFilter.setClearButtonVisible(true);
        statusFilter.setLabel(getTranslation("feedback.filter.status"));
        statusFilter.setItems(FeedbackStatus.values());
        statusFilter.setItemLabelGenerator(s -> getTranslation("feedback.status." + s.name()));
        statusFilter.setClearButtonVisible(true);
        groupFilter.setLabel(getTranslation("feedback.filter.group"));
        groupFilter.setItemLabelGenerator(ChannelGroup::name);
        groupFilter.setClearButtonVisible(true);
        groupFilter.setEnabled(false);
        groupFilter.addValueChangeListener(e -> items.getDataProvider().refreshAll());
        channelFilter.addValueChangeListener(e -> {
            if (keepingFilters) {
                return;
            }
            groupFilter.clear();
            var chosen = e.getValue() == null ? java.util.List.<ChannelGroup>of() : feedback.groups(e.getValue().id());
            groupFilter.setItems(chosen);
            groupFilter.setEnabled(!chosen.isEmpty());
            items.getDataProvider().refreshAll();
        });
        statusFilter.addValueChangeListener(e -> items.getDataProvider().refreshAll());

        StaffLists.fit(items);
        StaffLists.narrow(items.addColumn(FeedbackItemView::receivedOn).setHeader(getTranslation("feedback.item.date")));
        // Channel and group in one column, so that the comment keeps the width.
        StaffLists.fixed(StaffLists.lines(items, getTranslation("feedback.item.channelAndGroup"),
                FeedbackItemView::channelTitle, FeedbackItemView::groupName), 9);
        StaffLists.narrow(items.addColumn(i -> i.rating() == null ? "" : getTranslation("tellus.face." + i.rating()))
                .setHeader(getTranslation("feedback.item.rating")));
        // The comment is what officers read to catch what screening missed: it gets most of the width, in full.
        StaffLists.words(items.addColumn(i -> i.commentDeleted() ? getTranslation("feedback.item.deleted")
                : i.comment() == null ? "" : i.comment()).setHeader(getTranslation("feedback.item.comment")), 4);
        StaffLists.fixed(items.addColumn(i -> flagged.contains(i.id()) ? getTranslation("feedback.flagged") : "")
                .setHeader(getTranslation("feedback.safeguarding")), 7.5);
        StaffLists.fixed(items.addColumn(i -> getTranslation("feedback.status." + i.status().name()))
                .setHeader(getTranslation("feedback.filter.status")), 7);
        RowActions.of(items)
                .button(getTranslation("feedback.triage"), i -> getTranslation("feedback.triage.for",
                        String.valueOf(i.id())), this::openTriage)
                .button(getTranslation("feedback.contact.show"), i -> getTranslation("feedback.contact.show.for",
                        String.valueOf(i.id())), this::showContact)
                .shownWhen(FeedbackItemView::hasContact)
                .stacked()
                .column(getTranslation("account.actions"));
        items.setItems(q -> {
            var page = feedback.items(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q));
            flagged = safeguarding.flaggedAmong("FEEDBACK", page.stream().map(FeedbackItemView::id).toList());
            return page.stream();
        },
                q -> (int) feedback.count(filter()));
        items.setAriaLabel(getTranslation("feedback.items"));

        add(new H2(getTranslation("feedback.heading")), new H3(getTranslation("feedback.channels")), add, channels,
                new H3(getTranslation("feedback.items")), new HorizontalLayout(channelFilter, groupFilter, statusFilter), items);
        refreshChannels();
    }

    private FeedbackFilter filter() {
        return new FeedbackFilter(channelFilter.getValue() == null ? null : channelFilter.getValue().id(),
                statusFilter.getValue(), null, groupFilter.getValue() == null ? null : groupFilter.getValue().id());
    }

    private void refreshChannels() {
        var all = feedback.channels();
        channels.setItems(all);
        // The counts in a channel change when an item is triaged: the officer keeps the channel and group chosen.
        Long chosen = channelFilter.getValue() == null ? null : channelFilter.getValue().id();
        var group = groupFilter.getValue();
        keepingFilters = true;
        try {
            channelFilter.setItems(all);
            all.stream().filter(c -> chosen != null && c.id() == chosen).findFirst().ifPresent(channelFilter::setValue);
            groupFilter.setValue(group);
        } finally {
            keepingFilters = false;
        }
    }

    private void openNewChannel() {
        var dialog = new Dialog(getTranslation("feedback.channel.new"));
        var title = new TextField(getTranslation("feedback.channel.title"));
        title.setHelperText(getTranslation("feedback.channel.title.help"));
        var prompt = new TextArea(getTranslation("feedback.channel.prompt"));
        prompt.setHelperText(getTranslation("feedback.channel.prompt.help"));
        var rating = new Checkbox(getTranslation("feedback.channel.askRating"), true);
        var comment = new Checkbox(getTranslation("feedback.channel.askComment"), true);
        var contact = new Checkbox(getTranslation("feedback.channel.allowContact"), true);
        var band = new ComboBox<org.youthvoice.people.AgeBand>(getTranslation("feedback.channel.ageBand"));
        band.setItems(org.youthvoice.people.AgeBand.values());
        band.setItemLabelGenerator(org.youthvoice.people.AgeBand::label);
        band.setHelperText(getTranslation("feedback.channel.ageBand.help"));
        band.setClearButtonVisible(true);
        var save = new Button(getTranslation("action.save"), c -> run(() -> {
            var created = feedback.createChannel(new NewChannel(title.getValue(), prompt.getValue(), rating.getValue(),
                    comment.getValue(), contact.getValue(), band.getValue()));
            dialog.close();
            openShare(created);
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new FormLayout(title, prompt, band, rating, comment, contact));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void openShare(ChannelView channel) {
        String link = publicLink(channel.slug());
        var dialog = new Dialog(getTranslation("feedback.channel.share.for", channel.title()));
        var linkText = new Anchor(link, link);
        linkText.setId("public-link");
        linkText.setRouterIgnore(true);
        String svg = QrCodes.svg(link, getTranslation("feedback.channel.qr"));
        var qr = new Svg(svg);
        qr.addClassName("qr-code");
        byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
        var download = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(bytes), "tell-us-qr.svg", "image/svg+xml", bytes.length)),
                getTranslation("feedback.channel.qr.download"));
        dialog.add(new Paragraph(getTranslation("feedback.channel.share.text")), new Div(linkText), qr, new Div(download));
        dialog.getFooter().add(new Button(getTranslation("members.secret.done"), c -> dialog.close()));
        dialog.open();
    }

    /** Groups with their own codes (a school, a children's home): feedback sent with a code shows the group. */
    private void openGroups(ChannelView channel) {
        var dialog = new Dialog(getTranslation("feedback.groups.for", channel.title()));
        dialog.setWidth("min(48rem, 95vw)");
        var list = new Grid<ChannelGroup>();
        StaffLists.fit(list);
        StaffLists.words(list.addColumn(ChannelGroup::name).setHeader(getTranslation("feedback.group.name")), 1);
        StaffLists.narrow(list.addColumn(ChannelGroup::code).setHeader(getTranslation("feedback.group.code")));
        StaffLists.narrow(list.addColumn(ChannelGroup::items).setHeader(getTranslation("feedback.channel.items")));
        StaffLists.words(list.addColumn(g -> publicLink(channel.slug()) + "?code=" + g.code())
                .setHeader(getTranslation("feedback.group.link")), 2);
        list.setItems(feedback.groups(channel.id()));
        list.setAllRowsVisible(true);
        list.setAriaLabel(getTranslation("feedback.groups"));
        var name = new TextField(getTranslation("feedback.group.name"));
        name.setHelperText(getTranslation("feedback.group.name.help"));
        var code = new TextField(getTranslation("feedback.group.code"));
        code.setHelperText(getTranslation("feedback.group.code.help"));
        var add = new Button(getTranslation("feedback.group.add"), c -> {
            if (Notifications.attempt(() -> feedback.addGroup(channel.id(), name.getValue(), code.getValue()))) {
                Notifications.success(getTranslation("staff.saved"));
                name.clear();
                code.clear();
                list.setItems(feedback.groups(channel.id()));
            }
        });
        var form = new HorizontalLayout(name, code, add);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        dialog.add(new Paragraph(getTranslation("feedback.groups.explain")), list, form);
        dialog.getFooter().add(new Button(getTranslation("members.secret.done"), c -> dialog.close()));
        dialog.open();
    }

    private void openTriage(FeedbackItemView item) {
        var dialog = new Dialog(getTranslation("feedback.triage.for", String.valueOf(item.id())));
        var status = new ComboBox<FeedbackStatus>(getTranslation("feedback.filter.status"));
        status.setItems(FeedbackStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("feedback.status." + s.name()));
        status.setValue(item.status());
        var assignee = new TextField(getTranslation("feedback.assignee"));
        assignee.setValue(item.assignee() == null ? "" : item.assignee());
        var note = new TextArea(getTranslation("feedback.note"));
        note.setHelperText(getTranslation("feedback.note.help"));
        note.setValue(item.statusNote() == null ? "" : item.statusNote());
        var redacted = new TextArea(getTranslation("feedback.redacted"));
        redacted.setHelperText(getTranslation("feedback.redacted.help"));
        redacted.setWidthFull();
        redacted.setValue(item.redactedComment() != null ? item.redactedComment()
                : item.comment() == null ? "" : item.comment());
        var save = new Button(getTranslation("action.save"), c -> run(() -> {
            feedback.triage(item.id(), status.getValue(), assignee.getValue(), note.getValue());
            if (!redacted.getValue().equals(item.redactedComment() != null ? item.redactedComment() : item.comment())) {
                feedback.redact(item.id(), redacted.getValue());
            }
            dialog.close();
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var text = new Paragraph(item.comment() == null ? "" : item.comment());
        text.addClassName("feedback-text");
        dialog.add(text);
        if (flagged.contains(item.id())) {
            var flag = new Paragraph(getTranslation("feedback.flagged.explain"));
            flag.addClassName("flagged-note");
            dialog.add(flag);
        }
        dialog.add(new FormLayout(status, assignee, note), redacted);
        var quote = new Button(getTranslation("feedback.quote"), c -> openQuote(item, redacted.getValue()));
        quote.setEnabled(item.comment() != null || item.redactedComment() != null);
        dialog.getFooter().add(quote, new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    /**
     * Makes the comment a quote: the officer writes the words with names and places taken out (a button does a first
     * go), saves, and approves. Public pages only ever show approved words.
     */
    private void openQuote(FeedbackItemView item, String startingWords) {
        var dialog = new Dialog(getTranslation("feedback.quote.for", item.id()));
        dialog.setWidth("min(48rem, 95vw)");
        var existing = quotes.quoteFor("FEEDBACK", item.id());
        var original = new Paragraph(item.comment() == null ? getTranslation("feedback.item.deleted") : item.comment());
        original.addClassName("feedback-text");
        var words = new TextArea(getTranslation("feedback.quote.words"));
        words.setHelperText(getTranslation("feedback.quote.words.help"));
        words.setMaxLength(QuoteService.MAX_TEXT);
        words.setWidthFull();
        words.setValue(existing.map(Quote::text).orElse(startingWords));
        var state = new Paragraph(existing.map(q -> q.approved()
                ? getTranslation("feedback.quote.approvedBy", q.approvedBy(), q.approvedOn())
                : getTranslation("quotes.waiting")).orElse(getTranslation("feedback.quote.notYet")));
        var redact = new Button(getTranslation("feedback.quote.redact"),
                c -> words.setValue(quotes.suggestRedaction(words.getValue())));
        var save = new Button(getTranslation("feedback.quote.save"), c -> {
            if (Notifications.attempt(() -> quotes.save("FEEDBACK", item.id(), words.getValue()))) {
                Notifications.success(getTranslation("staff.saved"));
                dialog.close();
            }
        });
        var approve = new Button(getTranslation("feedback.quote.approve"), c -> {
            if (Notifications.attempt(() -> quotes.approve(quotes.save("FEEDBACK", item.id(), words.getValue()).id()))) {
                Notifications.success(getTranslation("feedback.quote.approved"));
                dialog.close();
            }
        });
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new H3(getTranslation("feedback.quote.original")), original, words, redact, state);
        if (quotes.held("FEEDBACK", item.id())) {
            // Why they cannot, in plain words, rather than a refusal after they wrote the quote.
            dialog.add(new Paragraph(getTranslation("quotes.held")));
            save.setEnabled(false);
            approve.setEnabled(false);
        }
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save, approve);
        dialog.open();
    }

    private void showContact(FeedbackItemView item) {
        feedback.contact(item.id()).ifPresentOrElse(contact -> {
            var dialog = new Dialog(getTranslation("feedback.contact.title"));
            dialog.add(new Paragraph(getTranslation("feedback.contact.name", contact.name())),
                    new Paragraph(getTranslation("feedback.contact.how", contact.howToReach())),
                    new Paragraph(getTranslation("feedback.contact.deleted", contact.deleteAfter())));
            dialog.getFooter().add(new Button(getTranslation("members.secret.done"), c -> dialog.close()));
            dialog.open();
        }, () -> Notifications.error(getTranslation("feedback.contact.gone")));
    }

    private String publicLink(String slug) {
        var request = VaadinServletRequest.getCurrent();
        String base = request == null ? "" : request.getScheme() + "://" + request.getServerName()
                + (Arrays.asList(80, 443).contains(request.getServerPort()) ? "" : ":" + request.getServerPort())
                + request.getContextPath();
        return base + "/tell-us/" + slug;
    }

    private void run(Runnable change) {
        if (Notifications.attempt(change)) {
            Notifications.success(getTranslation("staff.saved"));
            refreshChannels();
            items.getDataProvider().refreshAll();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.heading");
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(STATUS).flatMap(wanted -> java.util.Arrays
                .stream(FeedbackStatus.values()).filter(s -> s.name().equalsIgnoreCase(wanted)).findFirst())
                .ifPresent(statusFilter::setValue);
    }
}
