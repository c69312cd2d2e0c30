package org.youthvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;
import org.youthvoice.testing.IntegrationTest;

/**
 * An automated differencing attack on survey results, as a determined officer or viewer would make it (issue 12,
 * design note 0024). Surveys are generated with small groups (of 1, 2, 3, 4, groups that differ by one, young people
 * with no group) in two versions, with an "about you" question some skip; every filter a role can reach is opened
 * (everyone, each version, group and answer, and every combination of them); then every shown table is compared with
 * every other: a table taken from a wider one it lies inside, and two tables that do not overlap taken from a third
 * that holds both. No shown table and no such difference may give a group of 1 to threshold - 1 young people, nor
 * the exact average of one.
 */
@IntegrationTest
class DifferencingAttackIntegrationTest {

    static final int THRESHOLD = 5;

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyTaking taking;

    @Autowired
    SurveyAnalysis analysis;

    /** One young person's answers, as only the test knows them. */
    record Young(String version, int group, String care, int score, String mood) {
    }

    /** A filter a person can choose on the results page (or through the API), and whom it really narrows to. */
    record View(@Nullable String version, @Nullable Long groupId, int groupIndex, @Nullable String care) {
        boolean holds(Young y) {
            return (version == null || version.equals(y.version())) && (groupId == null || groupIndex == y.group())
                    && (care == null || care.equals(y.care()));
        }
    }

    /**
     * What a shown table gives away: how many, their average score (null when hidden), and each answer count it shows
     * ("mood:good", "score:7", and "answered:score"), with the answers it shows put together (their keys and sum).
     */
    record Seen(View view, Set<Integer> who, long responses, @Nullable Double mean, long answered,
            Map<String, Long> answers, Map<Set<String>, Long> together) {
    }

    static SurveyDefinition definition(String title) {
        var care = new QuestionDefinition("care", QuestionKind.SINGLE_CHOICE, "Are you in care?", null, null, true,
                null, null, null, Demographic.CARE_STATUS, null, List.of(new OptionDefinition("in-care", "In care", null),
                        new OptionDefinition("care-leaver", "Left care", null), new OptionDefinition("other", "Other",
                                null)), List.of());
        var score = new QuestionDefinition("score", QuestionKind.SCALE_0_10, "How good is your area?", null, null,
                false, null, "Awful", "Great", null, null, List.of(), List.of());
        var mood = new QuestionDefinition("mood", QuestionKind.SINGLE_CHOICE, "How do you feel?", null, null, false,
                null, null, null, null, null, List.of(new OptionDefinition("good", "Good", null),
                        new OptionDefinition("ok", "OK", null), new OptionDefinition("bad", "Bad", null)), List.of());
        var items = List.of(new VersionItem("care", null), new VersionItem("score", null),
                new VersionItem("mood", null));
        return new SurveyDefinition(title, null, null, List.of(
                new VersionDefinition("young", "8 to 11", AgeBand.AGE_8_11, false, null, items),
                new VersionDefinition("old", "11 to 17", AgeBand.AGE_11_17, false, null, items)),
                List.of(care, score, mood), Map.of());
    }

    /** Group sizes per scenario (index 0 is "no group"); each a survey of its own. */
    static final int[][] SCENARIOS = {
        {0, 9, 3},          // the school and the children's home
        {0, 1, 8, 6},       // a group of one
        {3, 5, 5, 2},       // groups that differ by one beside a pair, some with no group
        {0, 4, 4, 7},       // two groups of four
        {7, 6, 5},          // every group big enough, some with no group
        {0, 12, 11},        // two big groups: every view should open, nothing small found
        {0, 1, 2, 6, 6},    // a home split over two codes (1 and 2) beside two groups of 6: together they are 3
        {0, 22, 19},        // big enough for answers of 5 and more in most views: their complements are the risk
        {6, 15, 9, 5},      // the same with groups beside young people with no group
    };

    @Test
    void no_pair_or_trio_of_shown_tables_gives_away_a_small_group_for_officers_or_viewers() {
        for (int s = 0; s < SCENARIOS.length; s++) {
            var random = new Random(1000 + s);
            var young = new ArrayList<Young>();
            long id = makeSurvey(SCENARIOS[s], random, young);
            for (String role : List.of(Roles.OFFICER, Roles.VIEWER)) {
                var seen = openEveryView(id, role, young);
                attack(seen, young, "scenario " + s + " as " + role);
            }
        }
        assertThat(answerProblems).as("small answer counts found by taking shown tables from each other").isEmpty();
    }

