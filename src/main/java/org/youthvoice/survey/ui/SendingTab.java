package org.youthvoice.survey.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.QrCodes;
import org.youthvoice.base.ui.Confirmations;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.RowActions;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.survey.SurveyAccess;
import org.youthvoice.survey.SurveyGroup;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveySettings;
import org.youthvoice.survey.SurveyStatus;
import org.youthvoice.survey.SurveySummary;

/** How a survey is sent: who may answer and when, its link and QR code, groups with their codes, and cards. */
class SendingTab extends VerticalLayout {

    private final SurveyService surveys;
    private final SurveySummary survey;
    private final Grid<SurveyGroup> groups = new Grid<>();
    private final Select<SurveyGroup> cardGroup = new Select<>();
    private final Paragraph cardUse = new Paragraph();

    /**
     * @param saveFirst saves the questions as they are on screen; publishing goes on only if that worked
     * @param changed called after a change that the rest of the page shows (status, dates)
     */
    SendingTab(SurveyService surveys, SurveySummary survey, BooleanSupplier saveFirst, Runnable changed) {
        this.surveys = surveys;
        this.survey = survey;
        setPadding(false);
        add(new H3(getTranslation("survey.send.how")));
        var access = new RadioButtonGroup<SurveyAccess>(getTranslation("survey.access"));
        access.setItems(SurveyAccess.values());
        access.setItemLabelGenerator(a -> getTranslation("survey.access." + a.name()) + ": "
                + getTranslation("survey.access.explain." + a.name()));
        access.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        access.setValue(survey.access());
        var opens = new DateTimePicker(getTranslation("survey.opensAt"));
        opens.setHelperText(getTranslation("survey.opensAt.help"));
        opens.setValue(survey.opensAt());
        var closes = new DateTimePicker(getTranslation("survey.closesAt"));
        closes.setHelperText(getTranslation("survey.closesAt.help"));
        closes.setValue(survey.closesAt());
        var dates = new FormLayout(opens, closes);
        dates.setWidthFull();
        var shared = new Checkbox(getTranslation("survey.sharedDevices"));
        shared.setHelperText(getTranslation("survey.sharedDevices.help"));
        shared.setValue(survey.sharedDevices());
        add(access, dates, shared);
        var publish = new Button(getTranslation(survey.published() ? "survey.send.saveSettings" : "survey.publish"),
                c -> {
                    Runnable publishNow = () -> {
                        if (Notifications.attempt(() -> surveys.publish(survey.id(),
                                new SurveySettings(access.getValue(), opens.getValue(), closes.getValue(),
                                        shared.getValue())))) {
                            Notifications.success(getTranslation(survey.published() ? "staff.saved"
                                    : "survey.published"));
                            changed.run();
                        }
                    };
                    if (survey.published()) {
                        publishNow.run();
                    } else if (saveFirst.getAsBoolean()) {
                        // Saved as a draft either way; only the named button sends it out.
                        Confirmations.ask(getTranslation("survey.publish.confirm.title", survey.title()),
                                publishWords(access.getValue(), opens.getValue()),
                                getTranslation("survey.publish"), publishNow);
                    }
                });
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        if (survey.status() == SurveyStatus.CLOSED) {
            publish.setEnabled(false);
            add(new Paragraph(getTranslation("survey.send.closed")));
        } else if (!survey.published()) {
            add(new Paragraph(getTranslation("survey.publish.explain")));
        }
        add(publish);

        if (survey.published()) {
            add(new H3(getTranslation("survey.link")));
            link();
        }
        groupSection();
        cardSection();
        refreshGroups();
    }

