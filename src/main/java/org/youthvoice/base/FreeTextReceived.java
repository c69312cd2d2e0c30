package org.youthvoice.base;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Free text a young person wrote has been stored. Every module that collects free text (feedback, surveys) publishes
 * this, so safeguarding screens it and insight adds it to the tagging stream without the collecting code knowing
 * about either.
 *
 * @param sourceType what kind of thing holds the text, e.g. FEEDBACK or SURVEY_ANSWER
 * @param sourceId the id of that thing in its module
 * @param sourceLabel where it came from, in words a safeguarding lead understands (channel, survey and question)
 * @param groupCode the access code group the answer came through, if any (identifies a group, never a person)
 * @param contactAt where a safeguarding lead can read the contact details the young person chose to leave with it:
 *     a relative staff route of the collecting module's own screen (e.g. {@code feedback/contact/123}), which shows
 *     them to leads and records every read; null when none were left. Safeguarding links to it and never reads the
 *     details itself (design note 0038).
 * @param context where the text was written, for filtering and default tags; never who wrote it
 */
public record FreeTextReceived(String sourceType, long sourceId, String sourceLabel, @Nullable String groupCode,
        String text, @Nullable String contactAt, Context context) {

    /** Names no source, group or words: an event can end up in a log line, with a time. */
    @Override
    public String toString() {
        return "FreeTextReceived[" + sourceType + "]";
    }

    public FreeTextReceived(String sourceType, long sourceId, String sourceLabel, @Nullable String groupCode,
            String text, @Nullable String contactAt) {
        this(sourceType, sourceId, sourceLabel, groupCode, text, contactAt, Context.NONE);
    }

    /** Whether the young person chose to leave contact details. */
    public boolean contactGiven() {
        return contactAt != null;
    }

    /**
     * @param day the day it was sent
     * @param placeKind SURVEY or CHANNEL
     * @param placeId the survey's or channel's id
     * @param placeTitle the survey's or channel's title
     * @param questionKey for a survey answer, the question's key (kept between rounds)
     * @param questionText for a survey answer, the question's words
     * @param ageBand the age band of the survey version or channel, if it has one
     * @param rating for feedback, the face chosen with the comment (1 really bad to 5 really good)
     * @param tags framework codes the question or channel is tagged with: the text's tags until an officer says
     *     otherwise
     */
    public record Context(@Nullable LocalDate day, @Nullable String placeKind, @Nullable Long placeId,
            @Nullable String placeTitle, @Nullable String questionKey, @Nullable String questionText,
            @Nullable String ageBand, @Nullable Integer rating, List<String> tags) {

        public static final Context NONE = new Context(null, null, null, null, null, null, null, null, List.of());
    }
}
