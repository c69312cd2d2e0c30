package org.youthvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.exchange.ResponseExport;
import org.youthvoice.survey.internal.SurveyStore;
import org.youthvoice.survey.results.ResultTally;
import org.youthvoice.testing.IntegrationTest;

/**
 * The differencing attack over time (issue 12, design note 0027): an officer or viewer opens every view of a survey's
 * results, one more young person sends, and the officer opens every view again. No view may change by fewer than the
 * threshold of responses, or the change would be that young person's answers. Responses join the results in groups
 * (as on every install), the running-totals job runs after every send, and the survey closes at the end.
 */
@IntegrationTest
@TestPropertySource(properties = {"youthvoice.surveys.release-in-groups=true", "youthvoice.surveys.tally-delay=PT1H"})
@org.springframework.test.annotation.DirtiesContext
@org.junit.jupiter.api.extension.ExtendWith(org.youthvoice.testing.KeepSharedSecurityHolder.class)
@org.springframework.test.context.event.RecordApplicationEvents
class ResultsOverTimeIntegrationTest {

    static final int THRESHOLD = DifferencingAttack.THRESHOLD;

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyTaking taking;

    @Autowired
    SurveyAnalysis analysis;

    @Autowired
    ResultTally tally;

    @Autowired
    ResponseExport export;

    @Autowired
    SurveyStore store;

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    /** What a role sees in every view, and how many sent responses the results count. */
    record Snapshot(Map<String, String> views, long counted, long waiting, long exported) {
    }

    @Test
    void no_view_changes_by_fewer_than_the_threshold_when_one_more_young_person_sends() {
        for (int seed = 1; seed <= 3; seed++) {
            var random = new Random(seed);
            int groups = 1 + seed % 2;
            long id = SystemTask.runAs(() -> {
                long created = surveys.create(DifferencingAttack.definition("Over time " + System.nanoTime()));
                for (int g = 1; g <= groups; g++) {
                    surveys.addGroup(created, "Group " + g, true, code(g, created), null);
                }
                surveys.publish(created, new SurveySettings(SurveyAccess.LINK, null, null));
                return created;
            }, Roles.OFFICER);
            String slug = SystemTask.runAs(() -> surveys.summary(id).slug(), Roles.OFFICER);
            int sending = 17 + random.nextInt(12);
            var before = Map.of(Roles.OFFICER, snapshot(id, Roles.OFFICER), Roles.VIEWER, snapshot(id, Roles.VIEWER));
            var last = new LinkedHashMap<>(before);
            var sentByCare = new java.util.TreeMap<String, Integer>();
            for (int i = 1; i <= sending; i++) {
                sentByCare.merge(send(id, slug, random, groups), 1, Integer::sum);
                long announced = announced(id);
                tally.foldAll();
                long joinedNow = announced(id) - announced;
                assertThat(joinedNow == 0 || joinedNow >= THRESHOLD).as("seed " + seed + ", after young person " + i
                        + ": participation counts take in " + joinedNow + " at a time").isTrue();
                for (String role : List.of(Roles.OFFICER, Roles.VIEWER)) {
                    var now = snapshot(id, role);
                    check(last.get(role), now, "seed " + seed + ", after young person " + i + ", as " + role);
                    assertThat(now.counted() + now.waiting()).as("every sent response is counted or waiting")
                            .isEqualTo(i);
                    assertThat(now.waiting()).as("results keep up: at most twice the threshold wait")
                            .isLessThan(2L * THRESHOLD);
                    last.put(role, now);
                }
            }
            SystemTask.runAs(() -> {
                surveys.close(id);
                return null;
            }, Roles.OFFICER);
            for (String role : List.of(Roles.OFFICER, Roles.VIEWER)) {
                var closed = snapshot(id, role);
                check(last.get(role), closed, "seed " + seed + ", at closing, as " + role);
                assertThat(closed.counted()).as("a closed survey counts every sent response").isEqualTo(sending);
                assertThat(closed.waiting()).isZero();
            }
            var countedByCare = new java.util.TreeMap<String, Integer>();
            events.stream(SurveyResponsesCounted.class).filter(e -> e.surveyId() == id)
                    .flatMap(e -> e.counted().stream())
                    .forEach(c -> countedByCare.merge(c.careStatus() == null ? "" : c.careStatus(), c.responses(),
                            Integer::sum));
            assertThat(countedByCare).as("participation is told every response once, with its care status")
                    .isEqualTo(sentByCare);
        }
    }

