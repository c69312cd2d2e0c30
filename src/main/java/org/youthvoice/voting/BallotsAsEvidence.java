package org.youthvoice.voting;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.LikePattern;
import org.youthvoice.security.ForOfficers;
import org.youthvoice.voting.internal.BallotStore;

/**
 * Forums' ballots with a published result, as evidence for "you said, we did" actions: what a forum decided, and what
 * was done. Actions, a floor above, asks here what officers may point an action at and what the ballots an action
 * points at are; actions keeps the links (design note 0038). An open or unpublished count is not yet what was said.
 */
@Service
public class BallotsAsEvidence {

    /** A ballot as an officer picks it. */
    public record PublishedBallot(long id, String question, String forum) {
    }

    private final BallotStore store;

    BallotsAsEvidence(BallotStore store) {
        this.store = store;
    }

    /** The published ballots among these ids, in the order they closed. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<PublishedBallot> ballots(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return store.published(ids);
    }

    /** Published ballots to choose from, latest closed first, whose question or forum has these words. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<PublishedBallot> find(@Nullable String search, int limit) {
        return store.published(LikePattern.containing(search), limit);
    }
}
