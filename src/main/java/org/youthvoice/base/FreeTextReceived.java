package org.youthvoice.base;

import org.jspecify.annotations.Nullable;

/**
 * Free text a young person wrote has been stored. Every module that collects free text (feedback, surveys) publishes
 * this, so safeguarding screens it without the collecting code knowing about safeguarding.
 *
 * @param sourceType what kind of thing holds the text, e.g. FEEDBACK or SURVEY_ANSWER
 * @param sourceId the id of that thing in its module
 * @param sourceLabel where it came from, in words a safeguarding lead understands (channel, survey and question)
 * @param groupCode the access code group the answer came through, if any (identifies a group, never a person)
 * @param contactGiven whether the young person chose to leave contact details
 */
public record FreeTextReceived(String sourceType, long sourceId, String sourceLabel, @Nullable String groupCode,
        String text, boolean contactGiven) {
}
