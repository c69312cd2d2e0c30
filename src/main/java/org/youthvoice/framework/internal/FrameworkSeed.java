package org.youthvoice.framework.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.youthvoice.base.SystemTask;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.security.Roles;

/**
 * A fresh install starts with the plans in {@code youthvoice.frameworks.seed} (Southampton's by default, a file of the
 * import format); set it to {@code none} to start with no frameworks and import your own.
 */
@Component
@Order(20)
class FrameworkSeed implements ApplicationRunner {

    private final FrameworkService frameworks;
    private final ResourceLoader resources;
    private final String location;

    FrameworkSeed(FrameworkService frameworks, ResourceLoader resources,
            @Value("${youthvoice.frameworks.seed:classpath:frameworks/default.yaml}") String location) {
        this.frameworks = frameworks;
        this.resources = resources;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (location.isBlank() || location.equals("none")) {
            return;
        }
        try {
            var text = resources.getResource(location).getContentAsString(StandardCharsets.UTF_8);
            SystemTask.runAs(() -> frameworks.seedIfEmpty(text), Roles.ADMIN);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read youthvoice.frameworks.seed=" + location, e);
        }
    }
}
