package org.youthvoice.survey;

/** A survey a young person can open: its public link's slug and its title. */
public record SurveyLink(String slug, String title) {
}
