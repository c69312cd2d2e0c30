package org.youthvoice.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test class that starts a Spring context of its own: Vaadin installs its security context holder for the
 * whole JVM when a context starts, so the shared context's tests that run afterwards would find no one signed in.
 * This keeps the holder from before the class and puts it back after it. Use with {@code @DirtiesContext}, so the
 * class's own context is closed too.
 */
public class KeepSharedSecurityHolder implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(
            KeepSharedSecurityHolder.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(HERE).put("holder", SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        var before = context.getStore(HERE).get("holder", SecurityContextHolderStrategy.class);
        if (before != null) {
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }
}
