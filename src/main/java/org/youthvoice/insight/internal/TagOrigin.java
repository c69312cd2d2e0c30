package org.youthvoice.insight.internal;

/**
 * How a tag got onto a text: from the question it answered, by an officer, by a keyword rule or by accepting a
 * suggestion. Stored by name in {@code insight_text_tag.origin}.
 */
public enum TagOrigin {
    QUESTION, OFFICER, RULE, SUGGESTION
}
