package org.youthvoice.survey.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.youthvoice.survey.DefinitionProblem;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyExamples;
import org.youthvoice.survey.internal.DefinitionCheck;
import org.youthvoice.survey.internal.SurveyDefinitionException;

class SurveyFormatTest {

    private static final Set<String> TAGS = Set.of("CP-2022.HOME", "CP-2022.REL");

    private static List<DefinitionProblem> problems(String json) {
        var refused = catchThrowableOfType(SurveyDefinitionException.class,
                () -> SurveyFormat.read(json, survey -> DefinitionCheck.check(survey, TAGS)));
        assertThat(refused).as("the file should be refused").isNotNull();
        assertThat(refused.messageKey()).isEqualTo("survey.error.definition");
        return refused.problems();
    }

    @Test
    void a_written_survey_reads_back_equal() {
        var survey = SurveyExamples.everyKindOfQuestion();

        var read = SurveyFormat.read(SurveyFormat.write(survey, "For trying"),
                s -> DefinitionCheck.check(s, TAGS));

        assertThat(read.survey()).isEqualTo(survey);
        assertThat(read.description()).isEqualTo("For trying");
    }

    @Test
    void writing_is_pretty_and_the_same_every_time_whatever_order_translations_were_in() {
        var survey = SurveyExamples.everyKindOfQuestion();
        var reordered = new LinkedHashMap<String, Map<String, String>>();
        reordered.put("cy", new LinkedHashMap<>(Map.of("title", "Dy lais", "o.safe.yes", "Ie")));
        reordered.put("pl", survey.translations().get("pl"));
        var same = new SurveyDefinition(survey.title(), survey.intro(), survey.thankYou(), survey.versions(),
                survey.questions(), reordered);

        String json = SurveyFormat.write(survey);

        assertThat(SurveyFormat.write(same)).isEqualTo(json);
        assertThat(json).startsWith("""
                {
                  "format": "youth-voice-survey",
                  "formatVersion": 1,
                  "survey": {
                    "title": "Your say",
                """).endsWith("}\n").doesNotContain("\r").doesNotContain("null");
        assertThat(json.indexOf("\"cy\"")).isLessThan(json.indexOf("\"pl\""));
        assertThat(json.indexOf("\"o.safe.yes\"")).isLessThan(json.indexOf("\"title\": \"Dy lais\""));
    }

