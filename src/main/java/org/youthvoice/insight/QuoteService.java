package org.youthvoice.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.FreeTextReceived;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.insight.internal.QuoteStore;
import org.youthvoice.insight.internal.Redaction;
import org.youthvoice.safeguarding.SafeguardingQueue;
import org.youthvoice.safeguarding.Screening;
import org.youthvoice.safeguarding.ScreeningLists;
import org.youthvoice.security.CurrentUser;
import org.youthvoice.security.ForOfficers;
import org.youthvoice.security.Public;

/**
 * Quotes from what young people wrote. An officer writes the de-identified words (never a copy of the original) and
 * approves them; public pages get approved words only. Changing the words takes the approval back. A text screening
 * flagged cannot be quoted or published until a safeguarding lead releases it for quoting; the officer's own words are
 * screened too, as every free text is (design note 0026).
 */
@Service
public class QuoteService {

    public static final int MAX_TEXT = 1000;
    /** The source type under which a quote's own words are screened. */
    public static final String SOURCE_TYPE = "QUOTE";

    private final QuoteStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final SafeguardingQueue safeguarding;
    private final ScreeningLists screening;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    QuoteService(QuoteStore store, AuditLog audit, Clock clock, SafeguardingQueue safeguarding, ScreeningLists screening,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.safeguarding = safeguarding;
        this.screening = screening;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Whether the text behind {@code sourceType}/{@code sourceId} is with the safeguarding lead and not released for
     * quoting: it cannot be quoted until it is.
     */
    @ForOfficers
    @Transactional(readOnly = true)
    public boolean held(String sourceType, long sourceId) {
        return !safeguarding.heldFromQuoting(sourceType, List.of(sourceId)).isEmpty();
    }

    /**
     * Makes the comment {@code sourceType}/{@code sourceId} a quote with these de-identified words, or changes its
     * words. A change waits for approval again.
     */
    @ForOfficers
    @Transactional
    public Quote save(String sourceType, long sourceId, @Nullable String text) {
        String words = clean(text);
        if (!sourceType.matches("[A-Z_]{1,20}")) {
            throw new IllegalArgumentException("source type " + sourceType);
        }
        if (held(sourceType, sourceId)) {
            throw new UserFacingException("quotes.error.held");
        }
        var existing = quoteFor(sourceType, sourceId);
        if (existing.isPresent() && existing.get().text().equals(words)) {
            return existing.get();
        }
        store.save(sourceType, sourceId, words, CurrentUser.name(), LocalDateTime.now(clock));
        var quote = quoteFor(sourceType, sourceId).orElseThrow();
        audit.record(existing.isPresent() ? "QUOTE_CHANGED" : "QUOTE_WRITTEN", "insight_quote",
                String.valueOf(quote.id()), sourceType + " " + sourceId);
        // The words are free text that may be published: screened like everything young people write (after commit).
        events.publishEvent(new FreeTextReceived(SOURCE_TYPE, quote.id(), "Words of a quote, written by an officer",
                null, words, null));
        return quote;
    }

    /** Approves the words for public pages. Refused while they still hold an e-mail address, phone number or postcode. */
    @ForOfficers
    public void approve(long quoteId) {
        // Just after a start, screening may still be building (seconds, or half a minute on a busy machine): wait for it
        // here, before the transaction, so that no database connection is held while waiting.
        var check = screening.screening();
        transactions.executeWithoutResult(status -> approve(quoteId, check));
    }

    private void approve(long quoteId, Screening check) {
        var quote = quotes(List.of(quoteId)).stream().findFirst()
                .orElseThrow(() -> new UserFacingException("quotes.error.gone"));
        if (Redaction.hasContactDetails(quote.text())) {
            throw new UserFacingException("quotes.error.contactDetails");
        }
        if (held(quote.sourceType(), quote.sourceId())) {
            throw new UserFacingException("quotes.error.held");
        }
        // Screened here as well as after saving, so that approving at once cannot overtake the screening.
        if (held(SOURCE_TYPE, quote.id()) || (check.screen(quote.text()).flagged()
                && !safeguarding.releasedForQuoting(SOURCE_TYPE, quote.id()))) {
            throw new UserFacingException("quotes.error.wordsHeld");
        }
        store.approve(quoteId, CurrentUser.name(), LocalDate.now(clock));
        audit.record("QUOTE_APPROVED", "insight_quote", String.valueOf(quoteId), null);
    }

    /** A first go at de-identifying a comment; see {@link Redaction}. The officer checks and finishes it. */
    @ForOfficers
    public String suggestRedaction(@Nullable String text) {
        return text == null ? "" : Redaction.suggest(text);
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public Optional<Quote> quoteFor(String sourceType, long sourceId) {
        return store.find(sourceType, sourceId);
    }

    /** Newest first, the words matching {@code search} when given. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<Quote> list(@Nullable String search, int limit) {
        String like = search == null || search.isBlank() ? null
                : "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return store.list(like, limit);
    }

    /** These quotes, in the order asked; unknown ids are left out. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<Quote> quotes(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var found = new LinkedHashMap<Long, Quote>();
        store.find(ids).forEach(q -> found.put(q.id(), q));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Public: the approved, de-identified words of these quotes (id to words); others are left out. */
    @Public
    @Transactional(readOnly = true)
    public Map<Long, String> approvedWords(Collection<Long> ids) {
        var words = new LinkedHashMap<Long, String>();
        if (ids.isEmpty()) {
            return words;
        }
        var approved = store.approved(ids);
        // Approved before screening had flagged the comment (it runs a moment after sending): held all the same.
        var heldWords = safeguarding.heldFromQuoting(SOURCE_TYPE, approved.stream().map(QuoteStore.Approved::id).toList());
        for (var quote : approved) {
            if (!heldWords.contains(quote.id())
                    && safeguarding.heldFromQuoting(quote.sourceType(), List.of(quote.sourceId())).isEmpty()) {
                words.put(quote.id(), quote.text());
            }
        }
        return words;
    }

    private static String clean(@Nullable String text) {
        String v = text == null ? "" : text.strip();
        if (v.isEmpty() || v.codePointCount(0, v.length()) > MAX_TEXT
                || v.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new UserFacingException("quotes.error.text", MAX_TEXT);
        }
        return v;
    }
}
