package org.youthvoice.safeguarding;

/**
 * How fast a lead should look. {@code URGENT} alerts the leads at once; {@code CONCERN} waits in the queue.
 * Declared most urgent first, so {@code compareTo} orders by urgency.
 */
public enum Severity {
    URGENT,
    CONCERN;

    public String messageKey() {
        return "safeguarding.severity." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
