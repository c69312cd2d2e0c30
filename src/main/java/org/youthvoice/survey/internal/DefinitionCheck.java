package org.youthvoice.survey.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.youthvoice.survey.DefinitionProblem;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition;

/**
 * The rules every survey definition keeps, whether an officer built it on screen or imported it from a file. Finds
 * every problem at once, so a file can be fixed in one go.
 */
public final class DefinitionCheck {

    public static final int MAX_TEXT_ANSWER = 5000;
    public static final int DEFAULT_TEXT_ANSWER = 1000;
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");
    static final Pattern TEXT_KEY = Pattern.compile(
            "title|intro|thankYou|v\\.[^.]+\\.(label|intro)|q\\.[^.]+\\.(text|help|low|high)|o\\.[^.]+\\.[^.]+");

    /** The option keys a care status question must have, so participation can be counted from any survey. */
    public static final List<String> CARE_STATUS_KEYS = List.of("in-care", "care-leaver", "other");

    private final List<DefinitionProblem> problems = new ArrayList<>();

    private DefinitionCheck() {
    }

    /**
     * @param knownTags framework codes a question may be tagged with
     * @return every problem found; none means the definition can be saved
     */
    public static List<DefinitionProblem> check(SurveyDefinition survey, Set<String> knownTags) {
        var check = new DefinitionCheck();
        check.all(survey, knownTags);
        return List.copyOf(check.problems);
    }

    /**
     * What a change to a published survey may not do: answers already given must keep their meaning, so questions,
     * their kinds, their options and the versions that asked them stay. Wording may change and questions may be
     * added.
     */
    public static List<DefinitionProblem> keepsAnswers(SurveyDefinition before, SurveyDefinition after) {
        var problems = new ArrayList<DefinitionProblem>();
        for (var old : before.questions()) {
            var now = after.question(old.key());
            if (now.isEmpty()) {
                problems.add(DefinitionProblem.of("questions." + old.key(), "survey.problem.publishedRemoved",
                        old.text()));
                continue;
            }
            if (now.get().kind() != old.kind()) {
                problems.add(DefinitionProblem.of("questions." + old.key(), "survey.problem.publishedKind",
                        old.text()));
            }
            var keys = now.get().options().stream().map(OptionDefinition::key).toList();
            for (var option : old.options()) {
                if (!keys.contains(option.key())) {
                    problems.add(DefinitionProblem.of("questions." + old.key() + ".options." + option.key(),
                            "survey.problem.publishedOption", option.label()));
                }
            }
        }
        for (var old : before.versions()) {
            var now = after.version(old.key());
            if (now.isEmpty()) {
                problems.add(DefinitionProblem.of("versions." + old.key(), "survey.problem.publishedVersion",
                        old.label()));
                continue;
            }
            var asked = now.get().items().stream().map(SurveyDefinition.VersionItem::question).toList();
            for (var item : old.items()) {
                if (!asked.contains(item.question())) {
                    problems.add(DefinitionProblem.of("versions." + old.key() + ".questions." + item.question(),
                            "survey.problem.publishedRemoved", item.question()));
                }
            }
        }
        return problems;
    }

    private void all(SurveyDefinition survey, Set<String> knownTags) {
        text("title", survey.title(), 200, true);
        text("intro", survey.intro(), 2000, false);
        text("thankYou", survey.thankYou(), 2000, false);
        Map<String, QuestionDefinition> questions = new HashMap<>();
        for (int i = 0; i < survey.questions().size(); i++) {
            var q = survey.questions().get(i);
            String where = "questions[" + i + "]";
            if (!KEY.matcher(q.key()).matches()) {
                problem(where + ".key", "survey.problem.key", q.key());
            } else if (questions.putIfAbsent(q.key(), q) != null) {
                problem(where + ".key", "survey.problem.duplicateKey", q.key());
            }
            question(where, q, knownTags);
        }
        if (survey.versions().isEmpty()) {
            problem("versions", "survey.problem.noVersion");
        }
        Set<String> versionKeys = new HashSet<>();
        Set<String> asked = new HashSet<>();
        for (int i = 0; i < survey.versions().size(); i++) {
            var v = survey.versions().get(i);
            String where = "versions[" + i + "]";
            if (!KEY.matcher(v.key()).matches()) {
                problem(where + ".key", "survey.problem.key", v.key());
            } else if (!versionKeys.add(v.key())) {
                problem(where + ".key", "survey.problem.duplicateKey", v.key());
            }
            version(where, v, questions);
            v.items().forEach(item -> asked.add(item.question()));
        }
        for (int i = 0; i < survey.questions().size(); i++) {
            if (!asked.contains(survey.questions().get(i).key())) {
                problem("questions[" + i + "]", "survey.problem.notAsked", survey.questions().get(i).key());
            }
        }
        translations(survey);
    }

