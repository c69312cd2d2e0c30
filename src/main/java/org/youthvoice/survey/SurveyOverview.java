package org.youthvoice.survey;

import org.youthvoice.base.ShownCount;

/** A published survey as results readers see it: no link, no codes, and the number of responses made safe to show. */
public record SurveyOverview(long id, String title, int round, SurveyStatus status, ShownCount responses) {
}
