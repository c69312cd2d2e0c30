package org.youthvoice.survey.results;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.youthvoice.base.DisclosureControl;
import org.youthvoice.survey.internal.ResponseStatus;

/**
 * Which sent responses results may count (design note 0027). While a survey is open, its sent responses join the
 * results in groups of at least the small-number threshold, never one at a time, so the results before and after
 * one young person sends cannot be compared to find that young person's answers. When it closes, every sent response
 * joins at once. A response has joined when it is folded into the running totals ({@code tallied}, note 0017).
 *
 * <p>{@code youthvoice.surveys.release-in-groups=false} counts every sent response at once, as before: for tests
 * that check exact counts straight after sending, never for a council's install.
 */
@Component
public class Released {

    private final boolean inGroups;
    private final int groupSize;

    Released(@Value("${youthvoice.surveys.release-in-groups:true}") boolean inGroups, DisclosureControl disclosure) {
        this.inGroups = inGroups;
        this.groupSize = Math.max(1, disclosure.threshold());
    }

    /** Whether sent responses join the results in groups rather than one by one. */
    public boolean inGroups() {
        return inGroups;
    }

    /** The fewest sent responses that join an open survey's results at once. */
    public int groupSize() {
        return groupSize;
    }

    /** An SQL condition on a response row named {@code alias}: sent, and counted in the results. */
    public String counted(String alias) {
        return alias + ".status = '" + ResponseStatus.SUBMITTED + "'"
                + (inGroups ? " AND " + alias + ".tallied = TRUE" : "");
    }
}
