package org.youthvoice.voting;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A ballot as a member sees it on their phone. */
public record MemberBallot(long id, String forumName, BallotKind kind, String question, List<BallotOption> options,
        int choices, boolean secret, BallotState state, @Nullable LocalDateTime closesAt, boolean voted,
        boolean published) {

    public MemberBallot {
        options = List.copyOf(options);
    }
}
