package org.youthvoice.safeguarding;

/** What a safeguarding lead decided about a possible disclosure. */
public enum Outcome {
    NO_CONCERN, ADVICE_GIVEN, REFERRED
}
