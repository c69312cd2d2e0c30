package org.youthvoice.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youthvoice.base.SystemTask;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyAccess;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveySettings;
import org.youthvoice.testing.IntegrationTest;

/**
 * Server time of a priority page and a plan overview with 100,000 responses x 40 questions in the latest round (and
 * 20,000 in the round before), three questions tagged to the priority or its outcomes. Figures, not pass/fail; run
 * on its own: {@code ./mvnw -B -o test -Dtest=EvidenceBench}. Goal: a priority page in 1 s or less.
 */
@IntegrationTest
class EvidenceBench {

    private static final int QUESTIONS = 40;

    @Autowired
    EvidenceService evidence;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    SurveyService surveys;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_priority_page_with_a_hundred_thousand_responses_to_forty_questions() {
        String plan = "BENCH" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String priority = plan + ".SAFE";
        SystemTask.runAs(() -> {
            frameworks.createFramework(plan, "Bench plan");
            frameworks.addNode(plan, null, priority, "Feeling safe");
            frameworks.addNode(plan, priority, priority + "-HOME", "Safe at home");
            frameworks.addNode(plan, priority, priority + "-OUT", "Safe out and about");
        }, Roles.OFFICER);
        var questions = new ArrayList<QuestionDefinition>();
        var items = new ArrayList<VersionItem>();
        for (int i = 0; i < QUESTIONS; i++) {
            var options = new ArrayList<OptionDefinition>();
            for (int o = 0; o < 5; o++) {
                options.add(new OptionDefinition("o" + o, "Option " + o, null));
            }
            List<String> tags = i == 3 ? List.of(priority) : i == 17 ? List.of(priority + "-HOME")
                    : i == 31 ? List.of(priority + "-OUT") : List.of();
            questions.add(new QuestionDefinition("q" + i, QuestionKind.SINGLE_CHOICE, "Question " + i, null, null,
                    false, null, null, null, null, null, options, tags));
            items.add(new VersionItem("q" + i, null));
        }
        var definition = new SurveyDefinition("Bench " + plan, null, null, List.of(new VersionDefinition("all",
                "Everyone", AgeBand.AGE_11_17, false, null, items)), questions, Map.of());
        long first = SystemTask.runAs(() -> {
            long id = surveys.create(definition);
            surveys.publish(id, new SurveySettings(SurveyAccess.LINK, null, null));
            return id;
        }, Roles.OFFICER);
        long start = System.nanoTime();
        load(first, 20_000);
        long second = SystemTask.runAs(() -> {
            long next = surveys.nextRound(first);
            surveys.publish(next, new SurveySettings(SurveyAccess.LINK, null, null));
            return next;
        }, Roles.OFFICER);
        load(second, 100_000);
        jdbc.sql("ANALYZE TABLE survey_answer, survey_response").query().listOfRows();
        System.out.printf("BENCH loaded %d answers in %d s%n",
                jdbc.sql("SELECT COUNT(*) FROM survey_answer").query(Long.class).single(),
                (System.nanoTime() - start) / 1_000_000_000);

        for (int run = 0; run < 5; run++) {
            long t0 = System.nanoTime();
            var page = SystemTask.runAs(() -> evidence.evidence(priority), Roles.VIEWER).orElseThrow();
            long t1 = System.nanoTime();
            var overview = SystemTask.runAs(() -> evidence.overview(plan), Roles.VIEWER);
            long t2 = System.nanoTime();
            System.out.printf("BENCH run %d: priority page %d ms (%d questions, %s responses), overview %d ms "
                    + "(%d rows)%n", run, (t1 - t0) / 1_000_000, page.surveys().getFirst().questions().size(),
                    page.surveys().getFirst().responses().value(), (t2 - t1) / 1_000_000, overview.rows().size());
        }
    }

    /** Sent responses with an answer to every question, made in the database. */
    private void load(long surveyId, int responses) {
        long versionId = jdbc.sql("SELECT id FROM survey_version WHERE survey_id = ?").param(surveyId)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO survey_response (survey_id, version_id, language, status, started_on, submitted_on) "
                + "SELECT ?, ?, 'en', 'SUBMITTED', CURDATE(), CURDATE() FROM seq_1_to_" + responses)
                .params(surveyId, versionId).update();
        jdbc.sql("""
                INSERT INTO survey_answer (response_id, question_id, option_id)
                SELECT r.id, q.id, o.id FROM survey_response r JOIN survey_question q ON q.survey_id = r.survey_id
                JOIN survey_option o ON o.question_id = q.id AND o.option_key = CONCAT('o', (r.id + q.position) MOD 5)
                WHERE r.survey_id = ?""").param(surveyId).update();
    }
}
