package org.youthvoice.voting.internal;

import java.util.List;
import org.youthvoice.base.ShownCount;

/**
 * One group's votes in a city-wide ballot: how many voted, and each topic's votes (first choices when ranked), in
 * the ballot's topic order, every count made safe to show by {@code SmallNumbers}.
 */
public record GroupResult(String name, int eligible, ShownCount voted, List<ShownCount> topics) {

    public GroupResult {
        topics = List.copyOf(topics);
    }
}
