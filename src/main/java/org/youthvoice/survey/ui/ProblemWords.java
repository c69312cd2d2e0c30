package org.youthvoice.survey.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youthvoice.survey.DefinitionProblem;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;

/**
 * Says in words what a problem with a survey is about ("Question 3 ("How old are you?"), option 2 ("Eleven")") and
 * what is wrong, instead of a path such as {@code questions[2].options[1].label}.
 */
final class ProblemWords {

    /** Message lookup, as {@code getTranslation}. */
    interface Messages {
        String get(String key, Object... arguments);
    }

    private static final Pattern INDEXED = Pattern.compile("(questions|versions|options|tags)\\[(\\d+)]");
    private static final int SHORT = 60;

    private final Messages messages;
    private final SurveyDefinition survey;

    ProblemWords(Messages messages, SurveyDefinition survey) {
        this.messages = messages;
        this.survey = survey;
    }

    /** "Where: what is wrong", question keys in the message replaced by the questions' words. */
    String describe(DefinitionProblem problem) {
        String what = messages.get(problem.messageKey(),
                problem.arguments().stream().map(this::questionWords).toArray());
        String where = where(problem.where());
        return where.isEmpty() ? what : where + ": " + what;
    }

    String where(String path) {
        var parts = new ArrayList<String>();
        String[] steps = path.split("\\.");
        if (path.startsWith("questions.") || path.startsWith("versions.") || path.startsWith("translations.")) {
            return byKey(steps);
        }
        QuestionDefinition question = null;
        SurveyDefinition.VersionDefinition version = null;
        for (String step : steps) {
            Matcher m = INDEXED.matcher(step);
            if (m.matches()) {
                int i = Integer.parseInt(m.group(2));
                switch (m.group(1)) {
                    case "questions" -> {
                        if (version != null && i < version.items().size()) {
                            question = survey.question(version.items().get(i).question()).orElse(null);
                            parts.add(question == null ? messages.get("survey.where.questionNumber", i + 1)
                                    : question(question));
                        } else if (version == null && i < survey.questions().size()) {
                            question = survey.questions().get(i);
                            parts.add(question(question));
                        }
                    }
                    case "versions" -> {
                        if (i < survey.versions().size()) {
                            version = survey.versions().get(i);
                            parts.add(messages.get("survey.where.version", version.label()));
                        }
                    }
                    case "options" -> {
                        var options = question == null ? List.<SurveyDefinition.OptionDefinition>of()
                                : question.options();
                        parts.add(i < options.size() && !options.get(i).label().isBlank()
                                ? messages.get("survey.where.option", i + 1, shorten(options.get(i).label()))
                                : messages.get("survey.where.optionNumber", i + 1));
                    }
                    case "tags" -> parts.add(messages.get("survey.where.tag", i + 1));
                    default -> {
                    }
                }
            } else {
                parts.add(part(step, version != null && question == null));
            }
        }
        parts.removeIf(String::isEmpty);
        return String.join(", ", parts);
    }

    private String byKey(String[] steps) {
        var parts = new ArrayList<String>();
        if (steps[0].equals("translations")) {
            return steps.length > 1 ? messages.get("survey.where.translation", steps[1]) : "";
        }
        if (steps[0].equals("questions") && steps.length > 1) {
            parts.add(survey.question(steps[1]).map(this::question)
                    .orElseGet(() -> messages.get("survey.where.removedQuestion")));
            if (steps.length > 3 && steps[2].equals("options")) {
                parts.add(messages.get("survey.where.removedOption"));
            }
        }
        if (steps[0].equals("versions") && steps.length > 1) {
            parts.add(survey.version(steps[1]).map(v -> messages.get("survey.where.version", v.label()))
                    .orElseGet(() -> messages.get("survey.where.removedVersion")));
        }
        return String.join(", ", parts);
    }

    private String part(String step, boolean ofVersion) {
        return switch (step) {
            case "title" -> messages.get("survey.where.title");
            case "intro" -> messages.get(ofVersion ? "survey.where.versionIntro" : "survey.where.intro");
            case "thankYou" -> messages.get("survey.where.thankYou");
            case "versions" -> messages.get("survey.where.versions");
            case "label" -> messages.get(ofVersion ? "survey.where.versionLabel" : "survey.where.words");
            case "text" -> messages.get("survey.where.words");
            case "help" -> messages.get("survey.where.help");
            case "lowLabel" -> messages.get("survey.where.lowLabel");
            case "highLabel" -> messages.get("survey.where.highLabel");
            case "picture" -> messages.get("survey.where.picture");
            case "maxLength" -> messages.get("survey.where.maxLength");
            case "demographic" -> messages.get("survey.where.demographic");
            case "options" -> messages.get("survey.where.options");
            case "showIf" -> messages.get("survey.where.showIf");
            case "section" -> messages.get("survey.where.section");
            case "questions" -> ofVersion ? messages.get("survey.where.versionQuestions") : "";
            default -> "";
        };
    }

    private String question(QuestionDefinition q) {
        int number = survey.questions().indexOf(q) + 1;
        return q.text() == null || q.text().isBlank() ? messages.get("survey.where.questionNumber", number)
                : messages.get("survey.where.question", number, shorten(q.text()));
    }

    /** A question key among a message's arguments reads better as the question's words. */
    private String questionWords(String argument) {
        return survey.question(argument).filter(q -> q.text() != null && !q.text().isBlank())
                .map(q -> shorten(q.text())).orElse(argument);
    }

    static String shorten(String text) {
        String clean = text.strip().replaceAll("\\s+", " ");
        return clean.length() <= SHORT ? clean : clean.substring(0, SHORT - 1).stripTrailing() + "…";
    }
}
