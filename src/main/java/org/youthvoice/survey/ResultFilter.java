package org.youthvoice.survey;

import org.jspecify.annotations.Nullable;

/**
 * Narrows survey results to a version, a group, or the young people who gave one answer to an "about you" question.
 * A filter that would leave, or leave out, fewer young people than the small-number threshold is refused.
 */
public record ResultFilter(@Nullable String versionKey, @Nullable Long groupId, @Nullable String aboutQuestion,
        @Nullable String aboutOption) {

    public static final ResultFilter NONE = new ResultFilter(null, null, null, null);

    public boolean isNone() {
        return versionKey == null && groupId == null && aboutQuestion == null;
    }
}
