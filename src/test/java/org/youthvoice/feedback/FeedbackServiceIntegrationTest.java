package org.youthvoice.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.feedback.internal.FeedbackReceived;
import org.youthvoice.audit.internal.NightlyRetention;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
class FeedbackServiceIntegrationTest {

    @Autowired
    FeedbackService feedback;

    @Autowired
    NightlyRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private ChannelView channel() {
        return SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Tell us about the fun day",
                "How was the fun day?", true, true, true)), Roles.OFFICER);
    }

    private FeedbackItemView latest(ChannelView channel) {
        return SystemTask.runAs(() -> feedback.items(new FeedbackFilter(channel.id(), null, null), Pageable.ofSize(1))
                .getFirst(), Roles.OFFICER);
    }

    @Test
    void anonymous_feedback_stores_no_account_address_device_or_time_of_day() {
        Set<String> columns = Set.copyOf(jdbc.sql("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND table_name = 'feedback_item'").query(String.class).list());
        assertThat(columns).containsExactlyInAnyOrder("id", "channel_id", "received_on", "rating", "comment",
                "comment_deleted", "wants_contact", "status", "assignee", "status_note", "version", "redacted_comment",
                "group_id");
        String type = jdbc.sql("SELECT data_type FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name = 'feedback_item' AND column_name = 'received_on'").query(String.class).single();
        assertThat(type).isEqualTo("date");

        var channel = channel();
        feedback.submit(channel.slug(), new FeedbackForm(4, "It was fun", false, null, null));
        var item = latest(channel);
        assertThat(item.rating()).isEqualTo(4);
        assertThat(item.hasContact()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback_contact WHERE item_id = ?").param(item.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void odd_text_is_stored_exactly_as_written() {
        var channel = channel();
        String text = "Great 😀 <script>alert('x')</script> '; DROP TABLE feedback_item; -- مرحبا \u200b end";
        feedback.submit(channel.slug(), new FeedbackForm(null, text, false, null, null));
        assertThat(latest(channel).comment()).isEqualTo(text);
    }

    @Test
    void bad_input_is_refused_in_plain_words_and_nothing_is_stored() {
        var channel = channel();
        assertRefused(channel, new FeedbackForm(null, "  ", false, null, null), "tellus.error.empty");
        assertRefused(channel, new FeedbackForm(6, null, false, null, null), "tellus.error.rating");
        assertRefused(channel, new FeedbackForm(null, "😀".repeat(FeedbackService.MAX_COMMENT + 1), false, null, null),
                "tellus.error.tooLong");
        assertRefused(channel, new FeedbackForm(3, null, true, "", "07700 900123"), "tellus.error.contactName");
        assertRefused(channel, new FeedbackForm(3, null, true, "Sam", "call me maybe"), "tellus.error.contactHow");
        assertThat(SystemTask.runAs(() -> feedback.count(new FeedbackFilter(channel.id(), null, null)), Roles.OFFICER))
                .isZero();
        // Exactly at the limit is fine, counted in characters a person sees, not UTF-16 units.
        feedback.submit(channel.slug(), new FeedbackForm(null, "😀".repeat(FeedbackService.MAX_COMMENT), false, null,
                null));
    }

    @Test
    void a_closed_or_unknown_channel_takes_nothing() {
        var channel = channel();
        SystemTask.runAs(() -> feedback.setChannelOpen(channel.id(), false), Roles.OFFICER);
        assertThat(feedback.publicChannel(channel.slug())).isEmpty();
        assertRefused(channel, new FeedbackForm(3, null, false, null, null), "tellus.error.closed");
        assertThat(feedback.publicChannel("0123456789abcdef01234567")).isEmpty();
        assertThat(feedback.publicChannel("../../etc/passwd")).isEmpty();
    }

    @Test
    void contact_details_are_kept_apart_logged_when_read_and_deleted_when_their_time_is_up() {
        var channel = channel();
        feedback.submit(channel.slug(), new FeedbackForm(2, "Can someone call me", true, "Sam", "07700 900123"));
        var item = latest(channel);
        assertThat(item.hasContact()).isTrue();
        assertThat(events.stream(FeedbackReceived.class).filter(e -> e.itemId() == item.id()).findFirst())
                .hasValueSatisfying(e -> assertThat(e.toString()).doesNotContain("07700"));
        // Safeguarding is told where a lead reads them, never the details (note 0038) ...
        assertThat(events.stream(org.youthvoice.base.FreeTextReceived.class).filter(e -> e.sourceId() == item.id())
                .findFirst()).hasValueSatisfying(e -> assertThat(e.contactAt()).isEqualTo("feedback/contact/"
                        + item.id()));
        // ... and that page shows a lead nothing for words screening did not flag.
        assertThat(SystemTask.runAs(() -> feedback.contactForLeads(item.id()), Roles.SAFEGUARDING_LEAD)).isEmpty();

        var contact = SystemTask.runAs(() -> feedback.contact(item.id()), Roles.OFFICER).orElseThrow();
        assertThat(contact.howToReach()).isEqualTo("07700 900123");
        assertThat(contact.deleteAfter()).isAfter(LocalDate.now());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'CONTACT_VIEWED' AND record_id = ?")
                .param(String.valueOf(item.id())).query(Integer.class).single()).isEqualTo(1);

        jdbc.sql("UPDATE feedback_contact SET delete_after = ? WHERE item_id = ?")
                .params(LocalDate.now().minusDays(1), item.id()).update();
        org.youthvoice.testing.RetentionRun.runAndWaitFor(retention, jdbc, "feedback");
        assertThat(SystemTask.runAs(() -> feedback.contact(item.id()), Roles.OFFICER)).isEmpty();
        assertThat(latest(channel).comment()).isEqualTo("Can someone call me");
    }

    @Test
    void old_comments_are_deleted_but_ratings_stay() {
        var channel = channel();
        feedback.submit(channel.slug(), new FeedbackForm(5, "Old words", false, null, null));
        var item = latest(channel);
        jdbc.sql("UPDATE feedback_item SET received_on = ? WHERE id = ?")
                .params(LocalDate.now().minusYears(3), item.id()).update();
        org.youthvoice.testing.RetentionRun.runAndWaitFor(retention, jdbc, "feedback");
        var after = latest(channel);
        assertThat(after.comment()).isNull();
        assertThat(after.commentDeleted()).isTrue();
        assertThat(after.rating()).isEqualTo(5);
    }

    @Test
    void no_action_needs_a_reason_and_triage_is_audited() {
        var channel = channel();
        feedback.submit(channel.slug(), new FeedbackForm(1, "Too far away", false, null, null));
        var item = latest(channel);
        assertThatThrownBy(() -> SystemTask.runAs(() -> feedback.triage(item.id(), FeedbackStatus.NO_ACTION, null, " "),
                Roles.OFFICER)).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("feedback.error.reason"));
        SystemTask.runAs(() -> feedback.triage(item.id(), FeedbackStatus.ACTION_PLANNED, "officer", "Bus pass"),
                Roles.OFFICER);
        assertThat(latest(channel).status()).isEqualTo(FeedbackStatus.ACTION_PLANNED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'FEEDBACK_TRIAGED' AND record_id = ?")
                .param(String.valueOf(item.id())).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void viewers_and_members_cannot_read_feedback_or_contact_details() {
        var channel = channel();
        for (String role : new String[] {Roles.VIEWER, Roles.MEMBER, Roles.SAFEGUARDING_LEAD}) {
            assertThatThrownBy(() -> SystemTask.runAs(() -> feedback.items(FeedbackFilter.any(), Pageable.ofSize(5)),
                    role)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> feedback.contact(1L), role))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> feedback.createChannel(new NewChannel("x", "y", true, true,
                    true)), role)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(feedback.publicChannel(channel.slug())).isPresent();
    }

    private void assertRefused(ChannelView channel, FeedbackForm form, String key) {
        assertThatThrownBy(() -> feedback.submit(channel.slug(), form))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void a_channel_for_an_age_band_tells_its_readers_in_words_for_that_age() {
        var channel = SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Primary school voices",
                "What do you think?", true, true, false, org.youthvoice.people.AgeBand.AGE_8_11)), Roles.OFFICER);
        assertThat(feedback.publicChannel(channel.slug())).hasValueSatisfying(
                c -> assertThat(c.ageBand()).isEqualTo(org.youthvoice.people.AgeBand.AGE_8_11));
        assertThat(feedback.publicChannel(channel().slug())).hasValueSatisfying(c -> assertThat(c.ageBand()).isNull());
    }

    @Test
    void a_members_home_lists_the_channels_for_anyone_and_for_their_own_age_band_only() {
        var younger = SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Primary school voices",
                "What do you think?", true, true, false, org.youthvoice.people.AgeBand.AGE_8_11)), Roles.OFFICER);
        var older = SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Secondary school voices",
                "What do you think?", true, true, false, org.youthvoice.people.AgeBand.AGE_11_17)), Roles.OFFICER);
        var anyone = channel();

        var forOlder = SystemTask.runAs(() -> feedback.openChannelsFor(org.youthvoice.people.AgeBand.AGE_11_17),
                Roles.MEMBER);
        var forNoBand = SystemTask.runAs(() -> feedback.openChannelsFor(null), Roles.MEMBER);

        assertThat(forOlder).extracting(PublicChannel::slug).contains(older.slug(), anyone.slug())
                .doesNotContain(younger.slug());
        assertThat(forNoBand).extracting(PublicChannel::slug).contains(anyone.slug())
                .doesNotContain(younger.slug(), older.slug());
        assertThatThrownBy(() -> feedback.openChannelsFor(null)).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
