package org.youthvoice.voting.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.youthvoice.people.AgeBand;

/** A member of a forum, with how many of the forum's closed ballots since they joined they voted in. */
public record ForumMember(long memberId, String username, String displayName, @Nullable AgeBand ageBand,
        LocalDate joinedOn, long votedIn, long ballotsSinceJoining) {
}
