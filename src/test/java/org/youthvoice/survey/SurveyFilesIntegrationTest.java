package org.youthvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.framework.NodeKind;
import org.youthvoice.framework.TagNode;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.internal.SurveyDefinitionException;
import org.youthvoice.testing.IntegrationTest;
import org.youthvoice.testing.TestAccounts;

@IntegrationTest
class SurveyFilesIntegrationTest {

    static final List<String> ONS = List.of("ons-life-satisfaction", "ons-worthwhile", "ons-happy-yesterday",
            "ons-anxious-yesterday");

    @Autowired
    SurveyFiles files;
    @Autowired
    SurveyService surveys;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    JdbcClient jdbc;

    private static <T> T asOfficer(java.util.function.Supplier<T> work) {
        return SystemTask.runAs(work, Roles.OFFICER);
    }

    private boolean surveyTitled(String title) {
        return jdbc.sql("SELECT COUNT(*) FROM survey WHERE title = ?").param(title).query(Integer.class).single() > 0;
    }

    private List<DefinitionProblem> refused(String json) {
        var refused = catchThrowableOfType(SurveyDefinitionException.class, () -> asOfficer(() ->
                files.importJson(json)));
        assertThat(refused).as("the file should be refused").isNotNull();
        return refused.problems();
    }

    @Test
    void an_exported_survey_imports_as_an_equal_new_draft() {
        var survey = SurveyExamples.everyKindOfQuestion(TestAccounts.uniqueName("Round trip"));
        long original = asOfficer(() -> surveys.create(survey));

        String json = asOfficer(() -> files.exportJson(original));
        long copy = asOfficer(() -> files.importJson(json));

        assertThat(copy).isNotEqualTo(original);
        var copied = asOfficer(() -> surveys.definition(copy));
        assertThat(copied).isEqualTo(asOfficer(() -> surveys.definition(original))).isEqualTo(survey);
        assertThat(asOfficer(() -> surveys.summary(copy)).status()).isEqualTo(SurveyStatus.DRAFT);
        assertThat(asOfficer(() -> files.exportJson(copy))).isEqualTo(json);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SURVEY_EXPORTED' AND record_id = ?")
                .param(String.valueOf(original)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void a_file_with_several_mistakes_is_refused_whole_with_each_place_and_reason_and_creates_nothing() {
        String title = TestAccounts.uniqueName("Refused");
        String json = """
                {
                  "format": "youth-voice-survey",
                  "formatVersion": 1,
                  "survey": {
                    "title": "%s",
                    "versions": [
                      {"key": "all", "label": "Everyone", "ageBand": "AGE_12_15",
                       "questions": [{"question": "safe"}, {"question": "why"}, {"question": "mood"}]}
                    ],
                    "questions": [
                      {"key": "safe", "kind": "YES_NO_NOT_SURE", "text": "Do you feel safe?",
                       "options": [{"key": "yes", "label": "Yes"}, {"key": "no", "label": "No"}]},
                      {"key": "why", "kind": "FREE_TEXT", "text": "Why?", "optional": "yes",
                       "showIf": {"question": "safe", "options": ["maybe"]}},
                      {"key": "mood", "kind": "EMOJI", "text": "Mood?", "tags": ["CP-2022.HOME", "NO.SUCH.CODE"]},
                      {"key": "extra", "kind": "FREE_TEXT", "text": "Extra", "colour": "red"}
                    ]
                  }
                }
                """.formatted(title);

        var problems = refused(json);

        assertThat(problems).extracting(DefinitionProblem::where, DefinitionProblem::messageKey).containsExactly(
                tuple("survey.versions[0].ageBand (line 7)", "survey.file.unknownValue"),
                tuple("survey.versions[0].questions[1].showIf (line 8)", "survey.problem.showIfOption"),
                tuple("survey.questions[0].options (line 12)", "survey.problem.fixedOptions"),
                tuple("survey.questions[1].optional (line 13)", "survey.file.notTrueOrFalse"),
                tuple("survey.questions[2].kind (line 15)", "survey.file.unknownValue"),
                tuple("survey.questions[3].colour (line 16)", "survey.file.unknownField"),
                tuple("survey.questions[3] (line 16)", "survey.problem.notAsked"));
        assertThat(problems.get(0).arguments()).containsExactly("AGE_12_15",
                "AGE_4_7, AGE_8_11, AGE_11_17, AGE_16_25");
        assertThat(surveyTitled(title)).isFalse();
    }

    @Test
    void a_tag_that_is_not_in_the_councils_frameworks_is_refused_with_its_place() {
        String title = TestAccounts.uniqueName("Unknown tag");
        var survey = SurveyExamples.everyKindOfQuestion(title);
        String json = org.youthvoice.survey.exchange.SurveyFormat.write(survey)
                .replace("\"CP-2022.REL\"", "\"CP-2099.REL\"");

        assertThat(refused(json)).extracting(DefinitionProblem::messageKey).containsOnly("survey.problem.unknownTag")
                .hasSize(2);
        assertThat(refused(json).getFirst().where()).matches("survey\\.questions\\[1]\\.tags\\[1] \\(line \\d+\\)");
        assertThat(surveyTitled(title)).isFalse();
    }

    @Test
    void broken_json_is_refused_with_its_line_and_column() {
        var problems = refused("{\n  \"format\": \"youth-voice-survey\",\n  \"formatVersion\": 1,\n  \"survey\": {\n"
                + "    \"title\": \"Oops\",,\n  }\n}\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("line 5, column 21");
            assertThat(p.messageKey()).isEqualTo("survey.file.malformed.character");
            assertThat(p.arguments()).containsExactly(",");
        });
    }

    @Test
    void the_templates_are_listed_with_what_they_are_for() {
        var templates = asOfficer(() -> files.templates());

        assertThat(templates).extracting(SurveyTemplate::key).containsExactlyInAnyOrder("children-in-care",
                "care-leavers");
        assertThat(templates).allSatisfy(t -> {
            assertThat(t.title()).isNotBlank();
            assertThat(t.description()).isNotBlank();
        });
    }

    @Test
    void both_templates_import_with_no_problems_and_tag_all_seven_corporate_parenting_priorities() throws IOException {
        var tree = asOfficer(() -> frameworks.tree("CP-2022")).orElseThrow();
        var priorities = tree.nodes().stream().filter(n -> n.kind() == NodeKind.PRIORITY && !n.removed()).toList();
        assertThat(priorities).as("the corporate parenting plan the app seeded").hasSize(7);

        for (String key : List.of("children-in-care", "care-leavers")) {
            String json = new ClassPathResource("survey-templates/" + key + ".json")
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(asOfficer(() -> surveys.problems(
                    org.youthvoice.survey.exchange.SurveyFormat.read(json, s -> List.of()).survey(), true)))
                    .as(key).isEmpty();

            long id = asOfficer(() -> files.createFromTemplate(key));
            var survey = asOfficer(() -> surveys.definition(id));

            Set<String> tags = new HashSet<>();
            survey.questions().forEach(q -> tags.addAll(q.tags()));
            for (TagNode priority : priorities) {
                var codes = new ArrayList<String>(List.of(priority.code()));
                priority.children().forEach(c -> codes.add(c.code()));
                assertThat(tags).as(key + " is tagged to " + priority.title()).containsAnyElementsOf(codes);
            }
            var older = survey.versions().stream().filter(v -> v.ageBand() != AgeBand.AGE_4_7).toList();
            assertThat(older).as(key + " has versions for 8 and up").isNotEmpty();
            for (String ons : ONS) {
                assertThat(survey.question(ons)).as(key + " asks " + ons).get()
                        .extracting(SurveyDefinition.QuestionDefinition::kind).isEqualTo(QuestionKind.SCALE_0_10);
                assertThat(older).allSatisfy(v -> assertThat(v.items()).as(key + " " + v.key() + " asks " + ons)
                        .anyMatch(i -> i.question().equals(ons)));
            }
        }
    }

    @Test
    void an_unknown_template_is_refused_in_plain_words() {
        assertThatThrownBy(() -> asOfficer(() -> files.createFromTemplate("../application")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("survey.error.noTemplate"));
    }

    @Test
    void only_officers_export_import_and_use_templates() {
        for (String role : new String[] {Roles.VIEWER, Roles.SAFEGUARDING_LEAD, Roles.MEMBER}) {
            assertThatThrownBy(() -> SystemTask.runAs(() -> files.exportJson(1), role))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> files.importJson("{}"), role))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> files.templates(), role))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> files.createFromTemplate("care-leavers"), role))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
