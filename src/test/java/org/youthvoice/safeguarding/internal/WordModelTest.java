package org.youthvoice.safeguarding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The word model learns which words and pairs of words go with urgent, concern and ordinary texts. */
class WordModelTest {

    /** Made-up training texts: a cue word per level, each in several texts, with everyday words around it. */
    private static final List<String> FILLER = List.of("at the weekend", "after school", "in the holidays",
            "on the bus home", "at my nans", "with my mates", "before tea", "in my room");

    private static List<String> texts(String cue) {
        var out = new ArrayList<String>();
        for (var filler : FILLER) {
            out.add("i " + cue + " " + filler);
        }
        return out;
    }

    private static WordModel model() {
        var texts = new ArrayList<String>();
        var levels = new ArrayList<Integer>();
        texts("took all the tablets").forEach(t -> { texts.add(t); levels.add(2); });
        texts("feel a bit sad").forEach(t -> { texts.add(t); levels.add(1); });
        texts("played football").forEach(t -> { texts.add(t); levels.add(0); });
        texts("went swimming").forEach(t -> { texts.add(t); levels.add(0); });
        return WordModel.train(texts, levels.stream().mapToInt(Integer::intValue).toArray(), 0.0001);
    }

    @Test
    void the_words_of_each_level_lead_to_it_in_text_it_never_saw() {
        var model = model();

        var urgent = model.probabilities("last night i took all the tablets");
        var concern = model.probabilities("i feel a bit sad lately");
        var ordinary = model.probabilities("we played football on sunday");

        assertThat(urgent.urgent()).isGreaterThan(0.8);
        assertThat(concern.urgent()).isLessThan(0.5);
        assertThat(concern.flagged()).isGreaterThan(0.7);
        assertThat(ordinary.flagged()).isLessThan(0.3);
    }

    @Test
    void a_text_of_words_it_never_learnt_is_left_to_the_bias_and_the_order_of_training_is_fixed() {
        var model = model();

        var unknown = model.probabilities("zebra xylophone quartz");
        assertThat(unknown.urgent()).isEqualTo(model.probabilities("").urgent());
        assertThat(model().probabilities("i took the tablets").urgent())
                .as("trained twice on the same texts, the same weights").isEqualTo(
                        model.probabilities("i took the tablets").urgent());
    }

    @Test
    void words_and_neighbouring_pairs_are_features_and_apostrophes_stay_inside_words() {
        assertThat(WordModel.features("I'm NOT ok, 'honestly'"))
                .containsExactly("i'm", "i'm not", "not", "not ok", "ok", "ok honestly", "honestly");
    }

    @Test
    void a_word_in_only_one_training_text_teaches_nothing() {
        var texts = new ArrayList<String>(List.of("my cat purrs", "my dog barks", "my dog sleeps", "my cat sleeps"));
        texts.add("the blorp happened");
        var levels = new int[] {0, 0, 0, 0, 2};
        var model = WordModel.train(texts, levels, 0.0001);

        assertThat(model.probabilities("blorp").urgent()).isEqualTo(model.probabilities("").urgent());
    }
}
