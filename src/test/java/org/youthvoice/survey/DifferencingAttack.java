package org.youthvoice.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.SystemTask;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;

/**
 * An automated differencing attack on survey results, as a determined officer or viewer would make it (issue 12,
 * design note 0024), for any way of reading results: the service ({@code DifferencingAttackIntegrationTest}) or the
 * JSON API over HTTP ({@code ApiIT}). Surveys are generated with small groups in two versions, with an "about you"
 * question some skip; every filter a role can reach is opened; then every shown table is compared with every other:
 * a table taken from a wider one it lies inside, and two tables that do not overlap taken from a third that holds
 * both. No shown number and no such difference may give a group of 1 to threshold - 1 young people, nor a count of 1
 * to threshold - 1 for one answer (or for how many answered a question), nor the exact average of a small group.
 */
public final class DifferencingAttack {

    public static final int THRESHOLD = 5;

    /** The code the generated surveys' score and mood questions are tagged with, so evidence pages show them. */
    public static final String EVIDENCE_CODE = "CP-2022.ID";

    private DifferencingAttack() {
    }

    /** One young person's answers, as only the test knows them. */
    public record Young(String version, int group, String care, int score, String mood, Set<String> likes) {
    }

    /** A filter a person can choose on the results page (or through the API), and whom it really narrows to. */
    public record View(@Nullable String version, @Nullable Long groupId, int groupIndex,
            @Nullable String aboutQuestion, @Nullable String aboutOption) {
        boolean holds(Young y) {
            return (version == null || version.equals(y.version())) && (groupId == null || groupIndex == y.group())
                    && (aboutQuestion == null || (aboutQuestion.equals("care") ? aboutOption.equals(y.care())
                            : y.likes().contains(aboutOption)));
        }

        public ResultFilter filter() {
            return new ResultFilter(version, groupId, aboutQuestion, aboutOption);
        }
    }

    /**
     * What one opened view shows: how many, the score's average and how many answered it (null and -1 when hidden),
     * each answer count it shows ("mood:good", "score:7", "answered:care"), and the answers it shows put together
     * (their keys, as "mood:ok", and their sum).
     */
    public record Shown(long responses, @Nullable Double mean, long answered, Map<String, Long> answers,
            Map<Set<String>, Long> together) {
    }

    /** A shown view, with whom it really holds. */
    public record Seen(View view, Set<Integer> who, Shown shown) {
    }

    /** A generated survey: its id, its groups' ids in order, and its young people. */
    public record Made(long id, List<Long> groupIds, List<Young> young) {
    }

