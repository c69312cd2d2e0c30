package org.youthvoice.survey;

/**
 * What an optional "about you" question asks. Answers are banded by their options, never exact; the care status one
 * lets the plans count how many children in care and care leavers took part.
 */
public enum Demographic {
    AGE_BAND, GENDER, PLACEMENT, TIME_IN_CARE, CARE_STATUS
}
