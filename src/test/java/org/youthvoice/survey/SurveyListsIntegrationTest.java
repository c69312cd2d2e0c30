package org.youthvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.base.SystemTask;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;

/** The lists of surveys, read from {@code SurveyStore} with the states bound rather than written in SQL. */
@IntegrationTest
class SurveyListsIntegrationTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyTaking taking;

    @Autowired
    SurveyDirectory directory;

    @Test
    void a_survey_closing_this_week_with_a_response_sent_today_is_in_every_list_until_it_is_closed() {
        LocalDateTime closes = LocalDateTime.now().plusDays(3).truncatedTo(ChronoUnit.SECONDS);
        long id = SystemTask.runAs(() -> {
            long made = surveys.create(SurveyIntegrationTest.everyKind());
            surveys.publish(made, new SurveySettings(SurveyAccess.LINK, null, closes));
            return made;
        }, Roles.OFFICER);
        String slug = SystemTask.runAs(() -> surveys.summary(id).slug(), Roles.OFFICER);
        long younger = taking.entry(slug).orElseThrow().versions().stream().filter(v -> v.key().equals("younger"))
                .findFirst().orElseThrow().id();
        var started = taking.start(slug, new StartRequest(younger, null, "en", false, "10.0.0.9"));
        taking.save(started.deviceToken(), "safe", Answer.choice("yes"), 1);
        taking.save(started.deviceToken(), "feel", Answer.choice("3"), 2);
        taking.save(started.deviceToken(), "happy", Answer.number(5), 3);
        taking.submit(started.deviceToken());

        var news = SystemTask.runAs(() -> surveys.newResponses(LocalDate.now(), 1000), Roles.OFFICER);
        assertThat(news).filteredOn(n -> n.id() == id).singleElement()
                .satisfies(n -> assertThat(n.newResponses()).isEqualTo(1));
        var closing = SystemTask.runAs(() -> surveys.closingBefore(closes.plusDays(1), 1000), Roles.OFFICER);
        assertThat(closing).filteredOn(n -> n.id() == id).singleElement()
                .satisfies(n -> assertThat(n.closesAt()).isEqualTo(closes));
        var open = summaryIn(SystemTask.runAs(() -> surveys.list(), Roles.OFFICER), id);
        assertThat(open.status()).isEqualTo(SurveyStatus.OPEN);
        assertThat(open.responses()).isEqualTo(1);
        assertThat(open.closesAt()).isEqualTo(closes);

        assertThat(SystemTask.runAs(directory::published, Roles.VIEWER)).filteredOn(o -> o.id() == id)
                .singleElement().satisfies(o -> {
                    assertThat(o.round()).isEqualTo(1);
                    assertThat(o.status()).isEqualTo(SurveyStatus.OPEN);
                });

        SystemTask.runAs(() -> surveys.close(id), Roles.OFFICER);

        var list = SystemTask.runAs(() -> surveys.list(), Roles.OFFICER);
        assertThat(summaryIn(list, id).status()).isEqualTo(SurveyStatus.CLOSED);
        assertThat(list.stream().dropWhile(s -> s.status() != SurveyStatus.CLOSED))
                .as("closed surveys come last").allMatch(s -> s.status() == SurveyStatus.CLOSED);
        assertThat(SystemTask.runAs(() -> surveys.closingBefore(closes.plusDays(1), 1000), Roles.OFFICER))
                .noneMatch(n -> n.id() == id);
        assertThat(taking.entry(slug)).isEmpty();

        SystemTask.runAs(() -> surveys.reopen(id), Roles.OFFICER);

        assertThat(SystemTask.runAs(() -> surveys.summary(id), Roles.OFFICER).status()).isEqualTo(SurveyStatus.OPEN);
        assertThat(taking.entry(slug)).isPresent();
    }

    private static SurveySummary summaryIn(List<SurveySummary> list, long id) {
        return list.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }
}
