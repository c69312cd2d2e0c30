package org.youthvoice.safeguarding.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.youthvoice.base.SystemTask;
import org.youthvoice.safeguarding.ScreeningLists;
import org.youthvoice.security.Roles;

/**
 * Adds the starter phrases and examples new in this version ({@link ScreeningLists#addNewStarterEntries()}), then
 * builds the screening once the application is ready, on a background thread, so the first comment does not wait for
 * it: embedding every example and labelled comment and training the classifier takes several seconds (design note
 * 0025). Start-up does not wait either; a comment arriving before it is done builds it as before.
 */
@Component
class ScreeningWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ScreeningWarmUp.class);

    private final ScreeningLists lists;

    ScreeningWarmUp(ScreeningLists lists) {
        this.lists = lists;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildScreening() {
        Thread.ofVirtual().name("screening-warm-up").start(() -> {
            long start = System.nanoTime();
            try {
                int added = SystemTask.runAs(lists::addNewStarterEntries, Roles.ADMIN);
                if (added > 0) {
                    log.info("Added {} starter phrase(s) and example(s) new in this version to the screening lists",
                            added);
                }
                lists.screening();
                log.info("Screening built in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("Screening could not be built ahead of the first comment; it will be at the first one", e);
            }
        });
    }
}
