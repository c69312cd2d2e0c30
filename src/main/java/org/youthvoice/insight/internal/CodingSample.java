package org.youthvoice.insight.internal;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A set of texts two or more officers code on their own, to see how far they agree.
 *
 * @param codedByMe how many of its items the officer asking has coded
 * @param coders everyone who has coded at least one item
 */
public record CodingSample(long id, String name, String createdBy, LocalDateTime createdAt, int items, int codedByMe,
        List<String> coders) {

    public boolean doneByMe() {
        return items > 0 && codedByMe >= items;
    }
}
