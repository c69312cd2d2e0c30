package org.youthvoice.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.db.AnalysisDatabase;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.Answer;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.StartRequest;
import org.youthvoice.survey.SurveyAccess;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveySettings;
import org.youthvoice.survey.SurveyTaking;
import org.youthvoice.survey.exchange.ResponseExport;
import org.youthvoice.testing.IntegrationTest;

/**
 * With {@code youthvoice.analysis.url} set, results counting and the responses export read the replica, not the main
 * database. Here the "replica" is a second database on the same server, filled by the test: empty at first, so reads
 * that go to it find nothing, then a copy of the survey's rows, so they find what the main database holds.
 */
@IntegrationTest
class AnalysisReplicaIntegrationTest {

    private static final List<String> TABLES = List.of("survey", "survey_version", "survey_question", "survey_option",
            "survey_group", "survey_response", "survey_answer", "survey_tally", "survey_tally_question");

    @Autowired
    Released released;

    @Autowired
    DataSource main;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyTaking taking;

    @Autowired
    ResultTally tally;

    @Test
    void results_and_the_responses_export_read_the_replica_when_one_is_set() throws Exception {
        var question = new QuestionDefinition("safe", QuestionKind.YES_NO_NOT_SURE, "Do you feel safe?", null, null,
                false, null, null, null, null, null, List.of(new OptionDefinition("yes", "Yes", null),
                        new OptionDefinition("no", "No", null), new OptionDefinition("not-sure", "Not sure", null)),
                List.of());
        var definition = new SurveyDefinition("Replica " + System.nanoTime(), null, null,
                List.of(new VersionDefinition("all", "Everyone", AgeBand.AGE_11_17, false, null,
                        List.of(new VersionItem("safe", null)))), List.of(question), Map.of());
        long id = SystemTask.runAs(() -> {
            long created = surveys.create(definition);
            surveys.publish(created, new SurveySettings(SurveyAccess.LINK, null, null));
            return created;
        }, Roles.OFFICER);
        String slug = SystemTask.runAs(() -> surveys.summary(id).slug(), Roles.OFFICER);
        for (int i = 0; i < 6; i++) {
            long version = taking.entry(slug).orElseThrow().versions().getFirst().id();
            var token = taking.start(slug, new StartRequest(version, null, "en", false, "10.9.0." + (i + 1)))
                    .deviceToken();
            taking.save(token, "safe", Answer.choice(i < 4 ? "yes" : "no"), 1);
            taking.submit(token);
        }
        tally.foldAll();
        var saved = SystemTask.runAs(() -> surveys.definition(id), Roles.OFFICER);
        var mainDb = new AnalysisDatabase(main, transactions, null);
        var onMain = new ResultQueries(mainDb, new SurveyResultStore(mainDb, released), released);
        assertThat(onMain.count(id, null, null, null, null).responses()).isEqualTo(6);

        var hikari = (HikariDataSource) main;
        String copy = "yv_replica_" + Long.toString(System.nanoTime(), 36);
        jdbc.sql("CREATE DATABASE " + copy).update();
        var replica = new HikariDataSource();
        try {
            for (String table : TABLES) {
                jdbc.sql("CREATE TABLE " + copy + "." + table + " LIKE " + table).update();
            }
            replica.setJdbcUrl(hikari.getJdbcUrl().replaceFirst("(//[^/]+/)[^?]*", "$1" + copy));
            replica.setUsername(hikari.getUsername());
            replica.setPassword(hikari.getPassword());
            replica.setMaximumPoolSize(2);
            var analysis = new AnalysisDatabase(main, transactions, replica);
            var onReplica = new ResultQueries(analysis, new SurveyResultStore(analysis, released), released);
            var export = new ResponseExport(analysis, released, new org.youthvoice.base.DisclosureControl(5));

            assertThat(onReplica.count(id, null, null, null, null).responses()).as("the replica is empty").isZero();
            assertThat(export.write(id, saved, new ByteArrayOutputStream())).isZero();

            for (String table : TABLES) {
                jdbc.sql("INSERT INTO " + copy + "." + table + " SELECT * FROM " + table).update();
            }

            var counted = onReplica.count(id, null, null, null, null);
            assertThat(counted).isEqualTo(onMain.count(id, null, null, null, null));
            assertThat(counted.options().get("safe")).containsEntry("yes", 4L).containsEntry("no", 2L);
            assertThat(onReplica.countQuestions(id, List.of("safe")).answered()).containsEntry("safe", 6L);
            var csv = new ByteArrayOutputStream();
            assertThat(export.write(id, saved, csv)).isEqualTo(6);
        } finally {
            replica.close();
            jdbc.sql("DROP DATABASE " + copy).update();
        }
    }
}
