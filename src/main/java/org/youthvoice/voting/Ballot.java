package org.youthvoice.voting;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A ballot as officers see it.
 *
 * @param forumId 0 for a city-wide ballot
 * @param voted people who voted: members online, plus paper ballots entered or imported (city-wide: votes cast, plus
 *     paper ballots); the one turnout that the officer's page, the projector and the result all show
 * @param eligible the forum's members (when it closed, once closed; city-wide: the groups' eligible numbers) plus
 *     {@code paperVoters}
 * @param paperVoters people the officer said may vote on paper without being members
 * @param publishedVersion 0 until the result is published; a correction adds one
 */
public record Ballot(long id, long forumId, String forumName, BallotKind kind, String question,
        List<BallotOption> options, boolean secret, int choices, int quorum, @Nullable PassThreshold threshold,
        boolean liveResults, @Nullable LocalDateTime opensAt, @Nullable LocalDateTime closesAt, BallotState state,
        String meetingCode, Set<String> tags, long voted, long eligible, int paperVoters, int publishedVersion,
        boolean correcting) {

    public Ballot {
        options = List.copyOf(options);
        tags = Set.copyOf(tags);
    }

    /** A city-wide ballot: no forum; young people vote with a code for their school or group. */
    public boolean cityWide() {
        return forumId == 0;
    }

    /** Turnout as every screen shows it: "3 of 7 have voted". */
    public Turnout turnout() {
        return new Turnout(voted, eligible);
    }

    public List<String> labels() {
        return options.stream().map(BallotOption::label).toList();
    }
}
