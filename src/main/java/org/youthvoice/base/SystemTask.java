package org.youthvoice.base;

import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and scheduled work with the roles it needs, so that service methods keep their role checks and the
 * audit log names "system" as the actor.
 */
public final class SystemTask {

    private SystemTask() {
    }

    public static <T> T runAs(Supplier<T> work, String... roles) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAs(Runnable work, String... roles) {
        runAs(() -> {
            work.run();
            return null;
        }, roles);
    }
}
