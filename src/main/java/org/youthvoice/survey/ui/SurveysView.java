package org.youthvoice.survey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyFiles;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveySummary;
import org.youthvoice.survey.internal.SurveyDefinitionException;

/** Every survey with how it is doing; a new one starts here as a draft with one version. */
@Route(value = "surveys", layout = StaffLayout.class)
@Menu(title = "nav.surveys", order = 15)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class SurveysView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final SurveyService surveys;
    private final org.youthvoice.survey.SurveyFiles files;

    SurveysView(SurveyService surveys, org.youthvoice.survey.SurveyFiles files) {
        this.surveys = surveys;
        this.files = files;
        setWidthFull();
        var newSurvey = new Button(getTranslation("survey.new"), c -> openNew());
        newSurvey.addThemeVariants(ButtonVariant.PRIMARY);
        var fromTemplate = new Button(getTranslation("survey.fromTemplate"), c -> openTemplates());
        var importFile = new Button(getTranslation("survey.importFile"), c -> openImport());
        var add = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(newSurvey, fromTemplate, importFile);
        var grid = new Grid<SurveySummary>();
        // Plain text first: the grid's first cell takes keyboard focus, and a link filling it would crowd it.
        grid.addColumn(s -> getTranslation("survey.status." + s.status().name()))
                .setHeader(getTranslation("survey.status")).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            var open = new RouterLink(s.title(), SurveyEditorView.class,
                    new RouteParameters("id", String.valueOf(s.id())));
            open.addClassName("target-link");
            return open;
        }).setHeader(getTranslation("survey.title")).setWidth("6rem").setFlexGrow(3);
        grid.addColumn(SurveySummary::round).setHeader(getTranslation("survey.round")).setAutoWidth(true);
        grid.addColumn(s -> s.published() ? getTranslation("survey.access." + s.access().name()) : "")
                .setHeader(getTranslation("survey.access")).setAutoWidth(true);
        grid.addColumn(SurveySummary::responses).setHeader(getTranslation("survey.responses")).setAutoWidth(true);
        grid.addColumn(s -> when(s.opensAt())).setHeader(getTranslation("survey.opensAt")).setAutoWidth(true);
        grid.addColumn(s -> when(s.closesAt())).setHeader(getTranslation("survey.closesAt")).setAutoWidth(true);
        StaffLists.fit(grid);
        grid.setItems(List.copyOf(surveys.list()));
        grid.setAriaLabel(getTranslation("nav.surveys"));
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("nav.surveys")), new Paragraph(getTranslation("survey.list.intro")), add, grid);
    }

    private void openNew() {
        var dialog = new Dialog(getTranslation("survey.new"));
        var title = new TextField(getTranslation("survey.title"));
        title.setHelperText(getTranslation("survey.title.help"));
        title.setMaxLength(200);
        title.setWidthFull();
        var create = new Button(getTranslation("survey.new.create"), c -> {
            var version = new VersionDefinition(SurveyDraft.newKey("v", List.of()),
                    getTranslation("survey.new.versionLabel"), null, false, null, List.of());
            var survey = new SurveyDefinition(title.getValue(), null, null, List.of(version), List.of(), Map.of());
            try {
                long id = surveys.create(survey);
                dialog.close();
                UI.getCurrent().navigate(SurveyEditorView.class, new RouteParameters("id", String.valueOf(id)));
            } catch (SurveyDefinitionException e) {
                var words = new ProblemWords(this::getTranslation, survey);
                title.setErrorMessage(e.problems().stream().map(words::describe).collect(Collectors.joining(" ")));
                title.setInvalid(true);
            } catch (UserFacingException e) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph(getTranslation("survey.new.explain")), title);
        dialog.setWidth("32rem");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), create);
        dialog.open();
        title.focus();
    }

    private void openTemplates() {
        var dialog = new Dialog(getTranslation("survey.fromTemplate"));
        var templates = new com.vaadin.flow.component.radiobutton.RadioButtonGroup<org.youthvoice.survey.SurveyTemplate>(
                getTranslation("survey.template.choose"));
        templates.setItems(files.templates());
        templates.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(t -> new com.vaadin.flow.component
                .html.Span(new com.vaadin.flow.component.html.Span(t.title()),
                        new com.vaadin.flow.component.html.Span(" – " + t.description()))));
        templates.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
        var create = new Button(getTranslation("survey.new.create"), c -> {
            if (templates.getValue() == null) {
                templates.setErrorMessage(getTranslation("survey.template.none"));
                templates.setInvalid(true);
                return;
            }
            try {
                long id = files.createFromTemplate(templates.getValue().key());
                dialog.close();
                UI.getCurrent().navigate(SurveyEditorView.class, new RouteParameters("id", String.valueOf(id)));
            } catch (UserFacingException e) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph(getTranslation("survey.template.explain")), templates);
        dialog.setWidth("40rem");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), create);
        dialog.open();
    }

    /** A survey file from another council (or an earlier export): a new draft, or every problem with its line. */
    private void openImport() {
        var dialog = new Dialog(getTranslation("survey.importFile"));
        var problems = new com.vaadin.flow.component.html.UnorderedList();
        problems.addClassName("import-report");
        var report = new com.vaadin.flow.component.html.Div(problems);
        report.getElement().setAttribute("role", "alert");
        var upload = new com.vaadin.flow.component.upload.Upload();
        upload.setUploadHandler(
                org.youthvoice.base.ui.LimitedUpload.inMemory(SurveyFiles.MAX_BYTES, (name, bytes) -> {
                    problems.removeAll();
                    try {
                        long id = files.importJson(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                        dialog.close();
                        Notifications.success(getTranslation("survey.imported"));
                        UI.getCurrent().navigate(SurveyEditorView.class,
                                new RouteParameters("id", String.valueOf(id)));
                    } catch (SurveyDefinitionException e) {
                        problems.add(new com.vaadin.flow.component.html.ListItem(
                                getTranslation(e.messageKey(), e.arguments())));
                        e.problems().forEach(p -> problems.add(new com.vaadin.flow.component.html.ListItem(
                                p.where() + ": " + getTranslation(p.messageKey(), p.arguments().toArray()))));
                    } catch (UserFacingException e) {
                        problems.add(new com.vaadin.flow.component.html.ListItem(
                                getTranslation(e.messageKey(), e.arguments())));
                    }
                }, refusal -> {
                    problems.removeAll();
                    problems.add(new com.vaadin.flow.component.html.ListItem(refusal));
                    // Ready for another file at once (a full list also greys the drop area below readable contrast).
                    upload.clearFileList();
                }));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(SurveyFiles.MAX_BYTES);
        dialog.add(new Paragraph(getTranslation("survey.import.explain")), upload, report);
        dialog.setWidth("40rem");
        dialog.getFooter().add(new Button(getTranslation("action.close"), c -> dialog.close()));
        dialog.open();
    }

    static String when(@Nullable LocalDateTime time) {
        return time == null ? "" : WHEN.format(time);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.surveys");
    }
}
