package org.youthvoice.feedback;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.LikePattern;
import org.youthvoice.feedback.internal.FeedbackItemStore;
import org.youthvoice.security.ForOfficers;

/**
 * Feedback as evidence for "you said, we did" actions: actions, a floor above, asks here what officers may point an
 * action at and what the items an action points at say; actions keeps the links (design note 0038). Officers only: the
 * comment is as the young person wrote it, or gone once the retention period has deleted it.
 */
@Service
public class FeedbackAsEvidence {

    /** An item as an officer picks it: its number, day, channel and comment (null once deleted, or if none). */
    public record Item(long id, LocalDate receivedOn, String channel, @Nullable String comment) {
    }

    private final FeedbackItemStore store;

    FeedbackAsEvidence(FeedbackItemStore store) {
        this.store = store;
    }

    /** The items among these ids, oldest first. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<Item> items(Collection<Long> ids) {
        return store.evidence(ids);
    }

    /** Items to choose from, newest first: those with this number, or whose comment or channel has these words. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<Item> find(@Nullable String search, int limit) {
        Long id = search != null && search.strip().matches("\\d{1,18}") ? Long.valueOf(search.strip()) : null;
        return store.findEvidence(LikePattern.containing(search), id, limit);
    }
}
