package org.youthvoice.safeguarding;

/** A possible disclosure reached the queue. Carries no text: listeners that need it ask the queue. */
public record DisclosureFlagged(long disclosureId, Severity severity) {
}
