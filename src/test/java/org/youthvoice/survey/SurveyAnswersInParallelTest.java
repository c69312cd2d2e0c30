package org.youthvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youthvoice.base.SystemTask;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;

/** Many young people answering at the same moment: nobody's answer is refused because of anybody else's. */
@IntegrationTest
class SurveyAnswersInParallelTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyTaking taking;

    @Autowired
    JdbcClient jdbc;

    @Test
    void young_people_answering_at_the_same_moment_do_not_block_each_others_answers() throws Exception {
        String slug = publishedSurvey();
        long version = olderVersion(slug);
        int people = 12;
        var tokens = new ArrayList<String>();
        for (int i = 0; i < people; i++) {
            tokens.add(taking.start(slug, new StartRequest(version, null, "en", false, "10.0.0." + i)).deviceToken());
        }
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var go = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(people)) {
            var done = new ArrayList<Future<?>>();
            for (String token : tokens) {
                done.add(pool.submit(() -> {
                    go.await();
                    for (int round = 0; round < 15; round++) {
                        try {
                            // Each answer replaces the one before (going back and changing it), as the screens do.
                            taking.save(token, "safe", Answer.choice(round % 2 == 0 ? "yes" : "no"), 1);
                            taking.save(token, "feel", Answer.choice(String.valueOf(round % 5 + 1)), 2);
                            taking.save(token, "happy", Answer.number(round % 11), 3);
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (var future : done) {
                future.get();
            }
        }

        assertThat(failures).as("answers refused while others answered").isEmpty();
        for (String token : tokens) {
            taking.submit(token);
        }
        List<Integer> rows = jdbc.sql("""
                SELECT COUNT(a.id) FROM survey_response r JOIN survey s ON s.id = r.survey_id
                LEFT JOIN survey_answer a ON a.response_id = r.id WHERE s.slug = ? GROUP BY r.id""")
                .param(slug).query(Integer.class).list();
        assertThat(rows).hasSize(people).allMatch(n -> n == 3);
    }

    @Test
    void two_saves_of_one_answer_at_the_same_moment_leave_one_answer() throws Exception {
        String slug = publishedSurvey();
        long version = olderVersion(slug);
        String token = taking.start(slug, new StartRequest(version, null, "en", false, "10.0.1.1")).deviceToken();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var doubled = new ArrayList<Integer>();
        var together = new java.util.concurrent.CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 40; round++) {
                // The page's script saves the choice as it is tapped, and Next sends it again straight after: the
                // two arrive together, each finding no answer (or the old one) to replace.
                String choice = round % 2 == 0 ? "yes" : "no";
                var saves = new ArrayList<Future<?>>();
                for (int who = 0; who < 2; who++) {
                    saves.add(pool.submit(() -> {
                        together.await();
                        try {
                            taking.save(token, "safe", Answer.choice(choice), 1);
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                        return null;
                    }));
                }
                for (var save : saves) {
                    save.get();
                }
                int rows = jdbc.sql("""
                        SELECT COUNT(*) FROM survey_answer a JOIN survey_question q ON q.id = a.question_id
                        JOIN survey_response r ON r.id = a.response_id JOIN survey s ON s.id = r.survey_id
                        WHERE s.slug = ? AND q.question_key = 'safe'""").param(slug).query(Integer.class).single();
                if (rows != 1) {
                    doubled.add(round);
                }
                // A skip between rounds, so that the next pair again finds nothing to replace.
                taking.save(token, "safe", Answer.SKIPPED, 1);
            }
        }
        assertThat(failures).as("saves refused").isEmpty();
        assertThat(doubled).as("rounds that left the answer stored twice (or not at all)").isEmpty();
    }

    private String publishedSurvey() {
        return SystemTask.runAs(() -> {
            long id = surveys.create(SurveyIntegrationTest.everyKind());
            surveys.publish(id, new SurveySettings(SurveyAccess.LINK, null, null));
            return surveys.summary(id).slug();
        }, Roles.OFFICER);
    }

    private long olderVersion(String slug) {
        return taking.entry(slug).orElseThrow().versions().stream().filter(v -> v.key().equals("older"))
                .findFirst().orElseThrow().id();
    }
}
