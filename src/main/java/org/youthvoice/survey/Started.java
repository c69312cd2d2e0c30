package org.youthvoice.survey;

/**
 * A response has begun. The device token is kept on the young person's device so they can carry on there; the
 * resume code is shown to them so they can carry on anywhere. Only hashes of both are stored, and only until the
 * response is sent.
 */
public record Started(String deviceToken, String resumeCode, boolean sharedDevice) {
}
