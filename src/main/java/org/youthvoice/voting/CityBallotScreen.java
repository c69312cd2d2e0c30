package org.youthvoice.voting;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a young person sees after typing their group's code: no account, no name. */
public record CityBallotScreen(String code, String groupName, BallotKind kind, String question,
        List<BallotOption> options, int choices, BallotState state, @Nullable LocalDateTime closesAt) {

    public CityBallotScreen {
        options = List.copyOf(options);
    }
}
