package org.youthvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youthvoice.base.SystemTask;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;

/**
 * A young person's answer that the database refuses as a write conflict (a deadlock, or a Galera cluster's write-set
 * conflict at commit, both MariaDB error 1213) is tried again in a new transaction and stored once ({@code
 * RetriedOnConflict}, design note 0035). The conflict is made by a trigger that refuses the answer's insert the way
 * the server does, a set number of times; its count sits in a MEMORY table, which a rollback does not undo.
 */
@IntegrationTest
class ConflictRetryIntegrationTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyTaking taking;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_answer_refused_as_a_write_conflict_is_tried_again_and_stored_once_and_too_many_refusals_store_nothing() {
        long id = SystemTask.runAs(() -> {
            long created = surveys.create(DifferencingAttack.definition("Conflicts " + System.nanoTime()));
            surveys.publish(created, new SurveySettings(SurveyAccess.LINK, null, null));
            return created;
        }, Roles.OFFICER);
        String slug = SystemTask.runAs(() -> surveys.summary(id).slug(), Roles.OFFICER);
        long versionId = taking.entry(slug).orElseThrow().versions().getFirst().id();
        String token = taking.start(slug, new StartRequest(versionId, null, "en", false, "10.7.0.1")).deviceToken();
        long responseId = jdbc.sql("SELECT MAX(id) FROM survey_response WHERE survey_id = ?").param(id)
                .query(Long.class).single();
        jdbc.sql("DROP TRIGGER IF EXISTS conflict_test_answer").update();
        jdbc.sql("DROP TABLE IF EXISTS conflict_test").update();
        jdbc.sql("CREATE TABLE conflict_test (refusals INT NOT NULL) ENGINE=MEMORY").update();
        jdbc.sql("INSERT INTO conflict_test VALUES (2)").update();
        jdbc.sql("""
                CREATE TRIGGER conflict_test_answer BEFORE INSERT ON survey_answer FOR EACH ROW
                BEGIN
                  IF (SELECT refusals FROM conflict_test) > 0 THEN
                    UPDATE conflict_test SET refusals = refusals - 1;
                    SIGNAL SQLSTATE '40001' SET MYSQL_ERRNO = 1213,
                      MESSAGE_TEXT = 'Deadlock found when trying to get lock; try restarting transaction';
                  END IF;
                END""").update();
        try {
            taking.save(token, "mood", Answer.choice("good"), 3);

            assertThat(refusals()).as("refused twice, then stored").isZero();
            assertThat(answers(responseId, "mood")).isEqualTo(1);

            // More refusals than tries (1 and 4 more): the save fails as a whole and stores nothing.
            jdbc.sql("UPDATE conflict_test SET refusals = 10").update();
            assertThatThrownBy(() -> taking.save(token, "score", Answer.number(4), 2))
                    .isInstanceOf(PessimisticLockingFailureException.class);
            assertThat(refusals()).as("tried 5 times in all").isEqualTo(5);
            assertThat(answers(responseId, "score")).isZero();
        } finally {
            jdbc.sql("DROP TRIGGER IF EXISTS conflict_test_answer").update();
            jdbc.sql("DROP TABLE IF EXISTS conflict_test").update();
        }
        taking.save(token, "score", Answer.number(4), 2);
        assertThat(answers(responseId, "score")).isEqualTo(1);
    }

    private int refusals() {
        return jdbc.sql("SELECT refusals FROM conflict_test").query(Integer.class).single();
    }

    private long answers(long responseId, String questionKey) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_answer a JOIN survey_question q ON q.id = a.question_id"
                + " WHERE a.response_id = ? AND q.question_key = ?").params(responseId, questionKey)
                .query(Long.class).single();
    }
}
