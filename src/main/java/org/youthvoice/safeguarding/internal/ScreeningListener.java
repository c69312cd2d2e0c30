package org.youthvoice.safeguarding.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.youthvoice.base.FreeTextReceived;
import org.youthvoice.base.RandomIds;
import org.youthvoice.safeguarding.Highlight;
import org.youthvoice.safeguarding.Match;
import org.youthvoice.safeguarding.ScreeningLists;

/**
 * Screens every piece of free text after it was stored (asynchronously, after the young person's transaction
 * committed, so it adds no delay), and puts possible disclosures in the queue. The event log re-sends anything not
 * screened when a node stopped; a source is queued once however often it is sent.
 *
 * <p>An item keeps the day it was flagged, not the time, and gets a random id; and nothing is logged: a log line's
 * time says when a young person wrote, and beside a member's login time says who (design note 0023).
 */
@Component
class ScreeningListener {

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
        String categories = result.categories().stream().map(Enum::name).collect(Collectors.joining(","));
        String matches = result.highlights().stream().map(ScreeningListener::offsets).collect(Collectors.joining(";"));
        var byMeaning = result.matches().stream().filter(Match::byMeaning).findFirst().orElse(null);
        for (int attempt = 0; attempt < 5; attempt++) {
            long id = RandomIds.next();
            int inserted = jdbc.sql("""
                    INSERT IGNORE INTO disclosure (id, source_type, source_id, source_label, group_code, contact_given,
                        text, severity, categories, matches, flagged_on, meaning_example, meaning_similarity)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, text.sourceType(), text.sourceId(), truncate(text.sourceLabel(), 400), text.groupCode(),
                            text.contactGiven(), text.text(), result.severity().name(), categories, matches,
                            LocalDate.now(clock), byMeaning == null ? null : truncate(byMeaning.example(), 300),
                            byMeaning == null ? null : java.math.BigDecimal.valueOf(byMeaning.similarity())
                                    .setScale(3, java.math.RoundingMode.HALF_UP))
                    .update();
            if (inserted == 1) {
                events.publishEvent(new DisclosureFlagged(id, result.severity()));
                return;
            }
            if (queued(text)) {
                return; // sent again: it is in the queue already
            }
            // else the random id was taken (1 in 2^53): try another
        }
        throw new IllegalStateException("No free id for a disclosure");
    }

    private boolean queued(FreeTextReceived text) {
        // A locking read sees what another transaction committed since this one began: the same text queued at the
        // same moment by another node or thread, which is why the insert above was ignored.
        return jdbc.sql("SELECT COUNT(*) FROM disclosure WHERE source_type = ? AND source_id = ? LOCK IN SHARE MODE")
                .params(text.sourceType(), text.sourceId()).query(Integer.class).single() > 0;
    }

    private static String offsets(Highlight h) {
        return h.start() + ":" + h.end();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
