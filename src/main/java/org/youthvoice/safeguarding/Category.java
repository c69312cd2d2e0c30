package org.youthvoice.safeguarding;

/**
 * What kind of harm a possible disclosure is about. The names shown to safeguarding leads are message keys.
 */
public enum Category {
    SELF_HARM_OR_SUICIDE("selfHarmOrSuicide"),
    ABUSE_OR_NEGLECT("abuseOrNeglect"),
    EXPLOITATION("exploitation"),
    GOING_MISSING("goingMissing"),
    DOMESTIC_ABUSE("domesticAbuse"),
    BULLYING("bullying"),
    UNSAFE_WHERE_THEY_LIVE("unsafeWhereTheyLive");

    private final String key;

    Category(String key) {
        this.key = key;
    }

    public String messageKey() {
        return "safeguarding.category." + key;
    }
}
