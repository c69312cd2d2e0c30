package org.youthvoice.voting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the projector shows: no names, only the question, options, turnout and (once allowed) the count; when the
 * count is not allowed yet, {@code count} says why.
 */
public record MeetingScreen(String forumName, BallotKind kind, String question, List<BallotOption> options,
        BallotState state, Turnout turnout, LiveCount count) {

    public MeetingScreen {
        options = List.copyOf(options);
    }

    public @Nullable BallotResult result() {
        return count.result();
    }
}
