package org.youthvoice.voting.internal;

import org.jspecify.annotations.Nullable;

/** A forum (a children in care council, a SEND youth forum, a youth forum) and how many members it has. */
public record Forum(long id, String name, @Nullable String description, long members) {
}
