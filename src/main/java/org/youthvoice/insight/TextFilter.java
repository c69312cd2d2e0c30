package org.youthvoice.insight;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which texts of the tagging stream to show; every part is optional.
 *
 * @param sourceType FEEDBACK or SURVEY_ANSWER
 * @param placeKind SURVEY or CHANNEL, with {@code placeId} the survey or channel
 * @param questionKey a survey question's key (kept between rounds)
 * @param tagCode texts tagged with this framework code
 * @param untaggedOnly texts with no tag at all
 * @param search words the text holds
 */
public record TextFilter(@Nullable String sourceType, @Nullable String placeKind, @Nullable Long placeId,
        @Nullable String questionKey, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String tagCode,
        boolean untaggedOnly, @Nullable String search) {

    public static final TextFilter ALL = new TextFilter(null, null, null, null, null, null, null, false, null);
}
