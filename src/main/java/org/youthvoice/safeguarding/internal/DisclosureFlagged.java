package org.youthvoice.safeguarding.internal;

import org.youthvoice.safeguarding.Severity;

/** A possible disclosure reached the queue. Carries no text: listeners that need it ask the queue. */
public record DisclosureFlagged(long disclosureId, Severity severity) {

    /** Names no disclosure: an event can end up in a log line, with a time. */
    @Override
    public String toString() {
        return "DisclosureFlagged[" + severity + "]";
    }
}
