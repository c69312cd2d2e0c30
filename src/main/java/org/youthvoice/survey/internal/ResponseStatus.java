package org.youthvoice.survey.internal;

/**
 * Where a response is: started on a device and being answered, or sent. A sent response keeps no key to carry on
 * with. Stored by name in {@code survey_response.status}.
 */
public enum ResponseStatus {
    STARTED, SUBMITTED
}
