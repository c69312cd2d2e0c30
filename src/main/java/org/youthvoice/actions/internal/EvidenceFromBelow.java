package org.youthvoice.actions.internal;

import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.youthvoice.actions.Evidence;
import org.youthvoice.feedback.FeedbackAsEvidence;
import org.youthvoice.voting.BallotsAsEvidence;

/**
 * Feedback and forums' published ballot results as evidence. Both are held by modules below actions, so each is asked
 * of that module's narrow query service by id and by search, and labelled here; the links are actions' own (design
 * note 0038).
 */
@Configuration(proxyBeanMethods = false)
class EvidenceFromBelow {

    @Bean
    EvidenceSource feedbackEvidence(FeedbackAsEvidence feedback) {
        // Officers only ever see this label: it may quote the original comment.
        return new Asked<>("FEEDBACK", feedback::items, feedback::find, FeedbackAsEvidence.Item::id,
                item -> "#" + item.id() + ", " + item.receivedOn() + ", " + item.channel()
                        + (item.comment() == null ? "" : ": " + EvidenceSource.shorten(item.comment())));
    }

    @Bean
    EvidenceSource ballotEvidence(BallotsAsEvidence ballots) {
        return new Asked<>("BALLOT", ballots::ballots, ballots::find, BallotsAsEvidence.PublishedBallot::id,
                ballot -> ballot.forum() + ": " + ballot.question());
    }

    /**
     * One kind of evidence asked of the module below that holds it.
     *
     * @param byIds the things among these ids, in the order officers see them
     * @param search things to choose from, newest first, with these words (all when null), at most so many
     */
    record Asked<T>(String kind, Function<Collection<Long>, List<T>> byIds,
            BiFunction<@Nullable String, Integer, List<T>> search, ToLongFunction<T> id, Function<T, String> label)
            implements EvidenceSource {

        @Override
        public List<Evidence> shown(Collection<String> refs) {
            return byIds.apply(EvidenceSource.ids(refs)).stream().map(this::evidence).toList();
        }

        @Override
        public List<Evidence> choices(@Nullable String words, int limit) {
            return search.apply(words, limit).stream().map(this::evidence).toList();
        }

        private Evidence evidence(T thing) {
            return new Evidence(kind, String.valueOf(id.applyAsLong(thing)), label.apply(thing));
        }
    }
}
