package org.youthvoice.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;

@IntegrationTest
class FeedbackGroupCodeIntegrationTest {

    @Autowired
    FeedbackService feedback;

    private ChannelView channel() {
        return SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Tell us about school",
                "How is school?", true, true, false)), Roles.OFFICER);
    }

    /** A made-up address per test, as the limit is per address and an external database keeps earlier runs' tries. */
    private static String address() {
        var r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
    }

    @Test
    void feedback_sent_with_a_group_code_records_the_group_and_the_board_filters_by_it() {
        var channel = channel();
        var oakwood = SystemTask.runAs(() -> feedback.addGroup(channel.id(), "Oakwood School", "oak-9"), Roles.OFFICER);
        var made = SystemTask.runAs(() -> feedback.addGroup(channel.id(), "Riverside home", " "), Roles.OFFICER);
        assertThat(oakwood.code()).isEqualTo("OAK-9");
        assertThat(made.code()).matches("[A-HJ-NP-Z2-9]{8}");
        assertThat(feedback.publicChannel(channel.slug())).hasValueSatisfying(c -> assertThat(c.hasGroups()).isTrue());

        feedback.submit(channel.slug(), new FeedbackForm(4, "Good", false, null, null), " oak-9 ", address());
        feedback.submit(channel.slug(), new FeedbackForm(2, null, false, null, null), made.code(), address());
        feedback.submit(channel.slug(), new FeedbackForm(3, null, false, null, null), null, address());

        var all = SystemTask.runAs(() -> feedback.items(new FeedbackFilter(channel.id(), null, null), Pageable
                .ofSize(10)), Roles.OFFICER);
        // Items of one day come in no particular order: an anonymous comment's place says nothing (note 0023).
        assertThat(all).extracting(FeedbackItemView::groupName).containsExactlyInAnyOrder(null, "Riverside home",
                "Oakwood School");
        var onlyOakwood = SystemTask.runAs(() -> feedback.items(new FeedbackFilter(channel.id(), null, null,
                oakwood.id()), Pageable.ofSize(10)), Roles.OFFICER);
        assertThat(onlyOakwood).extracting(FeedbackItemView::comment).containsExactly("Good");
        assertThat(SystemTask.runAs(() -> feedback.groups(channel.id()), Roles.OFFICER))
                .extracting(ChannelGroup::name, ChannelGroup::items)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Oakwood School", 1L),
                        org.assertj.core.groups.Tuple.tuple("Riverside home", 1L));
    }

    @Test
    void wrong_codes_are_refused_and_too_many_from_one_address_are_throttled() {
        var channel = channel();
        var group = SystemTask.runAs(() -> feedback.addGroup(channel.id(), "Youth forum", "FORUM-1"), Roles.OFFICER);
        String address = address();
        for (int i = 0; i < 20; i++) {
            String wrong = "WRONG" + i;
            assertRefused(() -> feedback.submit(channel.slug(), new FeedbackForm(3, null, false, null, null),
                    wrong, address), "tellus.error.code");
        }
        // Now even the right code is refused from that address for a while; another address is not affected.
        assertRefused(() -> feedback.submit(channel.slug(), new FeedbackForm(3, null, false, null, null),
                group.code(), address), "tellus.error.tries");
        feedback.submit(channel.slug(), new FeedbackForm(3, null, false, null, null), group.code(), address());
        // Without a code, feedback still goes through: codes are optional.
        feedback.submit(channel.slug(), new FeedbackForm(3, null, false, null, null), null, address);
        assertThat(SystemTask.runAs(() -> feedback.count(new FeedbackFilter(channel.id(), null, null)), Roles.OFFICER))
                .isEqualTo(2);
    }

    @Test
    void group_codes_are_checked_and_only_officers_add_groups() {
        var channel = channel();
        SystemTask.runAs(() -> feedback.addGroup(channel.id(), "A", "ABCD"), Roles.OFFICER);
        assertRefused(() -> SystemTask.runAs(() -> feedback.addGroup(channel.id(), "B", "abcd"), Roles.OFFICER),
                "feedback.error.groupCodeTaken");
        assertRefused(() -> SystemTask.runAs(() -> feedback.addGroup(channel.id(), "B", "a<b>"), Roles.OFFICER),
                "feedback.error.groupCode");
        assertRefused(() -> SystemTask.runAs(() -> feedback.addGroup(channel.id(), " ", null), Roles.OFFICER),
                "feedback.error.groupName");
        assertThatThrownBy(() -> SystemTask.runAs(() -> feedback.addGroup(channel.id(), "C", null), Roles.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void assertRefused(Runnable attempt, String key) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
