package org.youthvoice.survey;

/** Draft while it is being written; open for answers once published, until it is closed. */
public enum SurveyStatus {
    DRAFT, OPEN, CLOSED
}
