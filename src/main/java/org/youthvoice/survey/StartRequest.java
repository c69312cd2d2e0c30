package org.youthvoice.survey;

import org.jspecify.annotations.Nullable;

/**
 * A young person starting a survey.
 *
 * @param code a group access code or a card code, as typed (spaces and dashes do not matter)
 * @param address the network address, used only to slow down guessing of codes; never stored with the response
 */
public record StartRequest(long versionId, @Nullable String code, String language, boolean adultHelped,
        String address) {
}
