package org.youthvoice.voting.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotOption;
import org.youthvoice.voting.BallotState;

/** What a young person sees after typing their group's code: no account, no name. */
public record CityBallotScreen(String code, String groupName, BallotKind kind, String question,
        List<BallotOption> options, int choices, BallotState state, @Nullable LocalDateTime closesAt) {

    public CityBallotScreen {
        options = List.copyOf(options);
    }
}
