package org.youthvoice.voting;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A ballot as an officer sets it up.
 *
 * @param options ignored for motions (yes, no and abstain are always the options)
 * @param choices approval: how many options a member may choose; STV: how many seats; otherwise 1
 * @param quorum the fewest voters for the result to stand; 0 for none
 * @param threshold motions only
 * @param liveResults show the count on the projector while the ballot is open, not only once it closes
 * @param opensAt null to open it by hand
 * @param closesAt null to close it by hand
 * @param tags framework codes (priorities or outcomes) the ballot is about
 */
public record NewBallot(long forumId, BallotKind kind, String question, List<NewBallotOption> options, boolean secret,
        int choices, int quorum, @Nullable PassThreshold threshold, boolean liveResults,
        @Nullable LocalDateTime opensAt, @Nullable LocalDateTime closesAt, Set<String> tags) {

    public NewBallot {
        options = List.copyOf(options);
        tags = Set.copyOf(tags);
    }
}
