package org.youthvoice.safeguarding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.youthvoice.safeguarding.Category;
import org.youthvoice.safeguarding.ExampleList;
import org.youthvoice.safeguarding.MeaningExample;
import org.youthvoice.safeguarding.Severity;

/**
 * Rebuilding the screening (after a phrase is added or switched off, or on a second application context) does not
 * train the classifier again when nothing it learns from has changed; any change to what it learns from does.
 */
class TrainedOnceTest {

    private static final List<MeaningExample> EXAMPLES = List.of(
            new MeaningExample(Category.SELF_HARM_OR_SUICIDE, Severity.URGENT, "i want to end my life tonight"),
            new MeaningExample(Category.PHYSICAL_ABUSE, Severity.URGENT, "my step dad hits me with a belt"),
            new MeaningExample(Category.LOW_MOOD, Severity.CONCERN, "i feel sad most days"),
            new MeaningExample(Category.BULLYING, Severity.CONCERN, "kids on the bus call me names"),
            MeaningExample.harmless("the youth club should open on sundays"),
            MeaningExample.harmless("can we have more trips to the beach"));

    private static final List<MeaningExample> COMMENTS = List.of(
            new MeaningExample(Category.NEGLECT, Severity.CONCERN, "theres never any food in the house"),
            new MeaningExample(Category.GOING_MISSING, Severity.URGENT, "im running away tonight dont tell anyone"),
            MeaningExample.harmless("wifi at the hub is rubbish"),
            MeaningExample.harmless("i liked the cooking session"));

    private static ExampleList list(List<MeaningExample> comments, double penalty) {
        var learned = new ExampleList.Learned(comments, 0.9, 0.6, penalty, 0.2, 3, 0.5, 0.2, 0.72, 0.4, 0.00001,
                0.4);
        return new ExampleList(EXAMPLES, 0.6, 0.5, 0.02, 0.65, learned);
    }

    private static MeaningMatcher matcher(ExampleList list) {
        return new MeaningMatcher(list, SentenceEmbedder.shared());
    }

    @Test
    void the_same_examples_and_settings_reuse_the_trained_classifier() {
        var first = matcher(list(COMMENTS, 0.1));
        var again = matcher(list(new ArrayList<>(COMMENTS), 0.1));
        assertThat(first.classifier()).isNotNull().isSameAs(again.classifier());
    }

    @Test
    void a_changed_label_text_or_setting_trains_again() {
        var first = matcher(list(COMMENTS, 0.1));

        var relabelled = new ArrayList<>(COMMENTS);
        relabelled.set(0, new MeaningExample(Category.NEGLECT, Severity.URGENT, COMMENTS.get(0).text()));
        var reworded = new ArrayList<>(COMMENTS);
        reworded.set(2, MeaningExample.harmless("wifi at the hub is slow"));

        assertThat(matcher(list(relabelled, 0.1)).classifier()).isNotNull().isNotSameAs(first.classifier());
        assertThat(matcher(list(reworded, 0.1)).classifier()).isNotNull().isNotSameAs(first.classifier());
        assertThat(matcher(list(COMMENTS, 0.2)).classifier()).isNotNull().isNotSameAs(first.classifier());
    }
}
