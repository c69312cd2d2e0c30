package org.youthvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youthvoice.base.SystemTask;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.results.ResultQueries;
import org.youthvoice.survey.results.ResultTally;
import org.youthvoice.testing.IntegrationTest;

/**
 * Results read from the running totals plus the responses not folded into them yet must always equal a count of
 * every answer, for everyone, each version and each group, before folding, after it and with new responses since.
 */
@IntegrationTest
class SurveyTallyIntegrationTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyTaking taking;

    @Autowired
    ResultQueries queries;

    @Autowired
    ResultTally tally;

    @Autowired
    JdbcClient jdbc;

    private final Random random = new Random(20261123);
    private int address;

    @Test
    void results_from_the_running_totals_equal_a_count_of_every_answer() {
        long id = SystemTask.runAs(() -> {
            long created = surveys.create(SurveyIntegrationTest.everyKind());
            surveys.addGroup(created, "Oak School", true, null);
            surveys.addGroup(created, "Elm School", true, null);
            surveys.publish(created, new SurveySettings(SurveyAccess.GROUP_CODE, null, null));
            return created;
        }, Roles.OFFICER);
        var groups = SystemTask.runAs(() -> surveys.groups(id), Roles.OFFICER);
        String slug = SystemTask.runAs(() -> surveys.summary(id).slug(), Roles.OFFICER);

        for (int i = 0; i < 30; i++) {
            send(slug, groups.get(i % 2).code());
        }
        assertSameEverywhere(id, groups);

        tally.foldAll();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ? AND status = 'SUBMITTED' "
                + "AND tallied = FALSE").param(id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT SUM(answers) FROM survey_tally WHERE survey_id = ? AND about_key = 0").param(id).query(Long.class)
                .single()).as("every answer folded").isEqualTo(jdbc.sql("SELECT COUNT(*) FROM survey_answer a JOIN "
                        + "survey_response r ON r.id = a.response_id WHERE r.survey_id = ?").param(id)
                        .query(Long.class).single());
        assertSameEverywhere(id, groups);

        // Sent after the fold: counted live until the next one, on top of the totals.
        for (int i = 0; i < 7; i++) {
            send(slug, groups.get(i % 2).code());
        }
        // One started and not sent: in neither.
        taking.start(slug, new StartRequest(version(slug, "older"), groups.get(0).code(), "en", false, nextAddress()));
        assertSameEverywhere(id, groups);
        var everyone = queries.count(id, null, null, null, null);
        assertThat(everyone.responses()).isEqualTo(37);
        assertThat(everyone.answered().get("safe")).isEqualTo(37);
        assertThat(everyone.options().get("safe").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(37);
        var inCare = queries.count(id, null, null, "status", "in-care");
        assertThat(inCare.responses()).isPositive().isLessThan(37);
        assertThat(inCare.options().get("status")).containsOnlyKeys("in-care");

        tally.foldAll();
        assertSameEverywhere(id, groups);
        assertThat(queries.count(id, null, null, null, null)).isEqualTo(everyone);
    }

    private void assertSameEverywhere(long id, List<SurveyGroup> groups) {
        // Disclosure control's cross-tabulation (version x group x answer) likewise, "about you" answers from the
        // totals: "status" (some skipped it), "pets" (not "about you"), "likes" (several may be chosen), none.
        for (String about : java.util.Arrays.asList(null, "status", "pets", "likes")) {
            assertThat(queries.crossTab(id, about)).as("cross-tab by " + about).isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(queries.crossTabEveryAnswer(id, about));
            // And the answers per version, group and answer, that narrowed views are checked with (note 0024).
            assertThat(queries.answerCells(id, about)).as("answer cells by " + about).isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(queries.answerCellsEveryAnswer(id, about));
        }
        var versions = new ArrayList<String>(List.of("older", "younger"));
        versions.add(null);
        var groupIds = new ArrayList<Long>(groups.stream().map(SurveyGroup::id).toList());
        groupIds.add(null);
        // "status" is an "about you" question with totals of its own; "pets" is not, and is counted in full.
        var abouts = List.of(List.of("status", "in-care"), List.of("status", "care-leaver"), List.of("status", "other"),
                List.of("pets", "cat"));
        for (String version : versions) {
            for (Long group : groupIds) {
                assertThat(queries.count(id, version, group, null, null)).as(version + " " + group)
                        .isEqualTo(queries.countEveryAnswer(id, version, group, null, null));
                for (var about : abouts) {
                    assertThat(queries.count(id, version, group, about.get(0), about.get(1)))
                            .as(version + " " + group + " " + about)
                            .isEqualTo(queries.countEveryAnswer(id, version, group, about.get(0), about.get(1)));
                }
            }
        }
    }

    private void send(String slug, String code) {
        boolean older = random.nextInt(3) > 0;
        var token = taking.start(slug, new StartRequest(version(slug, older ? "older" : "younger"), code, "en", false,
                nextAddress())).deviceToken();
        int step = 1;
        String safe = pick("yes", "no", "not-sure");
        taking.save(token, "safe", Answer.choice(safe), step++);
        if (!safe.equals("yes")) {
            taking.save(token, "why", random.nextBoolean() ? Answer.text("Because " + random.nextInt(100))
                    : Answer.SKIPPED, step++);
        }
        taking.save(token, "feel", Answer.choice(pick("1", "2", "3", "4", "5")), step++);
        if (older) {
            taking.save(token, "pets", random.nextInt(4) == 0 ? Answer.SKIPPED : Answer.choice(pick("cat", "dog",
                    "none")), step++);
            var likes = new ArrayList<String>();
            for (String like : List.of("sport", "music", "games")) {
                if (random.nextBoolean()) {
                    likes.add(like);
                }
            }
            taking.save(token, "likes", likes.isEmpty() ? Answer.SKIPPED : Answer.choice(likes.toArray(String[]::new)),
                    step++);
        }
        taking.save(token, "happy", Answer.number(random.nextInt(11)), step++);
        if (older) {
            var order = new ArrayList<>(List.of("a", "b", "c"));
            java.util.Collections.shuffle(order, random);
            taking.save(token, "rank", random.nextInt(5) == 0 ? Answer.SKIPPED
                    : Answer.choice(order.subList(0, 2 + random.nextInt(2)).toArray(String[]::new)), step++);
            taking.save(token, "status", Answer.choice(pick("in-care", "care-leaver", "other")), step++);
        }
        taking.submit(token);
    }

    private String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private long version(String slug, String key) {
        return taking.entry(slug).orElseThrow().versions().stream().filter(v -> v.key().equals(key)).findFirst()
                .orElseThrow().id();
    }

    private String nextAddress() {
        address++;
        return "10.7." + (address / 250) + "." + (address % 250 + 1);
    }
}
