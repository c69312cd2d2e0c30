package org.youthvoice.feedback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.FreeTextReceived;
import org.youthvoice.base.RetriedOnConflict;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.YouthVoiceProperties;
import org.youthvoice.feedback.internal.ChannelStore;
import org.youthvoice.feedback.internal.FeedbackItemStore;
import org.youthvoice.feedback.internal.FeedbackReceived;
import org.youthvoice.safeguarding.SafeguardingQueue;
import org.youthvoice.security.ForLeads;
import org.youthvoice.security.ForMembers;
import org.youthvoice.security.ForOfficers;
import org.youthvoice.security.ForReaders;
import org.youthvoice.security.Public;

/**
 * "Tell us" channels and the feedback they collect. Feedback is stored without account, address, device or time of
 * day; contact details only when the young person asks to be contacted, apart from the comment.
 */
@Service
public class FeedbackService {

    public static final int MAX_COMMENT = 2000;
    /** Letters and digits that cannot be mistaken for each other when read off a card. */
    static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String CODE_ATTEMPTS = "feedback-code";
    private static final String SEND_ATTEMPTS = "feedback-send";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{7,20}");

    private final ChannelStore channels;
    private final FeedbackItemStore items;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final YouthVoiceProperties properties;
    private final Clock clock;
    private final org.youthvoice.base.AddressAttempts attempts;
    private final org.youthvoice.base.RepeatedTexts repeats;
    private final SafeguardingQueue safeguarding;
    private final int sendsPerAddress;
    private final int sendsPerChannel;
    private final SecureRandom random = new SecureRandom();

