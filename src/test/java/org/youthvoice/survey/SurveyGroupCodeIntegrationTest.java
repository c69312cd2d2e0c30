package org.youthvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;

/** Officers may type a group's access code: read as young people type it, and never twice in one survey. */
@IntegrationTest
class SurveyGroupCodeIntegrationTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    SurveyTaking taking;
    @Autowired
    JdbcClient jdbc;

    private static <T> T asOfficer(Supplier<T> work) {
        return SystemTask.runAs(work, Roles.OFFICER);
    }

    private long survey() {
        return asOfficer(() -> surveys.create(AnsweredSurvey.awkward()));
    }

    private static void refusedWith(String key, Runnable work) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    @Test
    void a_typed_code_is_kept_as_young_people_type_it_and_opens_the_survey_for_that_group() {
        long id = survey();
        String code = unique("OAK");
        var group = asOfficer(() -> surveys.addGroup(id, "Oakwood School", true,
                " " + code.substring(0, 3).toLowerCase() + "-" + code.substring(3) + " ", 30));

        assertThat(group.code()).isEqualTo(code);
        assertThat(asOfficer(() -> surveys.groups(id))).extracting(SurveyGroup::code).containsExactly(code);

        SystemTask.runAs(() -> surveys.publish(id, new SurveySettings(SurveyAccess.GROUP_CODE, null, null)),
                Roles.OFFICER);
        String slug = asOfficer(() -> surveys.summary(id).slug());
        long version = taking.entry(slug).orElseThrow().versions().getFirst().id();
        taking.start(slug, new StartRequest(version, code.toLowerCase(), "en", false, "192.0.2.31"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ? AND group_id = ?")
                .params(id, group.id()).query(Integer.class).single()).isOne();
    }

    @Test
    void a_code_another_group_of_the_survey_has_is_refused_and_another_survey_may_use_it() {
        long id = survey();
        String code = unique("ELM");
        asOfficer(() -> surveys.addGroup(id, "Elm House", true, code, null));

        refusedWith("survey.error.groupCodeTaken",
                () -> asOfficer(() -> surveys.addGroup(id, "Elm Club", true, code.toLowerCase(), null)));
        refusedWith("survey.error.groupCodeTaken", () -> asOfficer(() -> surveys.addGroup(id, "Elm Team", true,
                code.substring(0, 2) + " - " + code.substring(2), null)));
        assertThat(asOfficer(() -> surveys.groups(id))).hasSize(1);

        long other = survey();
        assertThat(asOfficer(() -> surveys.addGroup(other, "Elm House", true, code, null)).code()).isEqualTo(code);
    }

    @Test
    void codes_too_short_too_long_or_with_other_signs_are_refused_in_plain_words() {
        long id = survey();
        for (String bad : new String[] {"AB1", "A-B-1", "ABCDEFGHIJKLMNOPQ", "OAK!", "OAKÉ1", "OAK_1"}) {
            refusedWith("survey.error.groupCode", () -> asOfficer(() -> surveys.addGroup(id, "Group " + bad, true,
                    bad, null)));
        }
        assertThat(asOfficer(() -> surveys.groups(id))).isEmpty();
    }

    @Test
    void an_empty_code_gets_one_made_up_and_a_typed_code_means_a_code_is_wanted() {
        long id = survey();
        assertThat(asOfficer(() -> surveys.addGroup(id, "Made up", true, "  ", null)).code())
                .matches("[A-Z2-9]{8}");
        assertThat(asOfficer(() -> surveys.addGroup(id, "No code", false, "", null)).code()).isNull();
        String code = unique("ASH");
        assertThat(asOfficer(() -> surveys.addGroup(id, "Typed", false, code, null)).code()).isEqualTo(code);
    }

    @Test
    void only_officers_add_groups() {
        long id = survey();
        assertThatThrownBy(() -> SystemTask.runAs(() -> surveys.addGroup(id, "Viewers' group", true, "VIEW1", null),
                Roles.VIEWER)).isInstanceOf(AccessDeniedException.class);
    }
}
