package org.youthvoice.survey;

/**
 * Who can answer: anyone with the link (a group code is optional); only with a group's code; only with a single-use
 * card code; or only logged-in members.
 */
public enum SurveyAccess {
    LINK, GROUP_CODE, CARD, MEMBERS
}
