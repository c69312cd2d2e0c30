package org.youthvoice.actions;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What participation tells actions when an event is recorded or changed: what officers see of it when they point an
 * action at it, and the actions that came out of it, as the event's own form says. Participation sits above actions,
 * so actions never asks it: it keeps these in its own tables (design note 0038), in the transaction that records the
 * event.
 *
 * @param group the forum or group that met
 * @param asked what young people were asked, if the officer wrote it
 * @param actions the actions that came out of the event: these replace any linked before
 */
public record ParticipationEventSaved(long eventId, LocalDate heldOn, String group, @Nullable String asked,
        Set<Long> actions) {

    public ParticipationEventSaved {
        actions = Set.copyOf(actions);
    }
}
