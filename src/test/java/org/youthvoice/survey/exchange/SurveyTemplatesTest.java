package org.youthvoice.survey.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import org.youthvoice.people.AgeBand;
import org.youthvoice.survey.Demographic;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.internal.DefinitionCheck;
import org.youthvoice.survey.internal.SurveyPictures;

/**
 * What the ready-made surveys promise officers, checked without a database. That every tag is a real framework code
 * is checked against the seeded frameworks in SurveyFilesIntegrationTest.
 */
class SurveyTemplatesTest {

    static final List<String> ONS = List.of("ons-life-satisfaction", "ons-worthwhile", "ons-happy-yesterday",
            "ons-anxious-yesterday");

    private static SurveyFormat.Read template(String key) throws IOException {
        String json = new ClassPathResource("survey-templates/" + key + ".json")
                .getContentAsString(StandardCharsets.UTF_8);
        return SurveyFormat.read(json, survey -> {
            var tags = new HashSet<String>();
            survey.questions().forEach(q -> tags.addAll(q.tags()));
            return DefinitionCheck.check(survey, tags);
        });
    }

    private static List<QuestionDefinition> asked(SurveyDefinition survey, VersionDefinition version) {
        return version.items().stream().map(i -> survey.question(i.question()).orElseThrow()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"children-in-care", "care-leavers"})
    void a_template_keeps_every_rule_and_says_what_it_is_for(String key) throws IOException {
        var read = template(key);

        assertThat(read.description()).isNotBlank();
        assertThat(read.survey().title()).isNotBlank();
        assertThat(read.survey().questions()).allSatisfy(q -> assertThat(q.tags()).as(q.key()).isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"children-in-care", "care-leavers"})
    void a_template_is_written_exactly_as_an_export_would_write_it(String key) throws IOException {
        String json = new ClassPathResource("survey-templates/" + key + ".json")
                .getContentAsString(StandardCharsets.UTF_8);
        var read = template(key);

        assertThat(SurveyFormat.write(read.survey(), read.description())).isEqualTo(json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"children-in-care", "care-leavers"})
    void a_template_uses_every_kind_of_question_and_a_show_if_rule(String key) throws IOException {
        var survey = template(key).survey();

        assertThat(survey.questions().stream().map(QuestionDefinition::kind).toList())
                .containsAll(EnumSet.allOf(QuestionKind.class));
        assertThat(survey.questions()).anyMatch(q -> q.showIf() != null);
        assertThat(survey.questions()).filteredOn(q -> q.kind() == QuestionKind.FREE_TEXT)
                .allSatisfy(q -> assertThat(q.maxLength()).isNotNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"children-in-care", "care-leavers"})
    void every_version_from_eight_up_asks_the_four_ons_questions_on_a_0_to_10_scale(String key) throws IOException {
        var survey = template(key).survey();
        var older = survey.versions().stream().filter(v -> v.ageBand() != AgeBand.AGE_4_7).toList();

        assertThat(older).isNotEmpty();
        for (String ons : ONS) {
            var question = survey.question(ons).orElseThrow();
            assertThat(question.kind()).isEqualTo(QuestionKind.SCALE_0_10);
            assertThat(question.lowLabel()).startsWith("Not at all");
            assertThat(question.highLabel()).startsWith("Completely");
            assertThat(older).allSatisfy(v -> assertThat(v.items()).as(v.key())
                    .anyMatch(i -> i.question().equals(ons)));
        }
        assertThat(survey.question("ons-anxious-yesterday").orElseThrow().text())
                .isEqualTo("Overall, how anxious did you feel yesterday?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"children-in-care", "care-leavers"})
    void about_you_questions_are_optional_banded_and_care_status_uses_the_counted_keys(String key)
            throws IOException {
        var survey = template(key).survey();
        var aboutYou = survey.questions().stream().filter(q -> q.demographic() != null).toList();

        assertThat(aboutYou).extracting(QuestionDefinition::demographic).contains(Demographic.AGE_BAND,
                Demographic.GENDER, Demographic.PLACEMENT, Demographic.TIME_IN_CARE, Demographic.CARE_STATUS);
        assertThat(aboutYou).allSatisfy(q -> {
            assertThat(q.optional()).as(q.key()).isTrue();
            assertThat(q.kind()).as(q.key()).isEqualTo(QuestionKind.SINGLE_CHOICE);
        });
        assertThat(aboutYou).filteredOn(q -> q.demographic() == Demographic.CARE_STATUS).singleElement()
                .satisfies(q -> assertThat(q.options()).extracting(OptionDefinition::key)
                        .containsExactly("in-care", "care-leaver", "other"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"children-in-care", "care-leavers"})
    void each_version_fits_in_fifteen_minutes_on_a_phone(String key) throws IOException {
        var survey = template(key).survey();

        for (var version : survey.versions()) {
            var asked = asked(survey, version);
            long freeText = asked.stream().filter(q -> q.kind() == QuestionKind.FREE_TEXT).count();
            assertThat(asked.size()).as(version.key()).isLessThanOrEqualTo(32);
            assertThat(freeText).as(version.key()).isLessThanOrEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"children-in-care", "care-leavers"})
    void core_questions_are_shared_so_answers_pool(String key) throws IOException {
        var survey = template(key).survey();
        Set<String> keys = new HashSet<>(List.of("care-status", "anything-else", "home-feel", "home-safe"));
        keys.addAll(ONS);

        assertThat(survey.questions().stream().map(QuestionDefinition::key).toList()).containsAll(keys);
        if (survey.versions().size() > 1) {
            for (String ons : ONS) {
                assertThat(survey.versions()).filteredOn(v -> v.items().stream()
                        .anyMatch(i -> i.question().equals(ons))).hasSizeGreaterThan(1);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void the_children_in_care_survey_has_a_short_assisted_version_with_faces_and_pictures_for_ages_4_to_7()
            throws IOException {
        var survey = template("children-in-care").survey();

        assertThat(survey.versions()).extracting(VersionDefinition::ageBand)
                .containsExactly(AgeBand.AGE_4_7, AgeBand.AGE_8_11, AgeBand.AGE_11_17);
        var young = survey.versions().getFirst();
        var asked = asked(survey, young);
        assertThat(young.assisted()).isTrue();
        assertThat(asked).hasSizeLessThanOrEqualTo(10);
        assertThat(asked).filteredOn(q -> q.kind() == QuestionKind.FACE_SCALE).hasSizeGreaterThanOrEqualTo(3);
        assertThat(asked).noneMatch(q -> q.kind() == QuestionKind.SCALE_0_10 || q.kind() == QuestionKind.RANKING);
        var pictures = asked.stream().flatMap(q -> Stream.concat(Stream.of(q.picture()),
                q.options().stream().map(OptionDefinition::picture))).filter(Objects::nonNull).toList();
        assertThat(pictures).hasSizeGreaterThan(10);
        assertThat(SurveyPictures.NAMES).containsAll(pictures);
        assertThat(asked).filteredOn(q -> q.kind() != QuestionKind.FREE_TEXT)
                .allSatisfy(q -> assertThat(q.picture()).as(q.key()).isNotNull());
        // questions young children share with older ones, so their answers pool
        var middle = survey.versions().get(1).items().stream().map(i -> i.question()).toList();
        assertThat(asked.stream().map(QuestionDefinition::key).filter(middle::contains).count())
                .isGreaterThanOrEqualTo(5);
    }
}
