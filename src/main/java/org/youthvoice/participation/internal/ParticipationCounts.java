package org.youthvoice.participation.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.ShownCount;
import org.youthvoice.people.AgeBand;

/**
 * A year of participation counts: its four calendar quarters and the whole year, suppressed together so that no
 * difference between a quarter and the year gives a small number away. Attendance by age band is for the whole year
 * only.
 *
 * @param byAge attendances per age band for the year
 * @param ageNotKnown attendances whose age band was not counted
 * @param byGroup events and attendances per forum or group for the year, largest first
 */
public record ParticipationCounts(YearKind kind, int startYear, List<PeriodCounts> quarters, PeriodCounts year,
        Map<AgeBand, ShownCount> byAge, ShownCount ageNotKnown, List<GroupCounts> byGroup) {

    public ParticipationCounts {
        quarters = List.copyOf(quarters);
        byAge = Map.copyOf(byAge);
        byGroup = List.copyOf(byGroup);
    }

    /** A forum or group's year: how many events it held and how many attendances they had. */
    public record GroupCounts(String group, long events, ShownCount attendances) {
    }

    /** The quarter that starts on {@code from}, if it is in this year. */
    public @Nullable PeriodCounts quarter(java.time.LocalDate from) {
        return quarters.stream().filter(q -> q.from().equals(from)).findFirst().orElse(null);
    }
}
