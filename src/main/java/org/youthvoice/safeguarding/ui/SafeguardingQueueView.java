package org.youthvoice.safeguarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.ui.Confirmations;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.RowActions;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.safeguarding.DisclosureView;
import org.youthvoice.safeguarding.Highlight;
import org.youthvoice.safeguarding.Outcome;
import org.youthvoice.safeguarding.SafeguardingQueue;
import org.youthvoice.safeguarding.Severity;
import org.youthvoice.security.Roles;

/** The safeguarding queue: what may be a disclosure, most urgent and oldest first, and what was done about it. */
@Route(value = "safeguarding", layout = StaffLayout.class)
@Menu(title = "nav.safeguarding", order = 5)
@RolesAllowed(Roles.SAFEGUARDING_LEAD)
class SafeguardingQueueView extends VerticalLayout implements HasDynamicTitle {

    private final SafeguardingQueue queue;
    private final Grid<DisclosureView> grid = new Grid<>();
    private final Checkbox openOnly = new Checkbox();

    SafeguardingQueueView(SafeguardingQueue queue) {
        this.queue = queue;
        setSizeFull();
        openOnly.setLabel(getTranslation("safeguarding.openOnly"));
        openOnly.setValue(true);
        openOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        StaffLists.fit(grid);
        StaffLists.narrow(grid.addColumn(d -> d.flaggedOn().toString()).setHeader(getTranslation("safeguarding.when")));
        StaffLists.narrow(grid.addColumn(d -> getTranslation(d.severity().messageKey()))
                .setHeader(getTranslation("safeguarding.severity")));
        StaffLists.words(grid.addColumn(d -> d.categories().stream().map(c -> getTranslation(c.messageKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("safeguarding.categories")), 2);
        StaffLists.words(grid.addColumn(DisclosureView::sourceLabel).setHeader(getTranslation("safeguarding.source")), 2);
        StaffLists.words(grid.addColumn(this::from).setHeader(getTranslation("safeguarding.from")), 1);
        StaffLists.words(grid.addColumn(this::status).setHeader(getTranslation("safeguarding.status")), 1);
        RowActions.of(grid)
                .button(getTranslation("safeguarding.open"), d -> getTranslation("safeguarding.open.for",
                        String.valueOf(d.id())), d -> openItem(d.id()))
                .themeWhen("primary", d -> d.severity() == Severity.URGENT && d.open())
                .column(getTranslation("account.actions"));
        grid.setItems(q -> queue.list(openOnly.getValue(), q.getLimit(), q.getOffset()).stream(),
                q -> (int) queue.count(openOnly.getValue()));
        grid.setAriaLabel(getTranslation("safeguarding.heading"));
        add(new H2(getTranslation("safeguarding.heading")), new Paragraph(getTranslation("safeguarding.intro")),
                openOnly, grid);
        // Other nodes may have queued items: look again on the shell's tick.
        addAttachListener(attach -> {
            var poll = attach.getUI().addPollListener(tick -> grid.getDataProvider().refreshAll());
            addDetachListener(detach -> {
                poll.remove();
                detach.unregisterListener();
            });
        });
    }

    /** A member who used "tell someone now" is named; everything else is anonymous. */
    private String from(DisclosureView d) {
        return d.named() ? getTranslation("safeguarding.from.named", d.namedPerson(), d.namedAccount())
                : getTranslation("safeguarding.from.anonymous");
    }

    private String status(DisclosureView d) {
        String status = getTranslation(d.outcome() != null ? "safeguarding.outcome." + d.outcome().name()
                : d.firstOpenedBy() != null ? "safeguarding.status.opened" : "safeguarding.status.new");
        return d.overdue() ? status + " - " + getTranslation("safeguarding.status.overdue") : status;
    }

    private void openItem(long id) {
        queue.open(id).ifPresentOrElse(this::showItem,
                () -> Notifications.error(getTranslation("safeguarding.error.gone")));
        grid.getDataProvider().refreshAll();
    }

    private void showItem(DisclosureView d) {
        var dialog = new Dialog(getTranslation("safeguarding.item.title", String.valueOf(d.id())));
        dialog.setWidth("min(48rem, 95vw)");
        dialog.add(new Paragraph(getTranslation("safeguarding.item.source", d.sourceLabel())),
                new Paragraph(getTranslation("safeguarding.item.when", d.flaggedOn().toString())),
                new Paragraph(getTranslation(d.severity().messageKey()) + ": " + d.categories().stream()
                        .map(c -> getTranslation(c.messageKey())).collect(Collectors.joining(", "))),
                highlighted(d));
        if (d.meaningExample() != null) {
            var meaning = new Paragraph(getTranslation("safeguarding.item.meaning", d.meaningExample(),
                    d.meaningPercent()));
            meaning.addClassName("disclosure-meaning");
            dialog.add(meaning);
        }
        if (d.groupCode() != null) {
            dialog.add(new Paragraph(getTranslation("safeguarding.item.group", d.groupCode())));
        }
        if (d.alertRecipients() != null) {
            dialog.add(new Paragraph(getTranslation("safeguarding.item.alerted", d.alertRecipients())));
        }
        if (d.named()) {
            dialog.add(new Paragraph(getTranslation("safeguarding.item.named", d.namedPerson(), d.namedAccount())));
            if (d.dueBy() != null) {
                dialog.add(new Paragraph(getTranslation("safeguarding.item.due",
                        d.dueBy().toString().replace('T', ' '))));
            }
        } else {
            dialog.add(new Paragraph(getTranslation(d.contactGiven() ? "safeguarding.item.contact"
                    : "safeguarding.item.anonymous")));
            dialog.add(quoting(d));
        }
        if (d.contactGiven()) {
            // The module that holds the details shows them on its own screen for leads, which links back here.
            var show = new Button(getTranslation("safeguarding.item.showContact"), c ->
                    queue.contactAt(d.id()).ifPresentOrElse(at -> {
                        dialog.close();
                        getUI().ifPresent(ui -> ui.navigate(at));
                    }, () -> Notifications.error(getTranslation("feedback.contact.gone"))));
            dialog.add(show);
        }
        if (d.firstOpenedBy() != null) {
            dialog.add(new Paragraph(getTranslation("safeguarding.item.openedBy", d.firstOpenedBy(),
                    String.valueOf(d.firstOpenedAt()).replace('T', ' '))));
        }
        if (d.open()) {
            var outcome = new RadioButtonGroup<Outcome>(getTranslation("safeguarding.outcome"));
            outcome.setItems(Outcome.values());
            outcome.setItemLabelGenerator(o -> getTranslation("safeguarding.outcome." + o.name()));
            var reference = new TextField(getTranslation("safeguarding.reference"));
            reference.setHelperText(getTranslation("safeguarding.reference.help"));
            var note = new TextArea(getTranslation("safeguarding.note"));
            note.setMaxLength(2000);
            note.setWidthFull();
            var save = new Button(getTranslation("safeguarding.record"), c -> {
                if (outcome.getValue() == null) {
                    outcome.setInvalid(true);
                    outcome.setErrorMessage(getTranslation("safeguarding.error.outcome"));
                    return;
                }
                try {
                    SafeguardingQueue.checkOutcome(outcome.getValue(), reference.getValue(), note.getValue());
                } catch (UserFacingException e) {
                    Notifications.error(getTranslation(e.messageKey(), e.arguments()));
                    return;
                }
                // The item leaves the queue and cannot be opened again: ask first, naming the outcome.
                Confirmations.ask(getTranslation("safeguarding.record.confirm.title",
                        getTranslation("safeguarding.outcome." + outcome.getValue().name())),
                        getTranslation("safeguarding.record.confirm.text"), getTranslation("safeguarding.record"),
                        () -> {
                            try {
                                queue.recordOutcome(d.id(), outcome.getValue(), reference.getValue(),
                                        note.getValue());
                                dialog.close();
                                Notifications.success(getTranslation("safeguarding.recorded"));
                                grid.getDataProvider().refreshAll();
                            } catch (UserFacingException e) {
                                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
                            }
                        });
            });
            save.addThemeVariants(ButtonVariant.PRIMARY);
            dialog.add(outcome, reference, note);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        } else {
            dialog.add(new Paragraph(getTranslation("safeguarding.item.closed", getTranslation("safeguarding.outcome."
                    + d.outcome().name()), d.closedBy(), String.valueOf(d.closedAt()).replace('T', ' '))));
            if (d.reference() != null) {
                dialog.add(new Paragraph(getTranslation("safeguarding.item.reference", d.reference())));
            }
            if (d.note() != null) {
                dialog.add(new Paragraph(d.note()));
            }
            var later = new TextArea(getTranslation("safeguarding.addNote"));
            later.setHelperText(getTranslation("safeguarding.addNote.help"));
            later.setMaxLength(900);
            later.setWidthFull();
            var addNote = new Button(getTranslation("safeguarding.addNote.button"), c -> {
                if (Notifications.attempt(() -> queue.addNote(d.id(), later.getValue()))) {
                    Notifications.success(getTranslation("safeguarding.recorded"));
                    later.clear();
                }
            });
            dialog.add(later, addNote);
            dialog.getFooter().add(new Button(getTranslation("members.secret.done"), c -> dialog.close()));
        }
        dialog.open();
    }

    /** Whether officers may quote these words, and the lead's button to let them. */
    private Div quoting(DisclosureView d) {
        var quoting = new Div();
        if (d.releasedForQuoting()) {
            quoting.add(new Paragraph(getTranslation("safeguarding.released", d.releasedForQuotingBy(),
                    String.valueOf(d.releasedForQuotingAt()).replace('T', ' '))));
            return quoting;
        }
        var release = new Button(getTranslation("safeguarding.release"), c -> Confirmations.ask(
                getTranslation("safeguarding.release.confirm.title"), getTranslation("safeguarding.release.confirm.text"),
                getTranslation("safeguarding.release"), () -> {
                    if (Notifications.attempt(() -> queue.releaseForQuoting(d.id()))) {
                        Notifications.success(getTranslation("safeguarding.release.done"));
                        quoting.removeAll();
                        quoting.add(new Paragraph(getTranslation("safeguarding.release.done")));
                        grid.getDataProvider().refreshAll();
                    }
                }));
        quoting.add(new Paragraph(getTranslation("safeguarding.notReleased")), release,
                new Paragraph(getTranslation("safeguarding.release.help")));
        return quoting;
    }

    /** The young person's words, with the matched words marked (as text, never as HTML). */
    private Div highlighted(DisclosureView d) {
        var text = new Div();
        text.addClassName("disclosure-text");
        int at = 0;
        for (Highlight h : d.highlights()) {
            if (h.start() < at || h.end() > d.text().length()) {
                continue;
            }
            text.add(new Span(d.text().substring(at, h.start())));
            var mark = new com.vaadin.flow.dom.Element("mark");
            mark.setText(d.text().substring(h.start(), h.end()));
            mark.getClassList().add("matched");
            text.getElement().appendChild(mark);
            at = h.end();
        }
        text.add(new Span(d.text().substring(at)));
        return text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("safeguarding.heading");
    }
}
