package org.youthvoice.insight;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What voting tells insight when a ballot's result is published, or a correction of it: the result as evidence, with
 * raw counts. Insight keeps the latest version of each in its own tables (the evidence read model, design note 0036)
 * and applies the small-number rules when it shows them. Voting sends it in the transaction that publishes, and again
 * at start for any published version it has not sent; insight keeps each version once, however often it comes.
 *
 * @param forum the forum's name, or empty for a city-wide ballot
 * @param summary the officer's plain words published with the result
 * @param motionOutcome for a motion: {@code PASSED}, {@code FAILED} or {@code NO_QUORUM}; its options are {@code YES},
 *     {@code NO} and {@code ABSTAIN}
 * @param papers ballot papers counted
 * @param options votes per option (first choices for a ranked ballot), in the ballot's order
 * @param winners the options that won, in order (more than one: a tie, or several seats); empty for a motion
 * @param codes the framework codes the ballot is tagged with
 */
public record BallotResultPublished(long ballotId, int version, String question, String forum,
        LocalDateTime publishedAt, @Nullable String summary, @Nullable String motionOutcome, long papers,
        List<Option> options, List<String> winners, Set<String> codes) {

    public BallotResultPublished {
        options = List.copyOf(options);
        winners = List.copyOf(winners);
        codes = Set.copyOf(codes);
    }

    /** One option and its votes. */
    public record Option(String label, long votes) {
    }
}
