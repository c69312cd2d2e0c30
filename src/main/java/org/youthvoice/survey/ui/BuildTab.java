package org.youthvoice.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinitionException;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.ui.SurveyDraft.DraftQuestion;

/** The survey's words, its versions and its questions, saved whole; a refused save shows every problem in words. */
class BuildTab extends VerticalLayout {

    private final SurveyService surveys;
    private final long surveyId;
    private final boolean published;
    private final SurveyDraft draft;
    private final Map<String, String> tagTitles;
    /** Questions young people may have answered: their kind stays. */
    private final Set<String> savedQuestions = new HashSet<>();
    private final Set<String> savedVersions = new HashSet<>();
    private final Div problems = new Div();
    private final Grid<VersionDefinition> versions = new Grid<>();
    private final Grid<DraftQuestion> questions = new Grid<>();
    private final Span unsaved = new Span();
    private final Runnable saved;

    BuildTab(SurveyService surveys, long surveyId, boolean published, SurveyDraft draft, SurveyDefinition stored,
            Map<String, String> tagTitles, Runnable saved) {
        this.surveys = surveys;
        this.saved = saved;
        this.surveyId = surveyId;
        this.published = published;
        this.draft = draft;
        this.tagTitles = tagTitles;
        setPadding(false);
        remember(stored);
        problems.setId("survey-problems");
        problems.addClassName("survey-problems");
        problems.getElement().setAttribute("role", "alert");
        add(problems);
        if (published) {
            var note = new Paragraph(getTranslation("survey.published.explain"));
            note.addClassName("survey-note");
            add(note);
        }

        var title = new TextField(getTranslation("survey.title"));
        title.setMaxLength(200);
        title.setValue(draft.title);
        title.addValueChangeListener(e -> {
            draft.title = e.getValue();
            changed();
        });
        var intro = new TextArea(getTranslation("survey.intro"));
        intro.setHelperText(getTranslation("survey.intro.help"));
        intro.setMaxLength(2000);
        intro.setValue(draft.intro == null ? "" : draft.intro);
        intro.addValueChangeListener(e -> {
            draft.intro = e.getValue();
            changed();
        });
        var thanks = new TextArea(getTranslation("survey.thankYou"));
        thanks.setHelperText(getTranslation("survey.thankYou.help"));
        thanks.setMaxLength(2000);
        thanks.setValue(draft.thankYou == null ? "" : draft.thankYou);
        thanks.addValueChangeListener(e -> {
            draft.thankYou = e.getValue();
            changed();
        });
        var words = new FormLayout(title, intro, thanks);
        words.setColspan(title, 2);
        words.setWidthFull();

        versionGrid();
        questionGrid();
        var addVersion = new Button(getTranslation("survey.version.add"), c -> new VersionEditor(draft, null, v -> {
            draft.putVersion(v);
            changed();
        }).open());
        var addQuestion = new Button(getTranslation("survey.question.add"),
                c -> new QuestionEditor(draft, null, false, tagTitles, q -> {
                    draft.put(q);
                    changed();
                }).open());
        var save = new Button(getTranslation("action.save"), c -> save(true));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        unsaved.addClassName("survey-unsaved");
        var saveBar = new HorizontalLayout(save, unsaved);
        saveBar.setAlignItems(FlexComponent.Alignment.CENTER);

        add(words, new H3(getTranslation("survey.versions")), new Paragraph(getTranslation("survey.versions.explain")),
                versions, addVersion, new H3(getTranslation("survey.questions")),
                new Paragraph(getTranslation("survey.questions.explain")), questions, addQuestion, saveBar);
        refresh();
    }

    /**
     * Saves what is on screen. On a refusal everything stays as typed and each problem is listed.
     *
     * @param announce say "Saved." (not when something else follows that says what happened)
     */
    boolean save(boolean announce) {
        var definition = draft.definition();
        try {
            surveys.save(surveyId, definition);
        } catch (SurveyDefinitionException e) {
            showProblems(definition, e);
            return false;
        } catch (UserFacingException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            return false;
        }
        problems.removeAll();
        remember(definition);
        unsaved.setText("");
        refresh();
        saved.run();
        if (announce) {
            Notifications.success(getTranslation("staff.saved"));
        }
        return true;
    }

    private void showProblems(SurveyDefinition definition, SurveyDefinitionException e) {
        problems.removeAll();
        var words = new ProblemWords(this::getTranslation, definition);
        var list = new UnorderedList();
        e.problems().forEach(p -> list.add(new ListItem(words.describe(p))));
        problems.add(new H3(getTranslation("survey.error.definition", e.problems().size())), list);
        problems.scrollIntoView();
    }

    private void remember(SurveyDefinition saved) {
        savedVersions.clear();
        saved.versions().forEach(v -> savedVersions.add(v.key()));
        savedQuestions.clear();
        if (published) {
            saved.questions().forEach(q -> savedQuestions.add(q.key()));
        }
    }

