package org.youthvoice.survey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.framework.TagNode;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveyStatus;
import org.youthvoice.survey.SurveySummary;

/** One survey: its questions and versions, how it is sent, and its responses; close, reopen, next round, delete. */
@Route(value = "surveys/:id", layout = StaffLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class SurveyEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyService surveys;
    private final FrameworkService frameworks;
    private @Nullable Map<String, String> tagTitles;
    private @Nullable SurveySummary survey;
    private @Nullable SurveyDraft draft;
    private int selectedTab;

    private final org.youthvoice.survey.SurveyFiles files;

    SurveyEditorView(SurveyService surveys, FrameworkService frameworks, org.youthvoice.survey.SurveyFiles files) {
        this.surveys = surveys;
        this.frameworks = frameworks;
        this.files = files;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            survey = surveys.summary(id);
            draft = SurveyDraft.of(surveys.definition(id));
        } catch (NumberFormatException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        selectedTab = 0;
        show();
    }

    /** Draws the page again for the survey as it is now, keeping unsaved questions and the open tab. */
    private void reload() {
        survey = surveys.summary(survey.id());
        show();
    }

    private void show() {
        var s = survey;
        removeAll();
        var back = new RouterLink(getTranslation("survey.back"), SurveysView.class);
        back.addClassName("target-link");
        var status = new Paragraph(getTranslation("survey.statusLine", getTranslation("survey.status." + s.status()),
                s.round(), s.responses()));
        status.setId("survey-status");
        var saved = surveys.definition(s.id());
        var heading = new H2(s.title());
        var build = new BuildTab(surveys, s.id(), s.published(), draft, saved, tags(),
                () -> heading.setText(draft.title.strip()));
        var parts = new Parts(getTranslation("survey.parts"));
        parts.add(getTranslation("survey.tab.build"), build);
        parts.add(getTranslation("survey.tab.languages"), new TranslationsTab(draft, () -> build.save(true)));
        parts.add(getTranslation("survey.tab.send"), new SendingTab(surveys, s, () -> {
            if (build.save(false)) {
                return true;
            }
            parts.select(0);
            return false;
        }, this::reload));
        parts.add(getTranslation("survey.tab.responses"), new ResponsesTab(surveys, s.id()));
        parts.select(selectedTab);
        parts.onSelect(i -> selectedTab = i);
        add(back, heading, status, actions(s), parts);
    }

    private HorizontalLayout actions(SurveySummary s) {
        var bar = new HorizontalLayout();
        bar.setAlignItems(Alignment.CENTER);
        var results = new RouterLink(getTranslation("survey.results"), SurveyResultsView.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(s.id())));
        results.addClassName("target-link");
        // The file is made when it is downloaded, so it holds the survey as saved at that moment.
        var export = new com.vaadin.flow.component.html.Anchor(
                com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(e -> {
                    byte[] json = files.exportJson(s.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(json),
                            "survey-" + s.id() + ".json", "application/json", json.length);
                }), getTranslation("survey.export"));
        export.setDownload(true);
        export.addClassName("target-link");
        bar.add(results, export);
        if (s.status() == SurveyStatus.OPEN) {
            bar.add(new Button(getTranslation("survey.close"), c -> confirm("survey.close.title", "survey.close.text",
                    "survey.close", () -> surveys.close(s.id()), this::reload)));
        }
        if (s.status() == SurveyStatus.CLOSED) {
            bar.add(new Button(getTranslation("survey.reopen"), c -> {
                if (Notifications.attempt(() -> surveys.reopen(s.id()))) {
                    Notifications.success(getTranslation("survey.reopened"));
                    reload();
                }
            }));
        }
        if (s.published()) {
            bar.add(new Button(getTranslation("survey.nextRound"), c -> confirm("survey.nextRound.title",
                    "survey.nextRound.text", "survey.nextRound", null, null)));
        } else {
            var delete = new Button(getTranslation("survey.delete"), c -> confirm("survey.delete.title",
                    "survey.delete.text", "survey.delete", () -> surveys.deleteDraft(s.id()),
                    () -> UI.getCurrent().navigate(SurveysView.class)));
            delete.addThemeVariants(ButtonVariant.ERROR);
            bar.add(delete);
        }
        return bar;
    }

    /** Asks first; a null change starts the next round and opens it. */
    private void confirm(String title, String text, String confirmWords, @Nullable Runnable change,
            @Nullable Runnable after) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(title));
        dialog.setText(getTranslation(text));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(confirmWords));
        if (change != null) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(e -> {
            if (change == null) {
                try {
                    long next = surveys.nextRound(survey.id());
                    UI.getCurrent().navigate(SurveyEditorView.class, new RouteParameters("id", String.valueOf(next)));
                } catch (UserFacingException refused) {
                    Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
                }
            } else if (Notifications.attempt(change)) {
                Notifications.success(getTranslation("staff.saved"));
                if (after != null) {
                    after.run();
                }
            }
        });
        dialog.open();
    }

    /** Priorities, outcomes and themes of the plans in use, by code. */
    private Map<String, String> tags() {
        if (tagTitles == null) {
            var titles = new LinkedHashMap<String, String>();
            for (var plan : frameworks.list()) {
                if (!plan.retired()) {
                    frameworks.tree(plan.code()).ifPresent(tree -> tree.nodes().forEach(n -> add(titles, n)));
                }
            }
            tagTitles = titles;
        }
        return tagTitles;
    }

    private static void add(Map<String, String> titles, TagNode node) {
        if (!node.removed()) {
            titles.put(node.code(), node.title());
            node.children().forEach(child -> add(titles, child));
        }
    }

    @Override
    public String getPageTitle() {
        return survey == null ? getTranslation("nav.surveys") : survey.title();
    }
}
