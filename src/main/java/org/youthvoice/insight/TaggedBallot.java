package org.youthvoice.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.ShownCount;

/**
 * A published ballot result as evidence.
 *
 * @param forum the forum's name, or empty for a city-wide ballot
 * @param summary the officer's plain words published with the result
 * @param winners the options that won (more than one: a tie, or several seats); empty for a motion
 * @param motionOutcome for a motion: {@code PASSED}, {@code FAILED} or {@code NO_QUORUM}; its options are
 *     {@code YES}, {@code NO} and {@code ABSTAIN}
 * @param papers ballot papers counted
 * @param options votes per option (first choices for a ranked ballot)
 * @param codes the codes it is tagged with among those asked for
 */
public record TaggedBallot(long id, String question, String forum, LocalDate publishedOn, @Nullable String summary,
        List<String> winners,
        @Nullable String motionOutcome, ShownCount papers, List<Option> options, Set<String> codes) {

    public TaggedBallot {
        winners = List.copyOf(winners);
        options = List.copyOf(options);
        codes = Set.copyOf(codes);
    }

    public record Option(String label, ShownCount votes) {
    }
}