    private void question(String where, QuestionDefinition q, Set<String> knownTags) {
        text(where + ".text", q.text(), 500, true);
        text(where + ".help", q.help(), 500, false);
        text(where + ".lowLabel", q.lowLabel(), 100, false);
        text(where + ".highLabel", q.highLabel(), 100, false);
        picture(where + ".picture", q.picture());
        if (q.maxLength() != null && (q.kind() != QuestionKind.FREE_TEXT || q.maxLength() < 1
                || q.maxLength() > MAX_TEXT_ANSWER)) {
            problem(where + ".maxLength", "survey.problem.maxLength", MAX_TEXT_ANSWER);
        }
        if (q.demographic() != null && !q.kind().isSingleChoice()) {
            problem(where + ".demographic", "survey.problem.demographicKind");
        }
        if (q.demographic() == org.youthvoice.survey.Demographic.CARE_STATUS && q.kind().isSingleChoice()
                && !q.options().stream().map(OptionDefinition::key).toList().containsAll(CARE_STATUS_KEYS)) {
            problem(where + ".options", "survey.problem.careStatus", String.join(", ", CARE_STATUS_KEYS));
        }
        if (q.kind().hasOptions()) {
            options(where, q);
        } else if (!q.options().isEmpty()) {
            problem(where + ".options", "survey.problem.noOptionsAllowed");
        }
        for (int t = 0; t < q.tags().size(); t++) {
            if (!knownTags.contains(q.tags().get(t))) {
                problem(where + ".tags[" + t + "]", "survey.problem.unknownTag", q.tags().get(t));
            }
        }
    }

    private void options(String where, QuestionDefinition q) {
        var fixed = q.kind().fixedOptionKeys();
        var keys = q.options().stream().map(OptionDefinition::key).toList();
        if (!fixed.isEmpty() && !keys.equals(fixed)) {
            problem(where + ".options", "survey.problem.fixedOptions", String.join(", ", fixed));
        }
        int most = org.youthvoice.survey.internal.OptionLines.most(q.kind());
        if (fixed.isEmpty() && (q.options().size() < 2 || q.options().size() > most)) {
            problem(where + ".options", "survey.problem.optionCount", most);
        }
        Set<String> seen = new HashSet<>();
        for (int o = 0; o < q.options().size(); o++) {
            var option = q.options().get(o);
            String at = where + ".options[" + o + "]";
            if (!KEY.matcher(option.key()).matches()) {
                problem(at + ".key", "survey.problem.key", option.key());
            } else if (!seen.add(option.key())) {
                problem(at + ".key", "survey.problem.duplicateKey", option.key());
            }
            text(at + ".label", option.label(), 200, true);
            picture(at + ".picture", option.picture());
        }
    }

    private void version(String where, VersionDefinition v, Map<String, QuestionDefinition> questions) {
        text(where + ".label", v.label(), 100, true);
        text(where + ".intro", v.intro(), 2000, false);
        if (v.items().isEmpty()) {
            problem(where + ".questions", "survey.problem.emptyVersion");
        }
        List<String> before = new ArrayList<>();
        for (int i = 0; i < v.items().size(); i++) {
            var item = v.items().get(i);
            String at = where + ".questions[" + i + "]";
            text(at + ".section", item.section(), 200, false);
            var q = questions.get(item.question());
            if (q == null) {
                problem(at, "survey.problem.unknownQuestion", item.question());
                continue;
            }
            if (before.contains(item.question())) {
                problem(at, "survey.problem.askedTwice", item.question());
                continue;
            }
            var rule = q.showIf();
            if (rule != null) {
                var earlier = questions.get(rule.question());
                if (earlier == null || !before.contains(rule.question())) {
                    problem(at + ".showIf", "survey.problem.showIfOrder", rule.question());
                } else if (!earlier.kind().isSingleChoice()) {
                    problem(at + ".showIf", "survey.problem.showIfKind", rule.question());
                } else {
                    var keys = earlier.options().stream().map(OptionDefinition::key).toList();
                    if (rule.options().isEmpty() || !keys.containsAll(rule.options())) {
                        problem(at + ".showIf", "survey.problem.showIfOption", rule.question());
                    }
                }
            }
            before.add(item.question());
        }
    }

    private void translations(SurveyDefinition survey) {
        for (var language : survey.translations().entrySet()) {
            String where = "translations." + language.getKey();
            if (!LANGUAGE.matcher(language.getKey()).matches() || language.getKey().equals("en")) {
                problem(where, "survey.problem.language", language.getKey());
            }
            for (var entry : language.getValue().entrySet()) {
                if (!TEXT_KEY.matcher(entry.getKey()).matches()) {
                    problem(where + "." + entry.getKey(), "survey.problem.textKey", entry.getKey());
                }
                text(where + "." + entry.getKey(), entry.getValue(), 2000, true);
            }
        }
    }

    private void picture(String where, @Nullable String picture) {
        if (picture != null && !SurveyPictures.NAMES.contains(picture)) {
            problem(where, "survey.problem.picture", picture);
        }
    }

    private void text(String where, @Nullable String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problem(where, "survey.problem.required");
            }
        } else if (value.codePointCount(0, value.length()) > max) {
            problem(where, "survey.problem.tooLong", max);
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problem(where, "survey.problem.control");
        }
    }

    private void problem(String where, String key, Object... arguments) {
        problems.add(DefinitionProblem.of(where, key, arguments));
    }
}
