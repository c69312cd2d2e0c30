package org.youthvoice.base;

import org.jspecify.annotations.Nullable;

/** Search words for SQL's {@code LIKE ? ESCAPE '\'} (MariaDB's default escape), their wildcards taken literally. */
public final class LikePattern {

    private LikePattern() {
    }

    /** A pattern for "contains the search words", or null for no search (null or blank words). */
    public static @Nullable String containing(@Nullable String words) {
        return words == null || words.isBlank() ? null
                : "%" + words.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
