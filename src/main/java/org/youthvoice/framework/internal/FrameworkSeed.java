package org.youthvoice.framework.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.youthvoice.framework.FrameworkService;

/** A fresh install starts with the council's plans from {@code frameworks/default.yaml}. */
@Component
@Order(20)
class FrameworkSeed implements ApplicationRunner {

    private final FrameworkService frameworks;

    FrameworkSeed(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            var text = new ClassPathResource("frameworks/default.yaml").getContentAsString(StandardCharsets.UTF_8);
            frameworks.seedIfEmpty(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