    /** Group sizes per scenario (index 0 is "no group"); each a survey of its own. */
    public static final int[][] SCENARIOS = {
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

    static SurveyDefinition definition(String title) {
        var care = new QuestionDefinition("care", QuestionKind.SINGLE_CHOICE, "Are you in care?", null, null, true,
                null, null, null, Demographic.CARE_STATUS, null, List.of(new OptionDefinition("in-care", "In care", null),
                        new OptionDefinition("care-leaver", "Left care", null), new OptionDefinition("other", "Other",
                                null)), List.of());
        var score = new QuestionDefinition("score", QuestionKind.SCALE_0_10, "How good is your area?", null, null,
                false, null, "Awful", "Great", null, null, List.of(), List.of(EVIDENCE_CODE));
        var mood = new QuestionDefinition("mood", QuestionKind.SINGLE_CHOICE, "How do you feel?", null, null, false,
                null, null, null, null, null, List.of(new OptionDefinition("good", "Good", null),
                        new OptionDefinition("ok", "OK", null), new OptionDefinition("bad", "Bad", null)),
                List.of(EVIDENCE_CODE));
        // Several may be chosen: a view of those who chose one overlaps the view of those who chose another.
        var likes = new QuestionDefinition("likes", QuestionKind.MULTIPLE_CHOICE, "What do you like?", null, null,
                true, null, null, null, null, null, List.of(new OptionDefinition("sport", "Sport", null),
                        new OptionDefinition("music", "Music", null)), List.of());
        var items = List.of(new VersionItem("care", null), new VersionItem("score", null),
                new VersionItem("mood", null), new VersionItem("likes", null));
        return new SurveyDefinition(title, null, null, List.of(
                new VersionDefinition("young", "8 to 11", AgeBand.AGE_8_11, false, null, items),
                new VersionDefinition("old", "11 to 17", AgeBand.AGE_11_17, false, null, items)),
                List.of(care, score, mood, likes), Map.of());
    }

    /** Publishes a survey with these group sizes and sends it for each young person, with random answers. */
    public static Made makeSurvey(SurveyService surveys, SurveyTaking taking, int[] sizes, Random random) {
        var groupIds = new ArrayList<Long>();
        long id = SystemTask.runAs(() -> {
            long created = surveys.create(definition("Attack " + System.nanoTime()));
            for (int g = 1; g < sizes.length; g++) {
                groupIds.add(surveys.addGroup(created, "Group " + g, true, code(g, created), null).id());
            }
            surveys.publish(created, new SurveySettings(SurveyAccess.LINK, null, null));
            return created;
        }, Roles.OFFICER);
        String slug = SystemTask.runAs(() -> surveys.summary(id).slug(), Roles.OFFICER);
        var entry = taking.entry(slug).orElseThrow();
        String[] cares = {"in-care", "care-leaver", "other", ""};
        String[] moods = {"good", "ok", "bad"};
        var young = new ArrayList<Young>();
        for (int g = 0; g < sizes.length; g++) {
            for (int i = 0; i < sizes[g]; i++) {
                var likes = new java.util.TreeSet<String>();
                if (random.nextInt(3) > 0) {
                    likes.add("sport");
                }
                if (random.nextBoolean()) {
                    likes.add("music");
                }
                var y = new Young(random.nextBoolean() ? "young" : "old", g, cares[random.nextInt(cares.length)],
                        random.nextInt(11), moods[random.nextInt(moods.length)], likes);
                long versionId = entry.versions().stream().filter(v -> v.key().equals(y.version())).findFirst()
                        .orElseThrow().id();
                var token = taking.start(slug, new StartRequest(versionId, g == 0 ? null : code(g, id), "en", false,
                        "10.9.0." + g)).deviceToken();
                if (!y.care().isEmpty()) {
                    taking.save(token, "care", Answer.choice(y.care()), 1);
                }
                taking.save(token, "score", Answer.number(y.score()), 2);
                taking.save(token, "mood", Answer.choice(y.mood()), 3);
                if (!y.likes().isEmpty()) {
                    taking.save(token, "likes", Answer.choice(y.likes().toArray(String[]::new)), 4);
                }
                taking.submit(token);
                young.add(y);
            }
        }
        return new Made(id, List.copyOf(groupIds), List.copyOf(young));
    }

    private static String code(int g, long survey) {
        return "G" + g + "X" + Long.toString(survey, 36).toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * Every filter a person can choose: everyone, each version, group, care answer and "likes" answer (several may be
     * chosen), and every combination.
     */
    public static List<View> everyView(List<Long> groupIds) {
        var abouts = new ArrayList<List<String>>();
        abouts.add(java.util.Arrays.asList(null, null));
        for (String care : List.of("in-care", "care-leaver", "other")) {
            abouts.add(List.of("care", care));
        }
        for (String like : List.of("sport", "music")) {
            abouts.add(List.of("likes", like));
        }
        var views = new ArrayList<View>();
        for (String version : java.util.Arrays.asList(null, "young", "old")) {
            for (int g = 0; g <= groupIds.size(); g++) {
                for (var about : abouts) {
                    views.add(new View(version, g == 0 ? null : groupIds.get(g - 1), g, about.get(0), about.get(1)));
                }
            }
        }
        return views;
    }

    /** Whom a view really holds. */
    public static Set<Integer> who(View view, List<Young> young) {
        var who = new HashSet<Integer>();
        for (int i = 0; i < young.size(); i++) {
            if (view.holds(young.get(i))) {
                who.add(i);
            }
        }
        return who;
    }

    /** Everything the attack finds among the shown views; empty when nothing small can be worked out. */
    public static List<String> attack(List<Seen> seen, List<Young> young, String where) {
        var problems = new ArrayList<String>();
        for (var a : seen) {
            if (a.shown().responses() > 0 && a.shown().responses() < THRESHOLD) {
                problems.add(where + ": shown directly: " + a.view() + " = " + a.shown().responses());
            }
            a.shown().answers().forEach((answer, n) -> {
                if (n > 0 && n < THRESHOLD) {
                    problems.add(where + ": shown directly: " + a.view() + " " + answer + " = " + n);
                }
            });
            for (var b : seen) {
                if (a == b || !a.who().containsAll(b.who()) || a.who().equals(b.who())) {
                    continue;
                }
                // b lies inside a: a - b is a group of its own.
                long left = a.shown().responses() - b.shown().responses();
                if (left < THRESHOLD) {
                    var group = new HashSet<>(a.who());
                    group.removeAll(b.who());
                    problems.add(where + ": " + a.view() + " - " + b.view() + " = " + left + " young people"
                            + averageOf(group, young, a.shown(), b.shown()));
                }
                a.shown().answers().forEach((answer, n) -> {
                    Long inside = b.shown().answers().get(answer);
                    if (inside != null && n - inside > 0 && n - inside < THRESHOLD) {
                        problems.add(where + ": " + a.view() + " - " + b.view() + ": " + answer + " = " + (n - inside));
                    }
                });
                a.shown().together().forEach((answers, n) -> {
                    if (answers.stream().allMatch(b.shown().answers()::containsKey)) {
                        long inside = answers.stream().mapToLong(b.shown().answers()::get).sum();
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
                    // b and c lie inside a and do not overlap: a - b - c is a group of its own.
                    long rest = a.shown().responses() - b.shown().responses() - c.shown().responses();
                    if (rest > 0 && rest < THRESHOLD) {
                        problems.add(where + ": " + a.view() + " - " + b.view() + " - " + c.view() + " = " + rest
                                + " young people");
                    }
                    a.shown().answers().forEach((answer, n) -> {
                        Long inB = b.shown().answers().get(answer);
                        Long inC = c.shown().answers().get(answer);
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
    private static String averageOf(Set<Integer> group, List<Young> young, Shown a, Shown b) {
        if (a.mean() == null || b.mean() == null || group.isEmpty() || a.answered() == b.answered()) {
            return "";
        }
        double truth = group.stream().mapToInt(i -> young.get(i).score()).average().orElse(0);
        double derived = (a.mean() * a.answered() - b.mean() * b.answered()) / (a.answered() - b.answered());
        return String.format(java.util.Locale.ROOT, ", whose average is %.1f (really %.1f)", derived, truth);
    }

    /** What a results object shows, as the attack reads it. */
    public static Shown shown(SurveyResults results) {
        var answers = new java.util.HashMap<String, Long>();
        var together = new java.util.HashMap<Set<String>, Long>();
        Double mean = null;
        long answered = -1;
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
            if (q.key().equals("score")) {
                mean = q.mean();
                answered = q.answered().suppressed() ? -1 : q.answered().value();
            }
        }
        return new Shown(results.responses().value(), mean, answered, answers, together);
    }
}