    private void versionGrid() {
        versions.addColumn(VersionDefinition::label).setHeader(getTranslation("survey.version.label")).setFlexGrow(1);
        versions.addColumn(v -> v.ageBand() == null ? getTranslation("survey.version.custom")
                : getTranslation("survey.version.ages", v.ageBand().label()))
                .setHeader(getTranslation("survey.version.ageBand")).setAutoWidth(true);
        versions.addColumn(v -> v.assisted() ? getTranslation("survey.version.assisted.short") : "")
                .setHeader(getTranslation("survey.version.assisted.column")).setAutoWidth(true);
        versions.addColumn(v -> draft.questions.stream().filter(q -> q.askedIn().containsKey(v.key())).count())
                .setHeader(getTranslation("survey.version.count")).setAutoWidth(true);
        versions.addComponentColumn(v -> {
            var edit = new Button(getTranslation("action.edit"), c -> new VersionEditor(draft, v, changed -> {
                draft.putVersion(changed);
                changed();
            }).open());
            edit.setAriaLabel(getTranslation("survey.version.editFor", v.label()));
            var remove = new Button(getTranslation("survey.remove"), c -> {
                draft.removeVersion(v.key());
                changed();
            });
            remove.setAriaLabel(getTranslation("survey.version.remove", v.label()));
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            var row = new HorizontalLayout(edit, remove);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            if (savedVersions.contains(v.key())) {
                var preview = new Anchor("surveys/" + surveyId + "/preview/" + v.key(),
                        getTranslation("survey.version.preview"));
                preview.getElement().setAttribute("aria-label", getTranslation("survey.version.previewFor", v.label()));
                preview.setTarget(AnchorTarget.BLANK);
                preview.addClassName("target-link");
                row.add(preview);
            }
            return row;
        }).setHeader(getTranslation("account.actions")).setAutoWidth(true);
        versions.setAllRowsVisible(true);
        versions.setAriaLabel(getTranslation("survey.versions"));
    }

    private void questionGrid() {
        questions.addColumn(q -> draft.questions.indexOf(q) + 1).setHeader(getTranslation("survey.question.number"))
                .setAutoWidth(true).setFlexGrow(0);
        questions.addColumn(q -> q.question().text()).setHeader(getTranslation("survey.question.text"))
                .setWidth("16rem").setFlexGrow(1);
        questions.addColumn(q -> getTranslation("survey.kind." + q.question().kind().name()))
                .setHeader(getTranslation("survey.question.kind")).setAutoWidth(true);
        questions.addColumn(q -> draft.versions.stream().filter(v -> q.askedIn().containsKey(v.key()))
                .map(VersionDefinition::label).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("survey.question.askedIn")).setWidth("9rem").setFlexGrow(0);
        questions.addColumn(q -> {
            var rule = q.question().showIf();
            return rule == null ? "" : draft.questions.stream().filter(d -> d.key().equals(rule.question()))
                    .findFirst().map(d -> getTranslation("survey.question.onlyIf", draft.questions.indexOf(d) + 1))
                    .orElse(getTranslation("survey.question.onlyIf.gone"));
        }).setHeader(getTranslation("survey.question.showIf.column")).setWidth("9rem").setFlexGrow(0);
        questions.addColumn(q -> q.question().tags().size()).setHeader(getTranslation("survey.question.tags.column"))
                .setAutoWidth(true);
        questions.addComponentColumn(q -> {
            int index = draft.questions.indexOf(q);
            int number = index + 1;
            var edit = new Button(getTranslation("action.edit"), c -> new QuestionEditor(draft, q,
                    savedQuestions.contains(q.key()), tagTitles, changed -> {
                        draft.put(changed);
                        changed();
                    }).open());
            edit.setAriaLabel(getTranslation("survey.question.editNumber", number));
            var up = new Button(getTranslation("survey.move.up"), c -> {
                draft.move(index, -1);
                changed();
            });
            up.setAriaLabel(getTranslation("survey.question.up", number));
            up.setEnabled(index > 0);
            var down = new Button(getTranslation("survey.move.down"), c -> {
                draft.move(index, 1);
                changed();
            });
            down.setAriaLabel(getTranslation("survey.question.down", number));
            down.setEnabled(index < draft.questions.size() - 1);
            var remove = new Button(getTranslation("survey.remove"), c -> {
                draft.questions.remove(index);
                changed();
            });
            remove.setAriaLabel(getTranslation("survey.question.remove", number));
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            return new HorizontalLayout(edit, up, down, remove);
        }).setHeader(getTranslation("account.actions")).setAutoWidth(true);
        questions.setAllRowsVisible(true);
        questions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        questions.setAriaLabel(getTranslation("survey.questions"));
        questions.setEmptyStateText(getTranslation("survey.questions.none"));
    }

    private void changed() {
        unsaved.setText(getTranslation("survey.unsaved"));
        refresh();
    }

    private void refresh() {
        versions.setItems(new ArrayList<>(draft.versions));
        questions.setItems(new ArrayList<>(draft.questions));
    }
}
