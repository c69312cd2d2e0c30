package org.youthvoice.help.internal;

import org.jspecify.annotations.Nullable;

/** A place a young person can get help: a name, a phone number or web address, and when to use it. */
public record HelpLineView(long id, String name, @Nullable String phone, @Nullable String url, String description,
        int position) {
}
