package org.youthvoice.insight;

import java.util.Collection;
import java.util.List;

/**
 * Actions ("you said, we did") linked to framework codes, for the evidence pages. Actions implements this in its own
 * package (it depends on insight for quotes, so insight cannot call it). Only {@link EvidenceService} calls it, after
 * its own role check.
 */
public interface TaggedActions {

    /** Actions linked to any of these codes, newest first. */
    List<TaggedAction> linkedTo(Collection<String> codes);
}
