package org.youthvoice.safeguarding;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What kind of harm a possible disclosure is about. The names shown to safeguarding leads are message keys.
 * Declared roughly most serious first: a result's main category is the first among its most urgent matches.
 */
public enum Category {
    SELF_HARM_OR_SUICIDE("selfHarmOrSuicide"),
    SEXUAL_ABUSE("sexualAbuse"),
    PHYSICAL_ABUSE("physicalAbuse"),
    ONLINE_GROOMING_OR_IMAGE_ABUSE("onlineGroomingOrImageAbuse"),
    CRIMINAL_EXPLOITATION("criminalExploitation"),
    DOMESTIC_ABUSE("domesticAbuse"),
    NEGLECT("neglect"),
    GOING_MISSING("goingMissing"),
    UNSAFE_WHERE_THEY_LIVE("unsafeWhereTheyLive"),
    BULLYING("bullying"),
    LOW_MOOD("lowMood"),
    /** Only on queue items flagged before the categories were split (issue 13); screening no longer gives it. */
    @Deprecated
    ABUSE_OR_NEGLECT("abuseOrNeglect"),
    /** Only on queue items flagged before the categories were split (issue 13); screening no longer gives it. */
    @Deprecated
    EXPLOITATION("exploitation");

    @SuppressWarnings("deprecation")
    private static final Set<Category> RETIRED = Set.of(ABUSE_OR_NEGLECT, EXPLOITATION);

    private final String key;

    Category(String key) {
        this.key = key;
    }

    public String messageKey() {
        return "safeguarding.category." + key;
    }

    /** Whether screening can still give this category (false for the two split in issue 13). */
    public boolean inUse() {
        return !RETIRED.contains(this);
    }

    /** The categories screening gives, for choosing in lists and forms. */
    public static List<Category> inUseValues() {
        return Arrays.stream(values()).filter(Category::inUse).toList();
    }
}
