package org.youthvoice.voting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the projector shows: no names, only the question, options, turnout and (once allowed) the count. */
public record MeetingScreen(String forumName, BallotKind kind, String question, List<BallotOption> options,
        BallotState state, Turnout turnout, @Nullable BallotResult result) {

    public MeetingScreen {
        options = List.copyOf(options);
    }
}
