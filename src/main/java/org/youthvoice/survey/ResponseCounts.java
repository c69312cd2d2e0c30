package org.youthvoice.survey;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.ShownCount;

/**
 * Sent responses so far, by version, group and day. Every count under the small-number threshold is suppressed; a
 * response rate is given only where its count is shown.
 */
public record ResponseCounts(ShownCount total, ShownCount started, List<ByVersion> versions, List<ByGroup> groups,
        List<ByDay> days) {

    public record ByVersion(String label, ShownCount count) {
    }

    /** @param ratePercent responses as a percentage of the cohort, when both are known and the count is shown */
    public record ByGroup(String name, ShownCount count, @Nullable Integer cohortSize, @Nullable Integer ratePercent) {
    }

    public record ByDay(LocalDate day, ShownCount count) {
    }
}
