package org.youthvoice.survey;

/**
 * A ready-made survey shipped with Youth Voice that an officer can start from.
 *
 * @param key what {@link SurveyFiles#createFromTemplate(String)} takes, e.g. {@code children-in-care}
 * @param title the survey's title
 * @param description what the survey is for and who it is for, for the officer choosing one
 */
public record SurveyTemplate(String key, String title, String description) {
}
