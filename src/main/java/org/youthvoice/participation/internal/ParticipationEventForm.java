package org.youthvoice.participation.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.youthvoice.people.AgeBand;

/**
 * What an officer records about a participation event. Attendance is counted, not named: how many children in care,
 * care leavers and other young people came, and how many of them were in each age band (those whose age is not known
 * are the rest).
 *
 * @param group the forum or group, in words
 * @param byAge attendance per age band; missing bands count 0
 * @param members young members ticked as there (account ids)
 * @param actions actions that came out of it (ids from "you said, we did")
 */
public record ParticipationEventForm(@Nullable LocalDate heldOn, @Nullable EventType type, @Nullable String group,
        int inCare, int careLeavers, int others, Map<AgeBand, Integer> byAge, @Nullable String asked,
        @Nullable String cameOut, Set<Long> members, Set<Long> actions) {

    public ParticipationEventForm {
        byAge = Map.copyOf(byAge);
        members = Set.copyOf(members);
        actions = Set.copyOf(actions);
    }
}
