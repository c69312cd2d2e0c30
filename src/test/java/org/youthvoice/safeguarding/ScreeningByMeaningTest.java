package org.youthvoice.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.youthvoice.safeguarding.internal.ExampleListYaml;

/** Screening by meaning on small, hand-made example lists, so each rule shows on its own. */
class ScreeningByMeaningTest {

    static final PhraseList NO_PHRASES = PhraseList.englishStarter().withPhrases(List.of());

    static Screening with(MeaningExample... examples) {
        return Screening.of(NO_PHRASES, new ExampleList(List.of(examples), 0.55, 0.49, 0.02, 0.65));
    }

    @Test
    void a_sentence_close_to_an_urgent_example_is_urgent_and_says_which_example_and_how_close() {
        var screening = with(new MeaningExample(Category.PHYSICAL_ABUSE, Severity.URGENT, "my dad hits me"));
        var result = screening.screen("my father keeps hitting me");
        assertThat(result.urgent()).as(result.explanation()).isTrue();
        assertThat(result.matches()).singleElement().satisfies(m -> {
            assertThat(m.byMeaning()).isTrue();
            assertThat(m.example()).isEqualTo("my dad hits me");
            assertThat(m.similarity()).isBetween(0.55, 1.0);
            assertThat(m.words()).isEmpty();
        });
        assertThat(result.explanation()).startsWith("PHYSICAL_ABUSE URGENT by meaning: like example \"my dad hits me\"");
        assertThat(screening.screen("can we have more buses to the sports centre").flagged()).isFalse();
    }

    @Test
    void in_a_long_comment_the_stretch_with_the_disclosure_is_found() {
        var screening = with(new MeaningExample(Category.SELF_HARM_OR_SUICIDE, Severity.URGENT,
                "i have been cutting myself"));
        String text = "The youth club is good but it shuts too early on Fridays and the bus home is late. "
                + "I have been cutting myself again and nobody at home knows about it at all. "
                + "Also can we have more trips to the beach in the summer holidays please.";
        var result = screening.screen(text);
        assertThat(result.urgent()).as(result.explanation()).isTrue();
        var match = result.matches().getFirst();
        assertThat(match.in(text)).contains("cutting myself").doesNotContain("youth club");
    }

    @Test
    void a_short_comment_in_several_sentences_is_also_read_whole() {
        var example = new MeaningExample(Category.SELF_HARM_OR_SUICIDE, Severity.URGENT,
                "i have saved up my tablets and i am going to take them all on friday night");
        var screening = with(example);
        for (String text : List.of("i have saved up my tablets in a sock. going to take them all on friday night.",
                "Saved up loads of my tablets now! Gonna take the lot of them friday night.")) {
            var closest = screening.closestExamples(text, 1).getFirst();
            assertThat(closest.start()).as(text).isZero();
            assertThat(closest.end()).as(text).isEqualTo(text.length());
            var result = screening.screen(text);
            assertThat(result.urgent()).as(result.explanation()).isTrue();
        }
        // a long comment is still read in stretches, so the disclosure is not diluted by the rest
        String longer = "The youth club is good but it shuts too early on Fridays and the bus home is always late. "
                + "I have saved up my tablets and I am going to take them all on Friday night. "
                + "Also can we have more trips to the beach in the summer holidays please, and a pool table.";
        var closest = screening.closestExamples(longer, 1).getFirst();
        assertThat(longer.substring(closest.start(), closest.end())).contains("tablets").doesNotContain("youth club");
    }

    @Test
    void a_closer_harmless_example_lowers_urgent_to_concern_and_sets_a_concern_aside() {
        var screening = with(new MeaningExample(Category.SELF_HARM_OR_SUICIDE, Severity.URGENT, "i self harm"),
                new MeaningExample(Category.BULLYING, Severity.CONCERN, "i am being bullied"),
                MeaningExample.harmless("i used to self harm but i am better now"),
                MeaningExample.harmless("i used to be bullied but it stopped"));
        var recovered = screening.screen("i used to self harm but im better now");
        assertThat(recovered.severity()).as(recovered.explanation()).isEqualTo(Severity.CONCERN);
        assertThat(recovered.matches()).singleElement()
                .satisfies(m -> assertThat(m.adjustment()).isEqualTo(Adjustment.LIKE_HARMLESS_EXAMPLE));
        var over = screening.screen("i used to be bullied but it stopped");
        assertThat(over.flagged()).as(over.explanation()).isFalse();
        assertThat(over.setAside()).singleElement()
                .satisfies(m -> assertThat(m.cue()).isEqualTo("i used to be bullied but it stopped"));
    }

    @Test
    void the_stronger_of_phrase_and_meaning_wins_and_a_harmless_example_never_hides_an_urgent_phrase() {
        var screening = Screening.of(PhraseList.englishStarter(), new ExampleList(List.of(
                new MeaningExample(Category.LOW_MOOD, Severity.CONCERN, "i feel sad"),
                MeaningExample.harmless("i want to kill myself lol")), 0.55, 0.49, 0.02, 0.65));
        var result = screening.screen("i feel so sad i want to kill myself");
        assertThat(result.urgent()).as(result.explanation()).isTrue();
        assertThat(result.categories()).contains(Category.SELF_HARM_OR_SUICIDE);
        var joke = screening.screen("i want to kill myself lol");
        assertThat(joke.flagged()).as(joke.explanation()).isTrue();
    }

    @Test
    void try_a_sentence_lists_the_closest_examples_first() {
        var screening = with(new MeaningExample(Category.LOW_MOOD, Severity.CONCERN, "i feel lonely"),
                new MeaningExample(Category.NEGLECT, Severity.CONCERN, "there is no food at home"),
                MeaningExample.harmless("this homework is killing me"));
        var closest = screening.closestExamples("i am so lonely all the time", 3);
        assertThat(closest).hasSize(3);
        assertThat(closest.getFirst().example().text()).isEqualTo("i feel lonely");
        assertThat(closest.getFirst().percent()).isGreaterThan(closest.get(1).percent());
        assertThat(Screening.of(NO_PHRASES).closestExamples("anything", 3)).isEmpty();
    }

    @Test
    void the_starter_examples_cover_every_category_and_a_bad_file_is_refused() {
        var starter = ExampleList.englishStarter();
        for (var category : Category.inUseValues()) {
            assertThat(starter.examples()).as(category.name()).anyMatch(e -> e.category() == category);
        }
        assertThat(starter.examples()).anyMatch(MeaningExample::isHarmless)
                .noneMatch(e -> e.category() != null && !e.category().inUse());
        assertThatThrownBy(() -> ExampleListYaml.read("examples: {}")).hasMessageContaining("thresholds");
        assertThatThrownBy(() -> ExampleListYaml.read("""
                thresholds: {urgent: 0.4, concern: 0.6, harmless_margin: 0, harmless_over_phrase: 0.7}
                examples: {}
                """)).hasMessageContaining("concern <= urgent");
        assertThatThrownBy(() -> new MeaningExample(Category.BULLYING, null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
