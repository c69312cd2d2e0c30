package org.youthvoice.safeguarding.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.youthvoice.base.FreeTextReceived;
import org.youthvoice.safeguarding.DisclosureFlagged;
import org.youthvoice.safeguarding.Highlight;
import org.youthvoice.safeguarding.ScreeningLists;

/**
 * Screens every piece of free text after it was stored (asynchronously, after the young person's transaction
 * committed, so it adds no delay), and puts possible disclosures in the queue. The event log re-sends anything not
 * screened when a node stopped; a source is queued once however often it is sent.
 */
@Component
class ScreeningListener {

    private static final Logger log = LoggerFactory.getLogger(ScreeningListener.class);

    private final ScreeningLists lists;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScreeningListener(ScreeningLists lists, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.lists = lists;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(FreeTextReceived text) {
        var result = lists.screening().screen(text.text());
        if (!result.flagged()) {
            return;
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        int inserted = jdbc.sql("""
                INSERT IGNORE INTO disclosure (source_type, source_id, source_label, group_code, contact_given, text,
                    severity, categories, matches, flagged_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(text.sourceType(), text.sourceId(), truncate(text.sourceLabel(), 400), text.groupCode(),
                        text.contactGiven(), text.text(), result.severity().name(),
                        result.categories().stream().map(Enum::name).collect(Collectors.joining(",")),
                        result.highlights().stream().map(ScreeningListener::offsets).collect(Collectors.joining(";")),
                        LocalDateTime.now(clock))
                .update(keys);
        if (inserted == 1 && keys.getKey() != null) {
            // Says that it happened, never which answer or comment: a log line's time beside an id would date it.
            log.info("A possible disclosure was queued ({})", result.severity().name().toLowerCase(Locale.ROOT));
            events.publishEvent(new DisclosureFlagged(keys.getKey().longValue(), result.severity()));
        }
    }

    private static String offsets(Highlight h) {
        return h.start() + ":" + h.end();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
