package org.youthvoice.base;

import org.jspecify.annotations.Nullable;

/**
 * A count as it may be shown: the number, or nothing but "fewer than the threshold" when it is small enough to point
 * at a young person. The true small number never leaves the service that counted it. Zero is shown: it says nothing
 * about anyone.
 */
public record ShownCount(@Nullable Long value, int threshold) {

    static ShownCount of(long count, int threshold) {
        return new ShownCount(count > 0 && count < threshold ? null : count, threshold);
    }

    public boolean suppressed() {
        return value == null;
    }

    /** The number if shown, or -1; for sorting and charts that must not reveal a suppressed cell. */
    public long orMinusOne() {
        return value == null ? -1 : value;
    }
}
