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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.FreeTextReceived;
import org.youthvoice.base.RetriedOnConflict;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.YouthVoiceProperties;
import org.youthvoice.feedback.internal.FeedbackReceived;
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

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final YouthVoiceProperties properties;
    private final Clock clock;
    private final org.youthvoice.base.AddressAttempts attempts;
    private final org.youthvoice.base.RepeatedTexts repeats;
    private final int sendsPerAddress;
    private final int sendsPerChannel;
    private final SecureRandom random = new SecureRandom();

    FeedbackService(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, YouthVoiceProperties properties,
            Clock clock, org.youthvoice.base.AddressAttempts attempts, org.youthvoice.base.RepeatedTexts repeats,
            @org.springframework.beans.factory.annotation.Value("${youthvoice.floods.feedback-per-address:60}")
            int sendsPerAddress,
            @org.springframework.beans.factory.annotation.Value("${youthvoice.floods.feedback-per-channel:1000}")
            int sendsPerChannel) {
        this.attempts = attempts;
        this.repeats = repeats;
        this.sendsPerAddress = sendsPerAddress;
        this.sendsPerChannel = sendsPerChannel;
        this.jdbc = jdbc;
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
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO feedback_channel (slug, title, prompt, ask_rating, ask_comment, allow_contact, open, created_at,
                    age_band)
                VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)""")
                .params(slug, title, prompt, request.askRating(), request.askComment(), request.allowContact(),
                        LocalDateTime.now(clock), request.ageBand() == null ? null : request.ageBand().name())
                .update(keys);
        long id = keys.getKey().longValue();
        audit.record("FEEDBACK_CHANNEL_CREATED", "feedback_channel", String.valueOf(id), title);
        return channel(id);
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public List<ChannelView> channels() {
        return jdbc.sql(CHANNEL_SELECT + " GROUP BY c.id ORDER BY c.open DESC, c.created_at DESC")
                .query(FeedbackService::channelRow).list();
    }

    @ForOfficers
    @Transactional
    public void setChannelOpen(long channelId, boolean open) {
        int changed = jdbc.sql("UPDATE feedback_channel SET open = ? WHERE id = ?").params(open, channelId).update();
        if (changed == 0) {
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
        return jdbc.sql(PUBLIC_CHANNEL + " WHERE open = TRUE AND (age_band IS NULL OR age_band = ?)"
                        + " ORDER BY created_at DESC LIMIT 20")
                .param(band == null ? "" : band.name())
                .query((rs, n) -> publicChannel(rs)).list();
    }

    /** Public: the channel behind a link, if it is open. */
    @Public
    @Transactional(readOnly = true)
    public Optional<PublicChannel> publicChannel(String slug) {
        if (slug == null || !slug.matches("[0-9a-f]{24}")) {
            return Optional.empty();
        }
        return jdbc.sql(PUBLIC_CHANNEL + " WHERE slug = ? AND open = TRUE").param(slug)
                .query((rs, n) -> publicChannel(rs)).optional();
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
        var channel = jdbc.sql("SELECT id, title, ask_rating, ask_comment, allow_contact, age_band "
                + "FROM feedback_channel WHERE slug = ? AND open = TRUE")
                .param(slug == null ? "" : slug)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getString(6)})
                .optional()
                .orElseThrow(() -> new UserFacingException("tellus.error.closed"));
        long channelId = (long) channel[0];
        Integer rating = (boolean) channel[2] ? form.rating() : null;
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new UserFacingException("tellus.error.rating");
        }
        String comment = (boolean) channel[3] ? blankToNull(form.comment()) : null;
        if (comment != null && comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
            throw new UserFacingException("tellus.error.tooLong", MAX_COMMENT);
        }
        if (rating == null && comment == null) {
            throw new UserFacingException("tellus.error.empty");
        }
        boolean wantsContact = (boolean) channel[4] && form.wantsContact();
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
            var group = jdbc.sql("SELECT id, name FROM feedback_group WHERE channel_id = ? AND code = ?")
                    .params(channelId, code).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
            if (group.isEmpty()) {
                attempts.recordWrong(CODE_ATTEMPTS, address);
                throw new UserFacingException("tellus.error.code");
            }
            groupId = (Long) group.get()[0];
            groupName = (String) group.get()[1];
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
        long itemId = 0;
        for (int attempt = 0; itemId == 0; attempt++) {
            long tried = org.youthvoice.base.RandomIds.next();
            try {
                jdbc.sql("INSERT INTO feedback_item (id, channel_id, received_on, rating, comment, wants_contact, "
                        + "status, group_id) VALUES (?, ?, ?, ?, ?, ?, 'NEW', ?)")
                        .params(tried, channelId, LocalDate.now(clock), rating, comment, wantsContact, groupId)
                        .update();
                itemId = tried;
            } catch (org.springframework.dao.DuplicateKeyException e) {
                if (attempt >= 4) {
                    throw e;
                }
            }
        }
        if (wantsContact) {
            jdbc.sql("INSERT INTO feedback_contact (item_id, name, how_to_reach, delete_after) VALUES (?, ?, ?, ?)")
                    .params(itemId, name, how,
                            LocalDate.now(clock).plusDays(properties.retention().contactDetailsDaysOrDefault()))
                    .update();
        }
        events.publishEvent(new FeedbackReceived(itemId, channelId, (String) channel[1], rating, comment, wantsContact));
        if (comment != null) {
            var context = new FreeTextReceived.Context(LocalDate.now(clock), "CHANNEL", channelId,
                    (String) channel[1], null, null, (String) channel[5], rating, List.of());
            events.publishEvent(new FreeTextReceived("FEEDBACK", itemId, (String) channel[1], groupName, comment,
                    wantsContact, context));
        }
    }

    /**
     * Gives a channel a group with its own code (a school, a children's home). An empty code gets one made up: eight
     * letters and digits that cannot be mistaken for each other.
     */
    @ForOfficers
    @Transactional
    public ChannelGroup addGroup(long channelId, @Nullable String name, @Nullable String code) {
        if (jdbc.sql("SELECT COUNT(*) FROM feedback_channel WHERE id = ?").param(channelId).query(Integer.class)
                .single() == 0) {
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
            } while (codeTaken(channelId, groupCode));
        } else if (codeTaken(channelId, groupCode)) {
            throw new UserFacingException("feedback.error.groupCodeTaken");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO feedback_group (channel_id, name, code, created_at) VALUES (?, ?, ?, ?)")
                .params(channelId, groupName, groupCode, LocalDateTime.now(clock)).update(keys);
        long id = keys.getKey().longValue();
        audit.record("FEEDBACK_GROUP_ADDED", "feedback_channel", String.valueOf(channelId), groupName);
        return new ChannelGroup(id, channelId, groupName, groupCode, 0);
    }

    /** A channel's groups, or every channel's when {@code channelId} is null, by name. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<ChannelGroup> groups(@Nullable Long channelId) {
        return jdbc.sql("""
                SELECT g.id, g.channel_id, g.name, g.code, COUNT(i.id) FROM feedback_group g
                LEFT JOIN feedback_item i ON i.group_id = g.id
                WHERE :channel IS NULL OR g.channel_id = :channel
                GROUP BY g.id, g.channel_id, g.name, g.code ORDER BY g.name, g.id""")
                .param("channel", channelId)
                .query((rs, n) -> new ChannelGroup(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5)))
                .list();
    }

    private boolean codeTaken(long channelId, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM feedback_group WHERE channel_id = ? AND code = ?").params(channelId, code)
                .query(Integer.class).single() > 0;
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
        return jdbc.sql(ITEM_SELECT + ITEM_WHERE + " ORDER BY i.received_on DESC, i.id DESC LIMIT :limit OFFSET :offset")
                .param("channel", filter.channelId())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("rating", filter.rating())
                .param("group", filter.groupId())
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new FeedbackItemView(rs.getLong("id"), rs.getLong("channel_id"),
                        rs.getString("title"), rs.getObject("received_on", LocalDate.class),
                        (Integer) rs.getObject("rating", Integer.class), rs.getString("comment"),
                        rs.getBoolean("comment_deleted"), rs.getBoolean("has_contact"),
                        FeedbackStatus.valueOf(rs.getString("status")), rs.getString("assignee"),
                        rs.getString("status_note"), rs.getString("redacted_comment"), rs.getString("group_name")))
                .list();
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public long count(FeedbackFilter filter) {
        return jdbc.sql("SELECT COUNT(*) FROM feedback_item i" + ITEM_WHERE)
                .param("channel", filter.channelId())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("rating", filter.rating())
                .param("group", filter.groupId())
                .query(Long.class).single();
    }

    /** Moves an item through triage. "No action" needs a reason young people could read. */
    @ForOfficers
    @Transactional
    public void triage(long itemId, FeedbackStatus status, @Nullable String assignee, @Nullable String note) {
        String n = blankToNull(note);
        if (status == FeedbackStatus.NO_ACTION && n == null) {
            throw new UserFacingException("feedback.error.reason");
        }
        if (n != null && n.length() > 500) {
            throw new UserFacingException("feedback.error.noteLong");
        }
        String a = blankToNull(assignee);
        if (a != null && a.length() > 64) {
            throw new UserFacingException("feedback.error.assignee");
        }
        int changed = jdbc.sql("UPDATE feedback_item SET status = ?, assignee = ?, status_note = ?, version = version + 1 "
                + "WHERE id = ?").params(status.name(), a, n, itemId).update();
        if (changed == 0) {
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
        if (jdbc.sql("UPDATE feedback_item SET redacted_comment = ? WHERE id = ?").params(r, itemId).update() == 0) {
            throw new UserFacingException("feedback.error.noItem");
        }
        audit.record("FEEDBACK_REDACTED", "feedback_item", String.valueOf(itemId), null);
    }

    /** Reading contact details is logged in the audit log, every time. */
    @ForOfficers
    @Transactional
    public Optional<ContactDetails> contact(long itemId) {
        var contact = jdbc.sql("SELECT item_id, name, how_to_reach, delete_after FROM feedback_contact WHERE item_id = ?")
                .param(itemId)
                .query((rs, n) -> new ContactDetails(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .optional();
        contact.ifPresent(c -> audit.record("CONTACT_VIEWED", "feedback_item", String.valueOf(itemId), null));
        return contact;
    }

    private static final String PUBLIC_CHANNEL = """
            SELECT slug, title, prompt, ask_rating, ask_comment, allow_contact, age_band,
                   EXISTS (SELECT 1 FROM feedback_group g WHERE g.channel_id = c.id) FROM feedback_channel c""";

    private static PublicChannel publicChannel(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PublicChannel(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5),
                rs.getBoolean(6), ageBand(rs.getString(7)), rs.getBoolean(8));
    }

    private ChannelView channel(long id) {
        return jdbc.sql(CHANNEL_SELECT + " WHERE c.id = ? GROUP BY c.id").param(id).query(FeedbackService::channelRow)
                .single();
    }

    private static final String CHANNEL_SELECT = """
            SELECT c.id, c.slug, c.title, c.prompt, c.ask_rating, c.ask_comment, c.allow_contact, c.open, c.created_at,
                   COUNT(i.id) AS items, COALESCE(SUM(i.status = 'NEW'), 0) AS new_items
            FROM feedback_channel c LEFT JOIN feedback_item i ON i.channel_id = c.id""";

    private static final String ITEM_SELECT = """
            SELECT i.id, i.channel_id, c.title, i.received_on, i.rating, i.comment, i.comment_deleted, i.status,
                   i.assignee, i.status_note, i.redacted_comment, (fc.item_id IS NOT NULL) AS has_contact,
                   g.name AS group_name
            FROM feedback_item i JOIN feedback_channel c ON c.id = i.channel_id
            LEFT JOIN feedback_contact fc ON fc.item_id = i.id LEFT JOIN feedback_group g ON g.id = i.group_id""";

    private static final String ITEM_WHERE = """

            WHERE (:channel IS NULL OR i.channel_id = :channel) AND (:status IS NULL OR i.status = :status)
               AND (:rating IS NULL OR i.rating = :rating) AND (:group IS NULL OR i.group_id = :group)
            """;

    private static ChannelView channelRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ChannelView(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("prompt"),
                rs.getBoolean("ask_rating"), rs.getBoolean("ask_comment"), rs.getBoolean("allow_contact"),
                rs.getBoolean("open"), rs.getObject("created_at", LocalDateTime.class), rs.getLong("items"),
                rs.getLong("new_items"));
    }

    private static org.youthvoice.people.@Nullable AgeBand ageBand(@Nullable String name) {
        return name == null ? null : org.youthvoice.people.AgeBand.valueOf(name);
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
        var items = new java.util.LinkedHashMap<LocalDate, Long>();
        jdbc.sql("""
                SELECT MAKEDATE(YEAR(received_on), 1) + INTERVAL (QUARTER(received_on) - 1) QUARTER AS quarter_start,
                       COUNT(*)
                FROM feedback_item WHERE received_on BETWEEN ? AND ? GROUP BY quarter_start ORDER BY quarter_start""")
                .params(from, to)
                .query(rs -> {
                    items.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                });
        return items;
    }
}
