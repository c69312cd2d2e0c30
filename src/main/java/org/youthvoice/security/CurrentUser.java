package org.youthvoice.security;

import org.springframework.security.core.context.SecurityContextHolder;

/** Who is asking, as a service writes it beside what they changed ("system" for start-up and scheduled work). */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The signed-in user's name, at most 64 characters (the columns that keep it), or "system" with nobody. */
    public static String name() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String name = auth == null ? "system" : auth.getName();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