    @Test
    void with_every_group_big_enough_every_view_opens() {
        var random = new Random(7);
        var young = new ArrayList<Young>();
        long id = makeSurvey(new int[] {0, 10, 10}, random, young);
        // Care answers: rebalance is not needed; count only the views that need nothing but version and group.
        var groupIds = groupIds(id);
        for (var g : groupIds) {
            var filter = new ResultFilter(null, g, null, null);
            assertThat(SystemTask.runAs(() -> analysis.results(id, filter), Roles.VIEWER).responses().value())
                    .isEqualTo(10);
        }
    }

    private long makeSurvey(int[] sizes, Random random, List<Young> young) {
        long id = SystemTask.runAs(() -> {
            long created = surveys.create(definition("Attack " + System.nanoTime()));
            for (int g = 1; g < sizes.length; g++) {
                surveys.addGroup(created, "Group " + g, true, "G" + g + "X" + Long.toString(created, 36)
                        .toUpperCase(java.util.Locale.ROOT), null);
            }
            surveys.publish(created, new SurveySettings(SurveyAccess.LINK, null, null));
            return created;
        }, Roles.OFFICER);
        String slug = SystemTask.runAs(() -> surveys.summary(id).slug(), Roles.OFFICER);
        var entry = taking.entry(slug).orElseThrow();
        String[] cares = {"in-care", "care-leaver", "other", ""};
        String[] moods = {"good", "ok", "bad"};
        for (int g = 0; g < sizes.length; g++) {
            for (int i = 0; i < sizes[g]; i++) {
                var y = new Young(random.nextBoolean() ? "young" : "old", g, cares[random.nextInt(cares.length)],
                        random.nextInt(11), moods[random.nextInt(moods.length)]);
                long versionId = entry.versions().stream().filter(v -> v.key().equals(y.version())).findFirst()
                        .orElseThrow().id();
                String code = g == 0 ? null : "G" + g + "X" + Long.toString(id, 36).toUpperCase(java.util.Locale.ROOT);
                var token = taking.start(slug, new StartRequest(versionId, code, "en", false, "10.9.0." + g))
                        .deviceToken();
                if (!y.care().isEmpty()) {
                    taking.save(token, "care", Answer.choice(y.care()), 1);
                }
                taking.save(token, "score", Answer.number(y.score()), 2);
                taking.save(token, "mood", Answer.choice(y.mood()), 3);
                taking.submit(token);
                young.add(y);
            }
        }
        return id;
    }

    private List<Long> groupIds(long id) {
        return SystemTask.runAs(() -> analysis.choices(id), Roles.VIEWER).groups().stream()
                .sorted(java.util.Comparator.comparing(ResultChoices.Choice::label))
                .map(c -> Long.parseLong(c.key())).toList();
    }

    /** Opens every filter a role can reach; the refused ones show nothing. */
    private List<Seen> openEveryView(long id, String role, List<Young> young) {
        var groups = groupIds(id);
        var versions = new ArrayList<String>();
        versions.add(null);
        versions.add("young");
        versions.add("old");
        var cares = new ArrayList<String>();
        cares.add(null);
        cares.addAll(List.of("in-care", "care-leaver", "other"));
        var seen = new ArrayList<Seen>();
        for (String version : versions) {
            for (int g = 0; g <= groups.size(); g++) {
                for (String care : cares) {
                    var view = new View(version, g == 0 ? null : groups.get(g - 1), g, care);
                    var filter = new ResultFilter(version, view.groupId(), care == null ? null : "care", care);
                    SurveyResults results;
                    try {
                        results = SystemTask.runAs(() -> analysis.results(id, filter), role);
                    } catch (UserFacingException refused) {
                        continue;
                    }
                    if (results.responses().suppressed()) {
                        continue;
                    }
                    var who = new HashSet<Integer>();
                    for (int i = 0; i < young.size(); i++) {
                        if (view.holds(young.get(i))) {
                            who.add(i);
                        }
                    }
                    var score = results.questions().stream().filter(q -> q.key().equals("score")).findFirst()
                            .orElseThrow();
                    assertThat(results.responses().value()).as("the filter counts whom it says")
                            .isEqualTo(who.size());
                    var answers = new HashMap<String, Long>();
                    var together = new HashMap<Set<String>, Long>();
                    for (var q : results.questions()) {
                        if (!q.answered().suppressed()) {
                            answers.put("answered:" + q.key(), q.answered().value());
                        }
                        for (var o : q.options()) {
                            if (!o.count().suppressed()) {
                                answers.put(q.key() + ":" + o.key(), o.count().value());
                            }
                        }
                        for (var c : q.combined()) {
                            var keys = new HashSet<String>();
                            c.keys().forEach(k -> keys.add(q.key() + ":" + k));
                            together.put(keys, c.count());
                        }
                    }
                    seen.add(new Seen(view, who, results.responses().value(), score.mean(),
                            score.answered().suppressed() ? -1 : score.answered().value(), answers, together));
                }
            }
        }
        return seen;
    }

