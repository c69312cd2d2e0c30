package org.youthvoice.actions.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.youthvoice.actions.Evidence;
import org.youthvoice.actions.ParticipationEventSaved;
import org.youthvoice.base.LikePattern;

/**
 * Participation events as evidence. Participation sits above actions, so actions keeps what it needs of each event in
 * its own table ({@code council_action_participation_event}), from the {@link ParticipationEventSaved} events sent in
 * the transaction that records or changes one, with the actions that came out of it as the event's form says (design
 * note 0038). An event's "actions that came out of it" and an action's evidence are one and the same link.
 */
@Component
public class ParticipationEvidence implements EvidenceSource {

    static final String KIND = "PARTICIPATION";

    private final EvidenceStore store;

    ParticipationEvidence(EvidenceStore store) {
        this.store = store;
    }

    @EventListener
    void on(ParticipationEventSaved event) {
        store.keepParticipationEvent(event.eventId(), event.heldOn(), event.group(), event.asked());
        store.setActionsPointingAt(KIND, String.valueOf(event.eventId()), event.actions());
    }

    /** For participation's log: the actions that came out of each of these events. */
    public Map<Long, Set<Long>> actionsFrom(Collection<Long> eventIds) {
        var byEvent = new HashMap<Long, Set<Long>>();
        store.actionsPointingAt(KIND, eventIds.stream().map(String::valueOf).toList())
                .forEach((ref, actions) -> byEvent.put(Long.valueOf(ref), Set.copyOf(actions)));
        return byEvent;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Evidence> shown(Collection<String> refs) {
        var ids = EvidenceSource.ids(refs);
        if (ids.isEmpty()) {
            return List.of();
        }
        return store.participationEvents(ids).stream().map(ParticipationEvidence::evidence).toList();
    }

    @Override
    public List<Evidence> choices(@Nullable String search, int limit) {
        return store.participationEventsLike(LikePattern.containing(search), limit).stream()
                .map(ParticipationEvidence::evidence).toList();
    }

    private static Evidence evidence(EvidenceStore.KeptParticipationEvent event) {
        String asked = event.asked();
        String label = event.heldOn() + ", " + event.group()
                + (asked == null ? "" : ": " + EvidenceSource.shorten(asked));
        return new Evidence(KIND, String.valueOf(event.eventId()), label);
    }
}
