package org.youthvoice.voting.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A city-wide ballot (Make Your Mark style): "pick your top issue" ({@code ranked} false) or "rank your top 3"
 * (true) of up to 30 topics, open for weeks, with a code per school or group.
 */
public record NewCityBallot(String question, boolean ranked, List<String> topics, List<NewGroup> groups,
        @Nullable LocalDateTime opensAt, @Nullable LocalDateTime closesAt, Set<String> tags) {

    public NewCityBallot {
        topics = List.copyOf(topics);
        groups = List.copyOf(groups);
        tags = Set.copyOf(tags);
    }
}
