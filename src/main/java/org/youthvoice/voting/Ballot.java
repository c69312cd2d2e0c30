package org.youthvoice.voting;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A ballot as officers see it.
 *
 * @param forumId 0 for a city-wide ballot
 * @param voted members who voted, online or ticked as voting on paper (city-wide: votes cast)
 * @param eligible the forum's members (when it closed, once closed); city-wide: the groups' eligible numbers
 * @param publishedVersion 0 until the result is published; a correction adds one
 */
public record Ballot(long id, long forumId, String forumName, BallotKind kind, String question,
        List<BallotOption> options, boolean secret, int choices, int quorum, @Nullable PassThreshold threshold,
        boolean liveResults, @Nullable LocalDateTime opensAt, @Nullable LocalDateTime closesAt, BallotState state,
        String meetingCode, Set<String> tags, long voted, long eligible, int publishedVersion, boolean correcting) {

    public Ballot {
        options = List.copyOf(options);
        tags = Set.copyOf(tags);
    }

    /** A city-wide ballot: no forum; young people vote with a code for their school or group. */
    public boolean cityWide() {
        return forumId == 0;
    }

    public List<String> labels() {
        return options.stream().map(BallotOption::label).toList();
    }
}
