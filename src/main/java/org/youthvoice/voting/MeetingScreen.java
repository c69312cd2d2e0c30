package org.youthvoice.voting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the projector shows: no names, only the question, options, turnout and (once allowed) the count; when the
 * count is not allowed yet, {@code count} says why.
 *
 * @param turnout the same pair as the officer's page and the result ({@link Ballot#turnout()})
 * @param joinPath where members go to vote, relative to the site ("vote/42"; city-wide: "city-vote"), for the QR code
 *     and the short link while voting is open
 */
public record MeetingScreen(String forumName, BallotKind kind, String question, List<BallotOption> options,
        BallotState state, Turnout turnout, LiveCount count, String joinPath) {

    public MeetingScreen {
        options = List.copyOf(options);
    }

    public @Nullable BallotResult result() {
        return count.result();
    }
}
