package org.youthvoice.participation.internal;

/** Kinds of participation event; shown as {@code participation.type.NAME}. */
public enum EventType {
    CIC_MEETING, YOUTH_FORUM, WORKSHOP, FUN_DAY, SURVEY_SESSION, OTHER
}