    /** Who can start the survey and from when, and that publishing cannot be taken back. */
    private String publishWords(SurveyAccess how, @Nullable LocalDateTime opensAt) {
        String when = opensAt == null || !opensAt.isAfter(LocalDateTime.now())
                ? getTranslation("survey.publish.confirm.now")
                : getTranslation("survey.publish.confirm.from", opensAt.format(
                        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", java.util.Locale.UK)));
        return getTranslation("survey.publish.confirm." + how.name(), when) + " "
                + getTranslation("survey.publish.confirm.final");
    }

    private void link() {
        String link = PublicLinks.survey(survey.slug());
        var anchor = new Anchor(link, link);
        anchor.setId("survey-link");
        anchor.setTarget(AnchorTarget.BLANK);
        var copy = new Button(getTranslation("survey.link.copy"), c -> UI.getCurrent().getPage()
                .executeJs("return navigator.clipboard.writeText($0).then(() => true, () => false)", link)
                .then(Boolean.class, ok -> {
                    if (Boolean.TRUE.equals(ok)) {
                        Notifications.success(getTranslation("survey.link.copied"));
                    } else {
                        Notifications.error(getTranslation("survey.link.notCopied"));
                    }
                }));
        var line = new HorizontalLayout(anchor, copy);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        String svg = QrCodes.svg(link, getTranslation("survey.qr"));
        var qr = new Svg(svg);
        qr.addClassName("qr-code");
        byte[] svgBytes = svg.getBytes(StandardCharsets.UTF_8);
        var svgDownload = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(svgBytes), "survey-qr.svg", "image/svg+xml", svgBytes.length)),
                getTranslation("survey.qr.svg"));
        var pngDownload = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] png = QrCodes.png(link, 16);
            return new DownloadResponse(new ByteArrayInputStream(png), "survey-qr.png", "image/png", png.length);
        }), getTranslation("survey.qr.png"));
        svgDownload.addClassName("target-link");
        pngDownload.addClassName("target-link");
        anchor.addClassName("target-link");
        var downloads = new HorizontalLayout(svgDownload, pngDownload);
        add(new Paragraph(getTranslation("survey.link.explain")), line, qr, downloads);
    }

    private void groupSection() {
        add(new H3(getTranslation("survey.groups")), new Paragraph(getTranslation("survey.groups.explain")));
        var name = new TextField(getTranslation("survey.group.name"));
        name.setMaxLength(100);
        var withCode = new Checkbox(getTranslation("survey.group.withCode"), true);
        var code = new TextField(getTranslation("survey.group.ownCode"));
        code.setHelperText(getTranslation("survey.group.ownCode.help"));
        code.setMaxLength(40);
        withCode.addValueChangeListener(e -> {
            code.setEnabled(e.getValue());
            if (!e.getValue()) {
                code.clear();
            }
        });
        var cohort = cohortField();
        var addGroup = new Button(getTranslation("survey.group.add"), c -> {
            if (Notifications.attempt(() -> surveys.addGroup(survey.id(), name.getValue(), withCode.getValue(),
                    code.getValue(), cohort.getValue()))) {
                Notifications.success(getTranslation("survey.group.added", name.getValue().strip()));
                name.clear();
                code.clear();
                cohort.clear();
                refreshGroups();
            }
        });
        var form = new HorizontalLayout(name, cohort, withCode, code, addGroup);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        StaffLists.fit(groups);
        StaffLists.words(groups.addColumn(SurveyGroup::name).setHeader(getTranslation("survey.group.name")), 1);
        groups.addColumn(g -> g.code() == null ? getTranslation("survey.group.noCode") : g.code())
                .setHeader(getTranslation("survey.group.code")).setAutoWidth(true);
        groups.addColumn(g -> g.cohortSize() == null ? "" : String.valueOf(g.cohortSize()))
                .setHeader(getTranslation("survey.group.cohort")).setAutoWidth(true);
        groups.addComponentColumn(g -> {
            var shared = new com.vaadin.flow.component.checkbox.Checkbox(g.sharedDevices());
            shared.setAriaLabel(getTranslation("survey.group.sharedFor", g.name()));
            shared.addValueChangeListener(e -> {
                if (e.isFromClient() && !Notifications.attempt(() -> surveys.setSharedDevices(g.id(), e.getValue()))) {
                    shared.setValue(e.getOldValue());
                }
            });
            return shared;
        }).setHeader(getTranslation("survey.group.shared")).setAutoWidth(true);
        RowActions.of(groups).button(getTranslation("survey.group.editCohort"),
                g -> getTranslation("survey.group.editCohortFor", g.name()), this::editCohort)
                .column(getTranslation("account.actions"));
        groups.setAllRowsVisible(true);
        groups.setAriaLabel(getTranslation("survey.groups"));
        groups.setEmptyStateText(getTranslation("survey.groups.none"));
        add(form, groups);
    }

    private IntegerField cohortField() {
        var cohort = new IntegerField(getTranslation("survey.group.cohort"));
        cohort.setHelperText(getTranslation("survey.group.cohort.help"));
        cohort.setMin(1);
        return cohort;
    }

    private void editCohort(SurveyGroup group) {
        var dialog = new Dialog(getTranslation("survey.group.editCohortFor", group.name()));
        var cohort = cohortField();
        cohort.setValue(group.cohortSize());
        var save = new Button(getTranslation("action.save"), c -> {
            if (Notifications.attempt(() -> surveys.setCohortSize(group.id(), cohort.getValue()))) {
                Notifications.success(getTranslation("staff.saved"));
                dialog.close();
                refreshGroups();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(cohort);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void cardSection() {
        add(new H3(getTranslation("survey.cards")), new Paragraph(getTranslation("survey.cards.explain")));
        cardGroup.setLabel(getTranslation("survey.cards.group"));
        cardGroup.setEmptySelectionAllowed(true);
        cardGroup.setEmptySelectionCaption(getTranslation("survey.cards.noGroup"));
        cardGroup.setItemLabelGenerator(g -> g == null ? getTranslation("survey.cards.noGroup") : g.name());
        var count = new IntegerField(getTranslation("survey.cards.count"));
        count.setMin(1);
        count.setMax(SurveyService.MOST_CARDS);
        count.setValue(30);
        count.setHelperText(getTranslation("survey.cards.count.help", SurveyService.MOST_CARDS));
        var make = new Button(getTranslation("survey.cards.make"), c -> {
            var group = cardGroup.getValue();
            Notifications.attempt(() -> showCards(surveys.makeCards(survey.id(), group == null ? null : group.id(),
                    count.getValue() == null ? 0 : count.getValue())));
            refreshCardUse();
        });
        var form = new HorizontalLayout(cardGroup, count, make);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(form, cardUse);
    }

    /** The codes exist only here from now on: they go on a page to print, and are gone when this screen is. */
    private void showCards(List<String> codes) {
        String link = PublicLinks.survey(survey.slug());
        var words = new CardSheet.Words(getTranslation("survey.cards.page.title", survey.title()),
                getTranslation("survey.cards.page.heading", codes.size()), getTranslation("survey.cards.page.intro"),
                getTranslation("survey.cards.page.print"), getTranslation("survey.cards.page.link"),
                getTranslation("survey.cards.page.code"), getTranslation("survey.cards.once"),
                getTranslation("survey.qr"));
        byte[] html = CardSheet.html(survey.title(), link, codes, words).getBytes(StandardCharsets.UTF_8);
        var dialog = new Dialog(getTranslation("survey.cards.made", codes.size()));
        var open = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(html),
                "cards.html", "text/html; charset=utf-8", html.length)).inline(), AttachmentType.INLINE,
                getTranslation("survey.cards.open"));
        open.setTarget(AnchorTarget.BLANK);
        open.setId("cards-page");
        open.addClassName("target-link");
        var warning = new Paragraph(getTranslation("survey.cards.onlyOnce"));
        warning.addClassName("survey-note");
        dialog.add(warning, new Div(open));
        dialog.getFooter().add(new Button(getTranslation("survey.cards.done"), c -> dialog.close()));
        dialog.setWidth("32rem");
        dialog.open();
    }

    private void refreshGroups() {
        var all = surveys.groups(survey.id());
        StaffLists.show(groups, all);
        cardGroup.setItems(all);
        refreshCardUse();
    }

    private void refreshCardUse() {
        int[] use = surveys.cardUse(survey.id());
        cardUse.setText(getTranslation("survey.cards.use", use[0], use[1]));
    }
}
