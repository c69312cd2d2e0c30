package org.youthvoice.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's figures on its sets: urgent disclosures flagged urgent, urgent or concern flagged at all, ordinary
 * comments flagged. The tuning sets ({@code evaluation-tuning.tsv}, {@code evaluation-tuning-2.tsv} …) may be tuned on
 * (screening's classifier is trained on them; they ship beside the examples); {@code evaluation-untouched.tsv} never
 * is, so its figures are the honest estimate, and this test prints no untouched comment, only counts.
 *
 * <p>The issue's goal for urgent disclosures on the untouched set (100% flagged urgent) is not reached honestly; the
 * test holds the figures reached (design note 0025) as floors, so
 * that a change to phrases, examples, thresholds or the model that makes screening worse fails here. Raise a floor
 * when screening gets better; never lower one without saying why in the note.
 */
class ScreeningEvaluationTest {

    static final double GOAL_URGENT = 1.00;
    static final double GOAL_FLAGGED = 0.95;
    static final double GOAL_ORDINARY = 0.20;

    /**
     * Reached on the untouched set, 7 Dec 2026 (after noon), with the classifier trained on nine tuning sets, slang said
     * plainly and starter examples for forced marriage, FGM, faith-linked abuse and debt bondage (design note 0025):
     * 105/107 urgent, 215/219 flagged, 17/103 ordinary flagged; the issue's goals for flagged and ordinary comments are
     * met, not yet urgent's 100%. (Earlier: seven tuning sets 105/107, 216/219, 17/103; six 102/107, 217/219, 17/103;
     * four 97/107, 206/219, 16/103; three 92/107, 204/219, 17/103; 6 Dec 82/107, 198/219, 15/103; before the classifier
     * 74/107, 182/219, 18/103.) The ceiling on ordinary comments is 17%, the figure reached; the issue's 20% holds too.
     * Later: twelve sets 106/107, 216/219, 13/103; fourteen sets (8 Dec 2026) 106/107, 217/219, 13/103.
     */
    static final double FLOOR_URGENT = 0.98;
    static final double FLOOR_FLAGGED = 0.98;
    static final double CEILING_ORDINARY = 0.14;

    record Example(String text, String level, String category, String kind) {
    }

    /** The three figures, and how many concerns were raised to urgent (the cost of catching urgent ones: a red notice). */
    record Figures(String set, int urgent, int urgentAsUrgent, int disclosures, int disclosuresFlagged, int ordinary,
            int ordinaryFlagged, int concernAsUrgent, List<String> misses) {

        double urgentRate() {
            return (double) urgentAsUrgent / urgent;
        }

        double flaggedRate() {
            return (double) disclosuresFlagged / disclosures;
        }

        double ordinaryRate() {
            return (double) ordinaryFlagged / ordinary;
        }

        String line() {
            return String.format(Locale.ROOT, "EVALUATION %s: urgent flagged urgent %d/%d (%.1f%%), urgent+concern flagged"
                    + " %d/%d (%.1f%%), ordinary flagged %d/%d (%.1f%%)", set, urgentAsUrgent, urgent, 100 * urgentRate(),
                    disclosuresFlagged, disclosures, 100 * flaggedRate(), ordinaryFlagged, ordinary, 100 * ordinaryRate())
                    + String.format(Locale.ROOT, "; concerns flagged urgent %d/%d", concernAsUrgent,
                            disclosures - urgent);
        }
    }

    /** The tuning sets by name ({@code tuning}, {@code tuning-2} …), in order. */
    static final java.util.Map<String, List<Example>> TUNING = new java.util.LinkedHashMap<>();
    static List<Example> untouched;
    static Screening screening;

    @BeforeAll
    static void read_both_sets() throws IOException {
        for (var name : ScreeningTuningTest.TUNING_SETS) {
            TUNING.put(name, read("evaluation-" + name + ".tsv"));
        }
        untouched = read("evaluation-untouched.tsv");
        screening = Screening.of(PhraseList.englishStarter(), ExampleList.englishStarter());
    }

    static List<Example> read(String name) throws IOException {
        var examples = new ArrayList<Example>();
        try (var in = ScreeningEvaluationTest.class.getResourceAsStream("/safeguarding/" + name)) {
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("text\t")) {
                    continue;
                }
                var cells = line.split("\t");
                if (cells.length != 4) {
                    throw new IllegalStateException(name + ": " + line);
                }
                examples.add(new Example(cells[0], cells[1], cells[2], cells[3]));
            }
        }
        return examples;
    }

    static Figures measure(String set, List<Example> examples, Function<String, ScreeningResult> screen) {
        int urgent = 0, urgentAsUrgent = 0, disclosures = 0, flagged = 0, ordinary = 0, ordinaryFlagged = 0;
        int concernAsUrgent = 0;
        var misses = new ArrayList<String>();
        // screened on every core (screening is safe to call from many threads), counted in order
        var results = examples.parallelStream().map(e -> screen.apply(e.text())).toList();
        for (int i = 0; i < examples.size(); i++) {
            var e = examples.get(i);
            var result = results.get(i);
            switch (e.level()) {
                case "URGENT", "CONCERN" -> {
                    disclosures++;
                    if (result.flagged()) {
                        flagged++;
                    }
                    if (e.level().equals("URGENT")) {
                        urgent++;
                        if (result.urgent()) {
                            urgentAsUrgent++;
                        }
                    } else if (result.urgent()) {
                        concernAsUrgent++;
                    }
                    if (!result.flagged() || e.level().equals("URGENT") && !result.urgent()) {
                        misses.add(e.level() + " " + e.category() + ": " + e.text() + " -> "
                                + result.explanation().replace('\n', ' '));
                    }
                }
                default -> {
                    ordinary++;
                    if (result.flagged()) {
                        ordinaryFlagged++;
                        misses.add("FALSE " + e.kind() + ": " + e.text() + " -> " + result.explanation().replace('\n', ' '));
                    }
                }
            }
        }
        return new Figures(set, urgent, urgentAsUrgent, disclosures, flagged, ordinary, ordinaryFlagged, concernAsUrgent,
                misses);
    }

    @Test
    void both_sets_are_big_mixed_and_labelled_in_the_new_categories() {
        assertThat(untouched).hasSizeGreaterThanOrEqualTo(300);
        assertThat(TUNING).hasSize(14);
        assertThat(TUNING.get("tuning")).hasSizeGreaterThanOrEqualTo(150);
        assertThat(TUNING.get("tuning-2")).hasSizeGreaterThanOrEqualTo(300);
        TUNING.values().stream().skip(2).forEach(set -> assertThat(set).hasSizeGreaterThanOrEqualTo(400));
        var sets = new ArrayList<List<Example>>(TUNING.values());
        sets.add(untouched);
        for (var set : sets) {
            assertThat(set).extracting(Example::level).containsOnly("URGENT", "CONCERN", "ORDINARY");
            for (var level : List.of("URGENT", "CONCERN", "ORDINARY")) {
                assertThat(set.stream().filter(e -> e.level().equals(level)).count()).as(level)
                        .isGreaterThan(set.size() / 8); // the twelfth set, short messages, is mostly ordinary
            }
            assertThat(set).filteredOn(e -> !e.level().equals("ORDINARY"))
                    .allSatisfy(e -> assertThat(Category.valueOf(e.category()).inUse()).isTrue());
        }
        var texts = new java.util.HashSet<String>();
        untouched.forEach(e -> texts.add(e.text().toLowerCase(Locale.ROOT)));
        TUNING.forEach((name, set) -> assertThat(set).as("no comment of " + name + " is in the untouched set")
                .noneMatch(e -> texts.contains(e.text().toLowerCase(Locale.ROOT))));
        for (var category : Category.inUseValues()) {
            assertThat(untouched).as(category.name()).anyMatch(e -> e.category().equals(category.name()));
        }
    }

    @Test
    void phrases_and_meaning_hold_the_figures_reached_on_the_untouched_set() {
        var phrasesOnly = Screening.of(PhraseList.englishStarter());
        TUNING.forEach((name, set) -> System.out.println(measure(name + ", phrases only", set, phrasesOnly::screen)
                .line()));
        System.out.println(measure("untouched, phrases only", untouched, phrasesOnly::screen).line());

        // the classifier is trained on the tuning sets: their figures say how well it fits, not how it does on new
        // wording (ScreeningTuningTest cross-validates between them); only their misses are printed
        TUNING.forEach((name, set) -> {
            var figures = measure(name + " (trained on), phrases and meaning", set, screening::screen);
            figures.misses().forEach(m -> System.out.println("EVALUATION " + name + " miss " + m));
            System.out.println(figures.line());
        });
        var onUntouched = measure("untouched, phrases and meaning", untouched, screening::screen);
        System.out.println(onUntouched.line());
        System.out.println(String.format(Locale.ROOT, "EVALUATION goals on the untouched set: urgent %.0f%%, flagged"
                + " %.0f%%, ordinary at most %.0f%%; met: %s", 100 * GOAL_URGENT, 100 * GOAL_FLAGGED,
                100 * GOAL_ORDINARY, onUntouched.urgentRate() >= GOAL_URGENT && onUntouched.flaggedRate() >= GOAL_FLAGGED
                        && onUntouched.ordinaryRate() <= GOAL_ORDINARY));

        assertThat(onUntouched.urgentRate()).as("untouched: urgent flagged urgent").isGreaterThanOrEqualTo(FLOOR_URGENT);
        assertThat(onUntouched.flaggedRate()).as("untouched: urgent or concern flagged")
                .isGreaterThanOrEqualTo(FLOOR_FLAGGED);
        assertThat(onUntouched.ordinaryRate()).as("untouched: ordinary flagged").isLessThanOrEqualTo(CEILING_ORDINARY);
        assertThat(onUntouched.ordinaryRate()).as("the issue's goal for ordinary comments")
                .isLessThanOrEqualTo(GOAL_ORDINARY);
    }

    @Test
    void harmless_examples_lower_meaning_but_never_drop_an_urgent_match() {
        // "I used to self-harm but I'm better now" was a false flag the issue reported
        var recovered = screening.screen("i used to self harm but im better now since i got help");
        assertThat(recovered.urgent()).as(recovered.explanation()).isFalse();
        for (var text : List.of("i want to kill myself lol", "my dad never hits me he just hurts me with a belt")) {
            var result = screening.screen(text);
            assertThat(result.flagged()).as(result.explanation()).isTrue();
        }
    }

    /**
     * A phrase listed as a concern no longer flags a sentence the classifier is sure reads as ordinary; the same
     * phrase in a disclosure still flags, and an urgent phrase is never set aside this way. Sentences written for this
     * test, in none of the sets.
     */
    @Test
    void a_concern_phrase_in_an_ordinary_sentence_is_set_aside_but_not_in_a_disclosure() {
        for (var ordinary : List.of("got a huge bruise on my knee from falling off my skateboard at the skatepark",
                "the police came into assembly to talk about staying safe at bonfire night",
                "we made posters about neglect of pets for the rspca stall at the school fair")) {
            var result = screening.screen(ordinary);
            assertThat(result.flagged()).as(result.explanation()).isFalse();
            assertThat(result.setAside()).as(result.explanation()).isNotEmpty();
        }
        var readAsOrdinary = screening.screen("got a huge bruise on my knee from falling off my skateboard at the"
                + " skatepark");
        assertThat(readAsOrdinary.setAside()).extracting(Match::adjustment)
                .containsAnyOf(Adjustment.READS_AS_ORDINARY, Adjustment.LIKE_HARMLESS_EXAMPLE);
        for (var disclosure : List.of("my foster carer grabbed my arm really hard and now i have bruises",
                "the police came round again last night because dad was smashing things",
                "i want to kill myself after the skatepark tonight")) {
            var result = screening.screen(disclosure);
            assertThat(result.flagged()).as(result.explanation()).isTrue();
        }
    }

    /**
     * A disclosure deep inside a long answer is read as well as on its own (issue 13). Long answers are built from the
     * tuning sets: an urgent comment (one in six, for time) put after seven ordinary comments, and after them again
     * with every full stop and line break taken out, as many young people type; and, to count false flags, long answers
     * of ordinary comments only. Each urgent comment is counted only if screening finds it urgent on its own, so the
     * figures say what the length costs, not how good screening is.
     */
    @Test
    void a_disclosure_deep_in_a_long_answer_is_still_found() {
        var fillers = new ArrayList<String>();
        var urgents = new ArrayList<String>();
        TUNING.values().forEach(set -> set.forEach(e -> {
            if (e.kind().equals("ordinary")) {
                fillers.add(sentence(e.text()));
            } else if (e.level().equals("URGENT")) {
                urgents.add(e.text());
            }
        }));
        // each sampled urgent comment gives {urgent alone, urgent in a long answer, the same with no full stops}
        var counts = java.util.stream.IntStream.iterate(0, i -> i < urgents.size(), i -> i + 6).parallel()
                .mapToObj(i -> {
                    var text = urgents.get(i);
                    if (!screening.screen(text).urgent()) {
                        return new int[3];
                    }
                    var answer = new StringBuilder();
                    for (int k = 0; k < 7; k++) {
                        answer.append(fillers.get((i * 7 + k) % fillers.size())).append(' ');
                    }
                    var long1 = answer + sentence(text) + " " + fillers.get((i * 7 + 7) % fillers.size());
                    return new int[] {1, screening.screen(long1).urgent() ? 1 : 0,
                            screening.screen(long1.replaceAll("[.!?;\\n]+", "")).urgent() ? 1 : 0};
                }).toList();
        int alone = counts.stream().mapToInt(c -> c[0]).sum();
        int punctuated = counts.stream().mapToInt(c -> c[1]).sum();
        int unpunctuated = counts.stream().mapToInt(c -> c[2]).sum();
        int ordinaryAnswers = fillers.size() / 8;
        int ordinaryFlagged = (int) java.util.stream.IntStream.range(0, ordinaryAnswers).parallel()
                .filter(a -> screening.screen(String.join(" ", fillers.subList(a * 8, a * 8 + 8))).flagged()).count();
        System.out.println(String.format(Locale.ROOT, "EVALUATION long answers: urgent alone %d; still urgent after"
                + " seven ordinary sentences %d (%.1f%%), with no full stops %d (%.1f%%); long ordinary answers flagged"
                + " %d/%d (%.1f%%)", alone, punctuated, 100.0 * punctuated / alone, unpunctuated,
                100.0 * unpunctuated / alone, ordinaryFlagged, ordinaryAnswers, 100.0 * ordinaryFlagged / ordinaryAnswers));
        // 0.95 until the twelfth set's short messages joined the sample (95.0% with them: a three-word disclosure is
        // easier to bury); 0.93 leaves room for another machine's rounding in the model
        assertThat((double) punctuated / alone).as("urgent after seven ordinary sentences").isGreaterThanOrEqualTo(0.93);
        assertThat((double) unpunctuated / alone).as("urgent in a long answer with no full stops")
                .isGreaterThanOrEqualTo(0.90);
        assertThat((double) ordinaryFlagged / ordinaryAnswers).as("long ordinary answers flagged")
                .isLessThanOrEqualTo(0.20);
    }

    /**
     * Short everyday messages (a "tell us" box gets many) are not flagged urgent, and short disclosures are. Before the
     * twelfth tuning set (short messages) six of these ordinary ones were urgent: "ring me tomorrow" by likeness to a
     * phone that rings for deliveries, "im off to my nans" to saying goodbye. Written for this test, in no set.
     */
    @Test
    void short_everyday_messages_are_not_urgent_and_short_disclosures_are() {
        for (String text : List.of("message me back please", "can someone call me back", "ring me tomorrow",
                "im leaving early today", "im off to my nans", "dont tell my mum i said the food is bad lol",
                "text me back when you can", "please reply", "are you there", "thanks bye", "see you next week",
                "whens the next meeting", "can i go now", "this is my last survey for this year", "my phone is broken",
                "can i get a lift to the youth club", "the bus is always late")) {
            var result = screening.screen(text);
            assertThat(result.urgent()).as(text + ": " + result.explanation()).isFalse();
        }
        for (String text : List.of("he hit me again last night", "i took all my pills", "im not safe at home tonight",
                "they make me sell stuff for them")) {
            var result = screening.screen(text);
            assertThat(result.urgent()).as(text + ": " + result.explanation()).isTrue();
        }
    }

    /**
     * A lead is shown the kind of harm, so it must be the right one. Before the labelled comments voted on it (issue
     * 13, 8 Dec 2026), a match by meaning took the category of the one closest example statement: the main category
     * was right for 164 of the 216 flagged disclosures of the untouched set (75.9%); with the vote, 195 (90.3%); with
     * fourteen sets and the example shown always of the match's severity, 197 of 217 (90.8%). Held
     * out of training in turn, the ninth, eleventh and thirteenth tuning sets went from 56.5% to 73.7%.
     */
    @Test
    void a_flagged_disclosure_is_shown_in_its_own_category() {
        int flagged = 0;
        int right = 0;
        for (var e : untouched) {
            if (e.level().equals("ORDINARY")) {
                continue;
            }
            var result = screening.screen(e.text());
            if (result.flagged()) {
                flagged++;
                right += result.mainCategory().name().equals(e.category()) ? 1 : 0;
            }
        }
        System.out.println(String.format(Locale.ROOT, "EVALUATION untouched: main category right for %d of %d flagged"
                + " disclosures (%.1f%%)", right, flagged, 100.0 * right / flagged));
        assertThat((double) right / flagged).as("untouched: main category right").isGreaterThanOrEqualTo(0.85);

        // written for this test, in no set: the closest example statement of each is of another kind of harm
        for (var c : List.of(List.of("the rope is in my wardrobe", "SELF_HARM_OR_SUICIDE"),
                List.of("going to do it tonight, ive got everything ready", "SELF_HARM_OR_SUICIDE"),
                List.of("no one has been home for 2 days and im looking after my sister", "NEGLECT"),
                List.of("packed my bag leaving tonight for good", "GOING_MISSING"),
                List.of("my mate says her stepdad comes in her room at night", "SEXUAL_ABUSE"),
                List.of("i keep getting called names in the changing rooms and pushed into the lockers", "BULLYING"))) {
            var result = screening.screen(c.get(0));
            assertThat(result.flagged()).as(c.get(0)).isTrue();
            assertThat(result.mainCategory().name()).as(c.get(0) + ": " + result.explanation()).isEqualTo(c.get(1));
            assertThat(result.matches()).as("the example shown is of that category")
                    .anySatisfy(m -> assertThat(m.category().name()).isEqualTo(c.get(1)));
        }
    }

    private static String sentence(String text) {
        var t = text.strip();
        return t.matches(".*[.!?]$") ? t : t + ".";
    }
}
