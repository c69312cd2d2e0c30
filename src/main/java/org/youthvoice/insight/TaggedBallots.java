package org.youthvoice.insight;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Published ballot results tagged to framework codes, for the evidence pages. Voting implements this in its own
 * package and keeps its tables to itself; insight cannot call voting directly (voting already depends on actions,
 * which depends on insight). Only {@link EvidenceService} calls it, after its own role check.
 */
public interface TaggedBallots {

    /** Ballots with a published result tagged with any of these codes: ballot id to its codes among them. */
    Map<Long, Set<String>> tagged(Collection<String> codes);

    /** Their latest published results, counts already under the small-number rules, latest first. */
    List<TaggedBallot> results(Collection<String> codes);

    /** The latest published results, tagged or not, under the same rules; their codes are left empty. */
    List<TaggedBallot> latest(int limit);
}
