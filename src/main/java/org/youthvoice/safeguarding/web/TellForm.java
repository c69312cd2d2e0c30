package org.youthvoice.safeguarding.web;

import org.jspecify.annotations.Nullable;

/** The "tell someone now" form as the template draws it: what was typed (kept whole on a refusal) and what to fix. */
public record TellForm(String what, @Nullable Problem problem, int max) {

    /** A refusal in plain words. */
    public record Problem(String key, Object[] arguments) {
    }
}
