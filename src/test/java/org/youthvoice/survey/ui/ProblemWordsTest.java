package org.youthvoice.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.youthvoice.survey.DefinitionProblem;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.ShowIf;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;

/** Officers read what is wrong and where in words, never a path such as questions[1].options[0]. */
class ProblemWordsTest {

    private static final Properties messages = new Properties();

    @BeforeAll
    static void read() throws IOException {
        try (Reader reader = Files.newBufferedReader(
                Path.of("src", "main", "resources", "vaadin-i18n", "translations.properties"), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
    }

    private static String get(String key, Object... arguments) {
        String text = messages.getProperty(key);
        assertThat(text).as(key).isNotNull();
        return arguments.length == 0 ? text : new MessageFormat(text, Locale.ENGLISH).format(arguments);
    }

    private final SurveyDefinition survey = new SurveyDefinition("Clubs", null, null,
            List.of(new VersionDefinition("v1", "Ages 8 to 11", null, false, null,
                    List.of(new VersionItem("later", null), new VersionItem("colour", null)))),
            List.of(new QuestionDefinition("colour", QuestionKind.SINGLE_CHOICE, "What colour do you like best?", null,
                            null, false, null, null, null, null, null,
                            List.of(new OptionDefinition("red", "Red", null), new OptionDefinition("x", "", null)),
                            List.of()),
                    new QuestionDefinition("later", QuestionKind.FREE_TEXT, "Why that colour?", null, null, false,
                            null, null, null, null, new ShowIf("colour", List.of("red")), List.of(), List.of())),
            Map.of());

    private String describe(String where, String key, Object... arguments) {
        return new ProblemWords(ProblemWordsTest::get, survey).describe(DefinitionProblem.of(where, key, arguments));
    }

    @Test
    void an_option_problem_names_the_question_and_the_option() {
        assertThat(describe("questions[0].options[1].label", "survey.problem.required"))
                .isEqualTo("Question 1 (\"What colour do you like best?\"), option 2, the words: "
                        + "This must not be empty.");
        assertThat(describe("questions[0].options", "survey.problem.optionCount", 30))
                .isEqualTo("Question 1 (\"What colour do you like best?\"), the answer options: "
                        + "Give between 2 and 30 options.");
    }

    @Test
    void a_rule_problem_in_a_version_names_the_version_and_both_questions_in_words() {
        assertThat(describe("versions[0].questions[0].showIf", "survey.problem.showIfOrder", "colour"))
                .isEqualTo("Version \"Ages 8 to 11\", Question 2 (\"Why that colour?\"), the \"only ask if\" rule: "
                        + "This question depends on \"What colour do you like best?\", which must come earlier in "
                        + "every version that asks it.");
    }

    @Test
    void survey_and_version_fields_and_published_changes_are_named() {
        assertThat(describe("title", "survey.problem.required")).isEqualTo("The title: This must not be empty.");
        assertThat(describe("versions[0].label", "survey.problem.tooLong", 100))
                .isEqualTo("Version \"Ages 8 to 11\", its name: This is too long: at most 100 characters.");
        assertThat(describe("questions.gone", "survey.problem.publishedRemoved", "How old are you?"))
                .startsWith("A question that was taken out: Young people have already been asked \"How old are you?\"");
        assertThat(describe("questions.colour.options.blue", "survey.problem.publishedOption", "Blue"))
                .startsWith("Question 1 (\"What colour do you like best?\"), an option that was taken out: ");
        assertThat(describe("versions", "survey.problem.noVersion"))
                .isEqualTo("Versions: A survey needs at least one version.");
    }

    @Test
    void long_question_words_are_shortened() {
        assertThat(ProblemWords.shorten("word ".repeat(40))).hasSizeLessThanOrEqualTo(60).endsWith("…");
        assertThat(ProblemWords.shorten("  short \n words ")).isEqualTo("short words");
    }
}
