package org.youthvoice.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.youthvoice.actions.ActionService;
import org.youthvoice.base.SystemTask;
import org.youthvoice.feedback.FeedbackFilter;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.insight.EvidenceService;
import org.youthvoice.safeguarding.SafeguardingQueue;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.SurveyDirectory;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.testing.IntegrationTest;

/**
 * What each start page reads, and who may read it: officers' counts are refused to viewers and leads, the
 * safeguarding summary to everyone but leads, and viewers get only results already under the small-number rules.
 */
@IntegrationTest
class StartPageServicesIntegrationTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    SurveyDirectory directory;
    @Autowired
    EvidenceService evidence;
    @Autowired
    FeedbackService feedback;
    @Autowired
    ActionService actions;
    @Autowired
    SafeguardingQueue queue;

    private static final List<String> NOT_OFFICERS = List.of(Roles.VIEWER, Roles.SAFEGUARDING_LEAD, Roles.MEMBER);

    @Test
    void officers_counts_are_refused_to_viewers_leads_and_members() {
        for (String role : NOT_OFFICERS) {
            refused(() -> surveys.newResponses(LocalDate.now(), 5), role);
            refused(() -> surveys.closingBefore(LocalDateTime.now().plusDays(7), 5), role);
            refused(actions::countOverdue, role);
            refused(() -> feedback.count(FeedbackFilter.any()), role);
        }
        assertThat(SystemTask.runAs(actions::countOverdue, Roles.OFFICER)).isNotNegative();
    }

    @Test
    void only_safeguarding_leads_read_the_queue_s_summary() {
        for (String role : List.of(Roles.OFFICER, Roles.ADMIN, Roles.VIEWER)) {
            refused(queue::summary, role);
        }
        assertThat(SystemTask.runAs(queue::summary, Roles.SAFEGUARDING_LEAD).open()).isNotNegative();
    }

    @Test
    void viewers_read_sent_surveys_and_vote_results_and_leads_and_members_do_not() {
        assertThat(SystemTask.runAs(directory::published, Roles.VIEWER)).isNotNull();
        assertThat(SystemTask.runAs(() -> evidence.latestBallots(5), Roles.VIEWER)).isNotNull();
        for (String role : List.of(Roles.SAFEGUARDING_LEAD, Roles.MEMBER)) {
            refused(directory::published, role);
            refused(() -> evidence.latestBallots(5), role);
        }
    }

    private static void refused(Supplier<?> call, String role) {
        assertThatThrownBy(() -> SystemTask.runAs(call, role)).as(role).isInstanceOf(AccessDeniedException.class);
    }
}