    FeedbackService(ChannelStore channels, FeedbackItemStore items, AuditLog audit, ApplicationEventPublisher events,
            YouthVoiceProperties properties,
            Clock clock, org.youthvoice.base.AddressAttempts attempts, org.youthvoice.base.RepeatedTexts repeats,
            @org.springframework.beans.factory.annotation.Value("${youthvoice.floods.feedback-per-address:60}")
            int sendsPerAddress,
            @org.springframework.beans.factory.annotation.Value("${youthvoice.floods.feedback-per-channel:1000}")
            int sendsPerChannel, SafeguardingQueue safeguarding) {
        this.safeguarding = safeguarding;
        this.attempts = attempts;
        this.repeats = repeats;
        this.sendsPerAddress = sendsPerAddress;
        this.sendsPerChannel = sendsPerChannel;
        this.channels = channels;
        this.items = items;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @ForOfficers
    @Transactional
    public ChannelView createChannel(NewChannel request) {
        String title = text(request.title(), 200);
        if (title == null) {
            throw new UserFacingException("feedback.error.title", 200);
        }
        String prompt = text(request.prompt(), 500);
        if (prompt == null) {
            throw new UserFacingException("feedback.error.prompt", 500);
        }
        if (!request.askRating() && !request.askComment()) {
            throw new UserFacingException("feedback.error.askSomething");
        }
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        String slug = HexFormat.of().formatHex(bytes);
        long id = channels.create(slug, title, prompt, request.askRating(), request.askComment(),
                request.allowContact(), LocalDateTime.now(clock), request.ageBand());
        audit.record("FEEDBACK_CHANNEL_CREATED", "feedback_channel", String.valueOf(id), title);
        return channels.find(id);
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public List<ChannelView> channels() {
        return channels.all();
    }

    @ForOfficers
    @Transactional
    public void setChannelOpen(long channelId, boolean open) {
        if (!channels.setOpen(channelId, open)) {
            throw new UserFacingException("feedback.error.noChannel");
        }
        audit.record(open ? "FEEDBACK_CHANNEL_OPENED" : "FEEDBACK_CHANNEL_CLOSED", "feedback_channel",
                String.valueOf(channelId), null);
    }

    /**
     * Open channels for a young member's home: those for anyone and those for their age band (a member with no age
     * band set sees only the ones for anyone).
     */
    @ForMembers
    @Transactional(readOnly = true)
    public List<PublicChannel> openChannelsFor(org.youthvoice.people.@Nullable AgeBand band) {
        return channels.openFor(band == null ? "" : band.name());
    }

    /** Public: the channel behind a link, if it is open. */
    @Public
    @Transactional(readOnly = true)
    public Optional<PublicChannel> publicChannel(String slug) {
        if (slug == null || !slug.matches("[0-9a-f]{24}")) {
            return Optional.empty();
        }
        return channels.openPublic(slug);
    }

    /**
     * Public: stores feedback. Validates everything here too, whatever the form did; a refusal names the problem in
     * plain words and stores nothing.
     */
    @Public
    @Transactional
    public void submit(String slug, FeedbackForm form) {
        submit(slug, form, null, "");
    }

    /**
     * Public: stores feedback sent with a group's code, if one was given: the item records the group, never the person.
     * A wrong code is refused and counts towards the limit for {@code address}; too many and codes are refused for a
     * while, the right one too. No floods (design note 0026): sends are counted per address and per channel in a
     * window of {@link org.youthvoice.base.AddressAttempts#WINDOW} and refused in plain words past the limit; the same
     * comment sent again to the same channel (and group) within a few minutes is kept once.
     */
    @Public
    @RetriedOnConflict
    @Transactional(noRollbackFor = UserFacingException.class)
    public void submit(String slug, FeedbackForm form, @Nullable String groupCode, String address) {
        var channel = channels.open(slug == null ? "" : slug)
                .orElseThrow(() -> new UserFacingException("tellus.error.closed"));
        long channelId = channel.id();
        Integer rating = channel.askRating() ? form.rating() : null;
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new UserFacingException("tellus.error.rating");
        }
        String comment = channel.askComment() ? blankToNull(form.comment()) : null;
        if (comment != null && comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
            throw new UserFacingException("tellus.error.tooLong", MAX_COMMENT);
        }
        if (rating == null && comment == null) {
            throw new UserFacingException("tellus.error.empty");
        }
        boolean wantsContact = channel.allowContact() && form.wantsContact();
        String name = null;
        String how = null;
        if (wantsContact) {
            name = blankToNull(form.contactName());
            how = blankToNull(form.contactHow());
            if (name == null || name.length() > 100) {
                throw new UserFacingException("tellus.error.contactName");
            }
            if (how == null || how.length() > 200 || !(EMAIL.matcher(how).matches() || PHONE.matcher(how).matches())) {
                throw new UserFacingException("tellus.error.contactHow");
            }
        }
        String code = normaliseCode(groupCode);
        Long groupId = null;
        String groupName = null;
        if (code != null) {
            if (attempts.isBlocked(CODE_ATTEMPTS, address)) {
                throw new UserFacingException("tellus.error.tries");
            }
            var group = channels.group(channelId, code);
            if (group.isEmpty()) {
                attempts.recordWrong(CODE_ATTEMPTS, address);
                throw new UserFacingException("tellus.error.code");
            }
            groupId = group.get().id();
            groupName = group.get().name();
        }
        String scope = "channel " + channelId;
        // The channel counts only sends its addresses let through: one address alone cannot close it to everyone.
        if (!attempts.allowSend(SEND_ATTEMPTS, scope, address, sendsPerAddress)
                || !attempts.allowSend(SEND_ATTEMPTS, scope, "*", sendsPerChannel)) {
            throw new UserFacingException("tellus.error.busy");
        }
        if (comment != null && repeats.isRepeat("feedback " + channelId + " " + (groupId == null ? "" : groupId),
                comment)) {
            // The same words are already with the officers (and, if worrying, the safeguarding lead): kept once.
            return;
        }
        // A random id: sequential ones would give the order comments came in (design note 0023).
        long itemId = items.receive(channelId, LocalDate.now(clock), rating, comment, wantsContact, groupId);
        if (wantsContact) {
            items.keepContact(itemId, name, how,
                    LocalDate.now(clock).plusDays(properties.retention().contactDetailsDaysOrDefault()));
        }
        events.publishEvent(new FeedbackReceived(itemId, channelId, channel.title(), rating, comment, wantsContact));
        if (comment != null) {
            var context = new FreeTextReceived.Context(LocalDate.now(clock), "CHANNEL", channelId,
                    channel.title(), null, null, channel.ageBand(), rating, List.of());
            // Safeguarding leads read the contact details on feedback's own screen for them, never through safeguarding.
            events.publishEvent(new FreeTextReceived("FEEDBACK", itemId, channel.title(), groupName, comment,
                    wantsContact ? contactForLeadsRoute(itemId) : null, context));
        }
    }

    /**
     * Gives a channel a group with its own code (a school, a children's home). An empty code gets one made up: eight
     * letters and digits that cannot be mistaken for each other.
     */
    @ForOfficers
    @Transactional
    public ChannelGroup addGroup(long channelId, @Nullable String name, @Nullable String code) {
        if (!channels.exists(channelId)) {
            throw new UserFacingException("feedback.error.noChannel");
        }
        String groupName = text(name, 120);
        if (groupName == null) {
            throw new UserFacingException("feedback.error.groupName", 120);
        }
        String groupCode = normaliseCode(code);
        if (code != null && !code.isBlank() && (groupCode == null || !groupCode.matches("[A-Z0-9-]{4,20}"))) {
            throw new UserFacingException("feedback.error.groupCode");
        }
        if (groupCode == null) {
            do {
                var made = new StringBuilder();
                for (int i = 0; i < 8; i++) {
                    made.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
                }
                groupCode = made.toString();
            } while (channels.codeTaken(channelId, groupCode));
        } else if (channels.codeTaken(channelId, groupCode)) {
            throw new UserFacingException("feedback.error.groupCodeTaken");
        }
        long id = channels.addGroup(channelId, groupName, groupCode, LocalDateTime.now(clock));
        audit.record("FEEDBACK_GROUP_ADDED", "feedback_channel", String.valueOf(channelId), groupName);
        return new ChannelGroup(id, channelId, groupName, groupCode, 0);
    }

    /** A channel's groups, or every channel's when {@code channelId} is null, by name. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<ChannelGroup> groups(@Nullable Long channelId) {
        return channels.groups(channelId);
    }

    /** Codes are read without spaces, in capitals, as they might be typed off a card. */
    private static @Nullable String normaliseCode(@Nullable String code) {
        if (code == null) {
            return null;
        }
        String c = code.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        return c.isEmpty() ? null : c;
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public List<FeedbackItemView> items(FeedbackFilter filter, Pageable page) {
        return items.page(filter, page);
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public long count(FeedbackFilter filter) {
        return items.count(filter);
    }

    /** Moves an item through triage. "No action" needs a reason young people could read. */
    @ForOfficers
    @Transactional
    public void triage(long itemId, FeedbackStatus status, @Nullable String assignee, @Nullable String note) {
        String n = blankToNull(note);
        if (status.needsReason() && n == null) {
            throw new UserFacingException("feedback.error.reason");
        }
        if (n != null && n.length() > 500) {
            throw new UserFacingException("feedback.error.noteLong");
        }
        String a = blankToNull(assignee);
        if (a != null && a.length() > 64) {
            throw new UserFacingException("feedback.error.assignee");
        }
        if (!items.triage(itemId, status, a, n)) {
            throw new UserFacingException("feedback.error.noItem");
        }
        audit.record("FEEDBACK_TRIAGED", "feedback_item", String.valueOf(itemId), status.name());
    }

    /**
     * Keeps an edited copy of a comment for use as a quote, with names, places and anything else that could identify
     * a young person taken out. The original stays as written.
     */
    @ForOfficers
    @Transactional
    public void redact(long itemId, @Nullable String redacted) {
        String r = blankToNull(redacted);
        if (r != null && r.codePointCount(0, r.length()) > MAX_COMMENT) {
            throw new UserFacingException("feedback.error.redactedLong", MAX_COMMENT);
        }
        if (!items.redact(itemId, r)) {
            throw new UserFacingException("feedback.error.noItem");
        }
        audit.record("FEEDBACK_REDACTED", "feedback_item", String.valueOf(itemId), null);
    }

    /** Reading contact details is logged in the audit log, every time. */
    @ForOfficers
    @Transactional
    public Optional<ContactDetails> contact(long itemId) {
        var contact = items.contact(itemId);
        contact.ifPresent(c -> audit.record("CONTACT_VIEWED", "feedback_item", String.valueOf(itemId), null));
        return contact;
    }

    /** Where a safeguarding lead reads the contact details left with an item: the staff screen's relative route. */
    private static String contactForLeadsRoute(long itemId) {
        return "feedback/contact/" + itemId;
    }

    /**
     * The contact details left with an item that screening flagged, for a safeguarding lead who needs to reach the
     * young person (the link in the safeguarding queue leads here). Empty for an item safeguarding never queued, or
     * whose details are gone. Every read is in the audit log.
     */
    @ForLeads
    @Transactional
    public Optional<ContactDetails> contactForLeads(long itemId) {
        if (!safeguarding.flaggedAmong("FEEDBACK", List.of(itemId)).contains(itemId)) {
            return Optional.empty();
        }
        var contact = items.contact(itemId);
        contact.ifPresent(c -> audit.record("CONTACT_VIEWED", "feedback_item", String.valueOf(itemId),
                "safeguarding"));
        return contact;
    }

    /** The stripped text, or null when it is empty, too long or has control characters. */
    private static @Nullable String text(@Nullable String value, int max) {
        String v = blankToNull(value);
        if (v == null || v.length() > max || v.codePoints().anyMatch(Character::isISOControl)) {
            return null;
        }
        return v;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.isEmpty() ? null : v;
    }

    /**
     * Feedback sent between {@code from} and {@code to} (both days included), per calendar quarter (keyed by its first
     * day), on every channel.
     */
    @ForReaders
    @Transactional(readOnly = true)
    public Map<LocalDate, Long> itemsByQuarter(LocalDate from, LocalDate to) {
        return items.countByQuarter(from, to);
    }
}
