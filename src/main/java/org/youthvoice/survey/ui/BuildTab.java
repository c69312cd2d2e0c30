package org.youthvoice.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.RowActions;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.internal.SurveyDefinitionException;
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
        StaffLists.fit(versions);
        StaffLists.words(versions.addColumn(VersionDefinition::label).setHeader(getTranslation("survey.version.label")),
                1);
        StaffLists.narrow(versions.addColumn(v -> v.ageBand() == null ? getTranslation("survey.version.custom")
                : getTranslation("survey.version.ages", v.ageBand().label()))
                .setHeader(getTranslation("survey.version.ageBand")));
        StaffLists.narrow(versions.addColumn(v -> v.assisted() ? getTranslation("survey.version.assisted.short") : "")
                .setHeader(getTranslation("survey.version.assisted.column")));
        StaffLists.narrow(versions.addColumn(v -> draft.questions.stream()
                .filter(q -> q.askedIn().containsKey(v.key())).count())
                .setHeader(getTranslation("survey.version.count")));
        RowActions.of(versions)
                .button(getTranslation("action.edit"), v -> getTranslation("survey.version.editFor", v.label()),
                        v -> new VersionEditor(draft, v, changed -> {
                            draft.putVersion(changed);
                            changed();
                        }).open())
                .button(getTranslation("survey.remove"), v -> getTranslation("survey.version.remove", v.label()), v -> {
                    draft.removeVersion(v.key());
                    changed();
                })
                .theme("tertiary")
                .link(v -> getTranslation("survey.version.preview"),
                        v -> getTranslation("survey.version.previewFor", v.label()),
                        v -> "surveys/" + surveyId + "/preview/" + v.key(), true)
                .shownWhen(v -> savedVersions.contains(v.key()))
                .column(getTranslation("account.actions"));
        versions.setAllRowsVisible(true);
        versions.setAriaLabel(getTranslation("survey.versions"));
    }

    private void questionGrid() {
        StaffLists.fit(questions);
        StaffLists.narrow(questions.addColumn(q -> draft.questions.indexOf(q) + 1)
                .setHeader(getTranslation("survey.question.number")));
        StaffLists.words(questions.addColumn(q -> q.question().text())
                .setHeader(getTranslation("survey.question.text")), 4);
        StaffLists.narrow(questions.addColumn(q -> getTranslation("survey.kind." + q.question().kind().name()))
                .setHeader(getTranslation("survey.question.kind")));
        StaffLists.words(questions.addColumn(q -> draft.versions.stream().filter(v -> q.askedIn().containsKey(v.key()))
                .map(VersionDefinition::label).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("survey.question.askedIn")), 1);
        StaffLists.words(questions.addColumn(q -> {
            var rule = q.question().showIf();
            return rule == null ? "" : draft.questions.stream().filter(d -> d.key().equals(rule.question()))
                    .findFirst().map(d -> getTranslation("survey.question.onlyIf", draft.questions.indexOf(d) + 1))
                    .orElse(getTranslation("survey.question.onlyIf.gone"));
        }).setHeader(getTranslation("survey.question.showIf.column")), 1);
        StaffLists.narrow(questions.addColumn(q -> q.question().tags().size())
                .setHeader(getTranslation("survey.question.tags.column")));
        RowActions.of(questions)
                .button(getTranslation("action.edit"),
                        q -> getTranslation("survey.question.editNumber", draft.questions.indexOf(q) + 1),
                        q -> new QuestionEditor(draft, q, savedQuestions.contains(q.key()), tagTitles, changed -> {
                            draft.put(changed);
                            changed();
                        }).open())
                .button(getTranslation("survey.move.up"),
                        q -> getTranslation("survey.question.up", draft.questions.indexOf(q) + 1), q -> {
                            draft.move(draft.questions.indexOf(q), -1);
                            changed();
                        })
                .enabledWhen(q -> draft.questions.indexOf(q) > 0)
                .button(getTranslation("survey.move.down"),
                        q -> getTranslation("survey.question.down", draft.questions.indexOf(q) + 1), q -> {
                            draft.move(draft.questions.indexOf(q), 1);
                            changed();
                        })
                .enabledWhen(q -> draft.questions.indexOf(q) < draft.questions.size() - 1)
                .button(getTranslation("survey.remove"),
                        q -> getTranslation("survey.question.remove", draft.questions.indexOf(q) + 1), q -> {
                            draft.questions.remove(q);
                            changed();
                        })
                .theme("tertiary")
                .column(getTranslation("account.actions"));
        questions.setAllRowsVisible(true);
        questions.setAriaLabel(getTranslation("survey.questions"));
        questions.setEmptyStateText(getTranslation("survey.questions.none"));
    }

    private void changed() {
        unsaved.setText(getTranslation("survey.unsaved"));
        refresh();
    }

    private void refresh() {
        StaffLists.show(versions, draft.versions);
        StaffLists.show(questions, draft.questions);
    }
}
