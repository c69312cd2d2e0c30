package org.youthvoice.insight.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.youthvoice.base.FreeTextReceived;
import org.youthvoice.base.RandomIds;

/**
 * Adds every piece of free text young people send to the tagging stream, after their transaction committed. The
 * question's own tags become the text's first tags. The event log re-sends anything missed when a node stopped; a
 * source joins the stream once however often it is sent. Keyword rules tag it as it arrives.
 *
 * <p>A text keeps the day it was written and no time, its tags made now carry that day too, and its id is random: the
 * stream says nothing of which text came first, or when in the day (design note 0023).
 */
@Component
class TextStreamListener {

    private final TextStore texts;
    private final TagStore tags;
    private final Clock clock;
    private final KeywordRules rules;

    TextStreamListener(TextStore texts, TagStore tags, Clock clock, KeywordRules rules) {
        this.texts = texts;
        this.tags = tags;
        this.clock = clock;
        this.rules = rules;
    }

    @ApplicationModuleListener
    void on(FreeTextReceived text) {
        if (org.youthvoice.insight.QuoteService.SOURCE_TYPE.equals(text.sourceType())) {
            return; // an officer's words for a quote are screened, not tagged as something a young person said
        }
        var context = text.context();
        LocalDate day = context.day() == null ? LocalDate.now(clock) : context.day();
        Long id = null;
        for (int attempt = 0; attempt < 5 && id == null; attempt++) {
            long tried = RandomIds.next();
            if (texts.add(new TextStore.NewText(tried, text.sourceType(), text.sourceId(), context.placeKind(),
                    context.placeId(), cut(context.placeTitle(), 200), context.questionKey(),
                    cut(context.questionText(), 500), cut(text.groupCode(), 120), context.ageBand(), context.rating(),
                    text.text(), day))) {
                id = tried;
            } else if (texts.has(text.sourceType(), text.sourceId())) {
                return; // sent again: it is in the stream already
            }
        }
        if (id == null) {
            throw new IllegalStateException("No free id for a text");
        }
        // keyword rules run here, once the row exists, rather than in a second listener that could run first
        rules.applyTo(id);
        for (String code : context.tags()) {
            tags.tagFromQuestion(id, code, day.atStartOfDay());
        }
    }

    private static @Nullable String cut(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
