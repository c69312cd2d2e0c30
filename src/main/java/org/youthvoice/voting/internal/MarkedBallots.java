package org.youthvoice.voting.internal;

import java.util.Set;

/** Identical approval ballots: the options marked, and how many ballots were marked that way. */
public record MarkedBallots(Set<String> marks, long count) {

    public MarkedBallots {
        marks = Set.copyOf(marks);
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
    }
}
