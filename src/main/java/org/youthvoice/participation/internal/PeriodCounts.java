package org.youthvoice.participation.internal;

import java.time.LocalDate;
import org.youthvoice.base.ShownCount;

/**
 * What the corporate parenting plan measures for one quarter or one year, safe to show: every count under the
 * small-number threshold, and any count that the totals would give away, is suppressed.
 *
 * @param from the first day
 * @param to the last day
 * @param events participation events held (a count of meetings, not of people)
 * @param inCare attendances by children in care (a young person at three meetings counts three times)
 * @param careLeavers attendances by care leavers
 * @param others attendances by other young people
 * @param attendances all attendances
 * @param surveysInCare survey responses from young people who said they are in care
 * @param surveysCareLeavers survey responses from young people who said they are care leavers
 * @param surveyResponses all survey responses
 * @param votes votes cast in ballots that closed in the period (online and on paper)
 * @param feedback feedback sent on any channel (anonymous: a count of messages, not of people)
 */
public record PeriodCounts(LocalDate from, LocalDate to, long events, ShownCount inCare, ShownCount careLeavers,
        ShownCount others, ShownCount attendances, ShownCount surveysInCare, ShownCount surveysCareLeavers,
        ShownCount surveyResponses, ShownCount votes, ShownCount feedback) {
}
