package org.youthvoice.participation.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.youthvoice.people.AgeBand;

/** A recorded participation event, as officers see it. */
public record ParticipationEventView(long id, LocalDate heldOn, EventType type, String group, int inCare,
        int careLeavers, int others, Map<AgeBand, Integer> byAge, @Nullable String asked, @Nullable String cameOut,
        Set<Long> members, Set<Long> actions) {

    public int attendance() {
        return inCare + careLeavers + others;
    }

    /** Those whose age band was not counted. */
    public int ageNotKnown() {
        return attendance() - byAge.values().stream().mapToInt(Integer::intValue).sum();
    }

    public ParticipationEventForm toForm() {
        return new ParticipationEventForm(heldOn, type, group, inCare, careLeavers, others, byAge, asked, cameOut,
                members, actions);
    }
}