    @Test
    void broken_json_is_reported_with_its_line_and_column() {
        String json = """
                {
                  "format": "youth-voice-survey",
                  "formatVersion": 1
                  "survey": {}
                }
                """;

        assertThat(problems(json)).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("line 4, column 3");
            assertThat(p.messageKey()).isEqualTo("survey.file.malformed.character");
            assertThat(words(p)).isEqualTo("This file is not a survey file we can read: the character \" cannot be "
                    + "here. Often a comma is missing just before it, or there is one too many.");
        });
    }

    /** What the officer reads, from the bundled wording. */
    private static String words(DefinitionProblem p) {
        var bundle = new java.util.Properties();
        try (var in = SurveyFormatTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String pattern = bundle.getProperty(p.messageKey());
        assertThat(pattern).as(p.messageKey()).isNotNull();
        return p.arguments().isEmpty() ? pattern
                : new java.text.MessageFormat(pattern).format(p.arguments().toArray());
    }

    @Test
    void files_that_are_not_json_are_refused_in_plain_words_never_the_parser_s_own() {
        var deep = problems("[".repeat(5000));
        var cut = problems("{\n  \"format\": \"youth-voice-survey\",\n  \"survey\": {\"title\": \"Cut");
        var word = problems("{\n  \"format\": youth-voice-survey\n}");
        var closing = problems("{\"format\": [1, 2}");
        var long_ = problems("{\"format\": \"" + "9".repeat(10) + "\", \"n\": " + "9".repeat(2000) + "}");

        assertThat(deep).singleElement().extracting(DefinitionProblem::messageKey)
                .isEqualTo("survey.file.malformed.tooDeep");
        assertThat(cut).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("survey.file.malformed.endsEarly");
            assertThat(p.where()).startsWith("line 3");
        });
        assertThat(word).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("survey.file.malformed.word");
            assertThat(words(p)).contains("\"youth\" cannot be here. Words must be in double quotes.");
        });
        assertThat(closing).singleElement().extracting(DefinitionProblem::messageKey)
                .isEqualTo("survey.file.malformed.closing");
        assertThat(long_).singleElement().extracting(DefinitionProblem::messageKey)
                .isEqualTo("survey.file.malformed.tooLong");
        for (var p : List.of(deep, cut, word, closing, long_)) {
            assertThat(words(p.getFirst())).startsWith("This file is not a survey file we can read: ")
                    .doesNotContain("StreamReadConstraints", "Jackson", "getMax", "code 1", "was expecting",
                            "end-of-input", "Unexpected");
        }
    }

    @Test
    void empty_files_and_text_after_the_end_are_refused() {
        assertThat(problems("  \n")).extracting(DefinitionProblem::messageKey).containsExactly("survey.file.empty");
        assertThat(problems("{\"format\": \"youth-voice-survey\"}\n[]"))
                .extracting(DefinitionProblem::where, DefinitionProblem::messageKey)
                .containsExactly(tuple("line 2, column 1", "survey.file.trailing"));
    }

    @Test
    void a_file_of_another_kind_is_refused_without_a_list_of_everything_else_in_it() {
        assertThat(problems("[1, 2]")).extracting(DefinitionProblem::messageKey)
                .containsExactly("survey.file.notSurveyFile");
        assertThat(problems("{\"format\": \"youth-voice-framework\", \"x\": 1}"))
                .extracting(DefinitionProblem::where, DefinitionProblem::messageKey)
                .containsExactly(tuple("format (line 1)", "survey.file.notSurveyFile"));
    }

    @Test
    void a_newer_format_version_is_refused_whole_and_says_which_versions_this_reader_reads() {
        String json = SurveyFormat.write(SurveyExamples.everyKindOfQuestion()).replace("\"formatVersion\": 1",
                "\"formatVersion\": 2").replace("\"title\": \"Your say\"", "\"title\": \"Your say\", \"colour\": 1");

        assertThat(problems(json)).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("formatVersion (line 3)");
            assertThat(p.messageKey()).isEqualTo("survey.file.newerVersion");
            assertThat(p.arguments()).containsExactly("2", "1");
        });
        assertThat(problems(json.replace("\"formatVersion\": 2", "\"formatVersion\": \"1\"")))
                .extracting(DefinitionProblem::messageKey).containsExactly("survey.file.notWholeNumber");
        assertThat(problems(json.replace("\"formatVersion\": 2", "\"formatVersion\": 0")))
                .extracting(DefinitionProblem::messageKey).containsExactly("survey.file.badVersion");
    }

    @Test
    void every_problem_in_a_file_is_reported_at_once_in_file_order_with_path_and_line() {
        String json = """
                {
                  "format": "youth-voice-survey",
                  "formatVersion": 1,
                  "survey": {
                    "title": "Your say",
                    "colour": "blue",
                    "versions": [
                      {"key": "v", "label": "All", "ageBand": "AGE_12_15", "assisted": "no",
                       "questions": [{"question": "a"}, {"question": "b"}, {"question": "c"}, {"question": "d"}]}
                    ],
                    "questions": [
                      {"key": "a", "kind": "SLIDER", "text": "How much?", "options": 3},
                      {"key": "b", "kind": "FREE_TEXT", "text": "Why?", "maxLength": 10.5, "tags": ["CP-2022.NOPE"]},
                      {"key": "c", "kind": "SINGLE_CHOICE", "text": 7, "picture": "unicorn",
                       "options": [{"key": "x", "label": "X"}, {"key": "y", "label": "Y", "colour": 1}]},
                      {"kind": "YES_NO_NOT_SURE", "text": "Sure?", "options": []},
                      {"key": "e", "kind": "FREE_TEXT", "text": "Never asked", "optional": true, "optional": false}
                    ],
                    "translations": {"cy": {"title": 5}}
                  }
                }
                """;

        assertThat(problems(json)).extracting(DefinitionProblem::where, DefinitionProblem::messageKey).containsExactly(
                tuple("survey.colour (line 6)", "survey.file.unknownField"),
                tuple("survey.versions[0].ageBand (line 8)", "survey.file.unknownValue"),
                tuple("survey.versions[0].assisted (line 8)", "survey.file.notTrueOrFalse"),
                tuple("survey.versions[0].questions[3] (line 9)", "survey.problem.unknownQuestion"),
                tuple("survey.questions[0].kind (line 12)", "survey.file.unknownValue"),
                tuple("survey.questions[0].options (line 12)", "survey.file.notList"),
                tuple("survey.questions[1].maxLength (line 13)", "survey.file.notWholeNumber"),
                tuple("survey.questions[1].tags[0] (line 13)", "survey.problem.unknownTag"),
                tuple("survey.questions[2].text (line 14)", "survey.file.notText"),
                tuple("survey.questions[2].picture (line 14)", "survey.problem.picture"),
                tuple("survey.questions[2].options[1].colour (line 15)", "survey.file.unknownField"),
                tuple("survey.questions[3].key (line 16)", "survey.file.missingField"),
                tuple("survey.questions[4].optional (line 17)", "survey.file.duplicateField"),
                tuple("survey.questions[4] (line 17)", "survey.problem.notAsked"),
                tuple("survey.translations.cy.title (line 19)", "survey.file.notText"));
        var kind = problems(json).stream().filter(p -> p.where().startsWith("survey.questions[0].kind")).findFirst()
                .orElseThrow();
        assertThat(kind.arguments()).containsExactly("SLIDER",
                "SINGLE_CHOICE, MULTIPLE_CHOICE, FACE_SCALE, YES_NO_NOT_SURE, SCALE_0_10, FREE_TEXT, RANKING");
    }

    @Test
    void a_version_whose_questions_cannot_be_read_does_not_make_every_question_unasked() {
        String json = SurveyFormat.write(SurveyExamples.everyKindOfQuestion()).replaceFirst("\"question\": \"home\"",
                "\"question\": 1");

        assertThat(problems(json)).extracting(DefinitionProblem::where, DefinitionProblem::messageKey)
                .containsExactly(tuple("survey.versions[0].questions[0].question (line 17)", "survey.file.notText"));
    }

    @Test
    void missing_parts_are_named() {
        String json = """
                {"format": "youth-voice-survey", "formatVersion": 1,
                 "survey": {"title": "T", "versions": [{"label": "All", "questions": [{"section": "S"}]}],
                            "questions": [{"key": "a", "text": "A?", "showIf": {"question": "b"}}]}}
                """;

        assertThat(problems(json)).extracting(DefinitionProblem::where, DefinitionProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("survey.versions[0].key (line 2)", "survey.file.missingField"),
                        tuple("survey.versions[0].questions[0].question (line 2)", "survey.file.missingField"),
                        tuple("survey.questions[0].kind (line 3)", "survey.file.missingField"),
                        tuple("survey.questions[0].showIf.options (line 3)", "survey.file.missingField"));
        assertThat(problems("{\"format\": \"youth-voice-survey\", \"formatVersion\": 1}"))
                .extracting(DefinitionProblem::where, DefinitionProblem::messageKey)
                .containsExactly(tuple("survey (line 1)", "survey.file.missingField"));
    }

    @Test
    void the_example_in_the_format_documentation_reads_with_no_problems() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "survey-format.md"));
        String section = doc.substring(doc.indexOf("## A short complete example"));
        String json = section.substring(section.indexOf("```json") + "```json".length(), section.indexOf("```\n\n"));

        var survey = SurveyFormat.read(json, s -> {
            var tags = new java.util.HashSet<String>();
            s.questions().forEach(q -> tags.addAll(q.tags()));
            return DefinitionCheck.check(s, tags);
        }).survey();

        assertThat(survey.versions()).hasSize(2);
        assertThat(survey.question("safer").orElseThrow().showIf()).isNotNull();
        assertThat(survey.translations()).containsKey("cy");
    }

    @Test
    void json_null_counts_as_not_given() {
        String json = SurveyFormat.write(SurveyExamples.everyKindOfQuestion()).replace("\"help\": \"Pick a face\"", "\"help\": null");

        var read = SurveyFormat.read(json, s -> DefinitionCheck.check(s, TAGS));

        assertThat(read.survey().question("home").orElseThrow().help()).isNull();
    }
}