    /** How many of a survey's responses other modules have been told joined its results. */
    private long announced(long id) {
        return events.stream(SurveyResponsesCounted.class).filter(e -> e.surveyId() == id)
                .flatMap(e -> e.counted().stream()).mapToLong(SurveyResponsesCounted.Counted::responses).sum();
    }

    /** A view that changed must have taken in at least the threshold of responses since it was last seen. */
    private static void check(Snapshot last, Snapshot now, String when) {
        long joined = now.counted() - last.counted();
        assertThat(joined == 0 || joined >= THRESHOLD)
                .as(when + ": responses join the results " + joined + " at a time").isTrue();
        assertThat(now.exported() - last.exported()).as(when + ": the CSV takes in the same responses")
                .isEqualTo(joined);
        if (joined == 0) {
            assertThat(now.views()).as(when + ": no view changes while nobody joins").isEqualTo(last.views());
        }
    }

    private static String code(int group, long survey) {
        return "T" + group + "X" + Long.toString(survey, 36).toUpperCase(Locale.ROOT);
    }

    /** Sends one young person's answers; returns the care status they gave ("" for none). */
    private String send(long id, String slug, Random random, int groups) {
        var entry = taking.entry(slug).orElseThrow();
        String version = random.nextBoolean() ? "young" : "old";
        long versionId = entry.versions().stream().filter(v -> v.key().equals(version)).findFirst().orElseThrow().id();
        int group = random.nextInt(groups + 1);
        String[] cares = {"in-care", "care-leaver", "other", ""};
        String care = cares[random.nextInt(cares.length)];
        var token = taking.start(slug, new StartRequest(versionId, group == 0 ? null : code(group, id), "en", false,
                "10.8.0." + random.nextInt(200))).deviceToken();
        if (!care.isEmpty()) {
            taking.save(token, "care", Answer.choice(care), 1);
        }
        taking.save(token, "score", Answer.number(random.nextInt(11)), 2);
        taking.save(token, "mood", Answer.choice(List.of("good", "ok", "bad").get(random.nextInt(3))), 3);
        taking.submit(token);
        return care;
    }

    /** Every filter the role can reach (everyone, each version, group and care answer, and their mixes). */
    private Snapshot snapshot(long id, String role) {
        var choices = SystemTask.runAs(() -> analysis.choices(id), role);
        var versions = new ArrayList<@Nullable String>();
        versions.add(null);
        versions.addAll(List.of("young", "old"));
        var groups = new ArrayList<@Nullable Long>();
        groups.add(null);
        choices.groups().forEach(c -> groups.add(Long.parseLong(c.key())));
        var cares = new ArrayList<@Nullable String>();
        cares.add(null);
        cares.addAll(List.of("in-care", "care-leaver", "other"));
        var views = new LinkedHashMap<String, String>();
        long counted = 0;
        long waiting = 0;
        for (String version : versions) {
            for (Long group : groups) {
                for (String care : cares) {
                    var filter = new ResultFilter(version, group, care == null ? null : "care", care);
                    String key = version + "/" + group + "/" + care;
                    try {
                        var results = SystemTask.runAs(() -> analysis.results(id, filter), role);
                        views.put(key, results.responses() + " " + results.questions());
                        if (version == null && group == null && care == null) {
                            waiting = results.waiting();
                            counted = results.responses().suppressed() ? -1 : results.responses().value();
                        }
                    } catch (UserFacingException refused) {
                        views.put(key, "refused");
                    }
                }
            }
        }
        var out = new ByteArrayOutputStream();
        long exported;
        try {
            exported = export.write(id, store.read(id), out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        if (counted < 0) {
            // Fewer than the threshold counted: the page hides how many, the CSV's rows say it.
            counted = exported;
        }
        return new Snapshot(views, counted, waiting, exported);
    }
}