    private void attack(List<Seen> seen, List<Young> young, String where) {
        var problems = new ArrayList<String>();
        for (var a : seen) {
            if (a.responses() > 0 && a.responses() < THRESHOLD) {
                problems.add("shown directly: " + a.view() + " = " + a.responses());
            }
            for (var b : seen) {
                if (a == b || !a.who().containsAll(b.who()) || a.who().equals(b.who())) {
                    continue;
                }
                // b lies inside a: a - b is a group of its own.
                long left = a.responses() - b.responses();
                if (left < THRESHOLD) {
                    var group = new HashSet<>(a.who());
                    group.removeAll(b.who());
                    problems.add(where + ": " + a.view() + " - " + b.view() + " = " + left + " young people"
                            + averageOf(group, young, a, b));
                }
                for (var c : seen) {
                    if (c == a || c == b || !a.who().containsAll(c.who()) || overlap(b, c)) {
                        continue;
                    }
                    // b and c lie inside a and do not overlap: a - b - c is a group of its own.
                    long rest = a.responses() - b.responses() - c.responses();
                    if (rest > 0 && rest < THRESHOLD) {
                        problems.add(where + ": " + a.view() + " - " + b.view() + " - " + c.view() + " = " + rest
                                + " young people");
                    }
                }
            }
        }
        assertThat(problems).as("small groups found by taking shown tables from each other").isEmpty();
        answerProblems.addAll(attackAnswers(seen, where));
    }

    /** What the answer attack found, over every scenario and role, so one run names them all. */
    private final List<String> answerProblems = new ArrayList<>();

    /**
     * The same with the answers: a count of 1 to threshold - 1 for one answer may not be shown, nor come out of one
     * shown table minus another inside it, minus two that do not overlap inside it, or answers shown put together
     * minus the same answers shown one by one in a table inside.
     */
    private List<String> attackAnswers(List<Seen> seen, String where) {
        var problems = new ArrayList<String>();
        for (var a : seen) {
            a.answers().forEach((answer, n) -> {
                if (n > 0 && n < THRESHOLD) {
                    problems.add(where + ": shown directly: " + a.view() + " " + answer + " = " + n);
                }
            });
            for (var b : seen) {
                if (a == b || !a.who().containsAll(b.who()) || a.who().equals(b.who())) {
                    continue;
                }
                a.answers().forEach((answer, n) -> {
                    Long inside = b.answers().get(answer);
                    if (inside != null && n - inside > 0 && n - inside < THRESHOLD) {
                        problems.add(where + ": " + a.view() + " - " + b.view() + ": " + answer + " = " + (n - inside));
                    }
                });
                a.together().forEach((answers, n) -> {
                    if (answers.stream().allMatch(b.answers()::containsKey)) {
                        long inside = answers.stream().mapToLong(b.answers()::get).sum();
                        if (n - inside > 0 && n - inside < THRESHOLD) {
                            problems.add(where + ": " + a.view() + " together - " + b.view() + ": " + answers + " = "
                                    + (n - inside));
                        }
                    }
                });
                for (var c : seen) {
                    if (c == a || c == b || !a.who().containsAll(c.who()) || overlap(b, c)) {
                        continue;
                    }
                    a.answers().forEach((answer, n) -> {
                        Long inB = b.answers().get(answer);
                        Long inC = c.answers().get(answer);
                        if (inB != null && inC != null && n - inB - inC > 0 && n - inB - inC < THRESHOLD) {
                            problems.add(where + ": " + a.view() + " - " + b.view() + " - " + c.view() + ": " + answer
                                    + " = " + (n - inB - inC));
                        }
                    });
                }
            }
        }
        return problems;
    }

    private static boolean overlap(Seen b, Seen c) {
        for (int i : b.who()) {
            if (c.who().contains(i)) {
                return true;
            }
        }
        return false;
    }

    /** The average of a group found by subtraction, when both tables showed theirs: the exact value it gives away. */
    private static String averageOf(Set<Integer> group, List<Young> young, Seen a, Seen b) {
        if (a.mean() == null || b.mean() == null || group.isEmpty()) {
            return "";
        }
        double truth = group.stream().mapToInt(i -> young.get(i).score()).average().orElse(0);
        double derived = (a.mean() * a.answered() - b.mean() * b.answered()) / (a.answered() - b.answered());
        return String.format(java.util.Locale.ROOT, ", whose average is %.1f (really %.1f)", derived, truth);
    }
}
