package org.youthvoice.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.people.AccountService;
import org.youthvoice.people.NewMember;
import org.youthvoice.people.SecretKind;
import org.youthvoice.safeguarding.internal.DisclosureFlagged;
import org.youthvoice.safeguarding.internal.TellSomeoneNow;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;
import org.youthvoice.testing.TestAccounts;

/** "Tell someone now": a member's message reaches the leads at once, named and urgent, due the same working day. */
@IntegrationTest
@RecordApplicationEvents
class TellSomeoneNowIntegrationTest {

    @Autowired
    TellSomeoneNow tellNow;
    @Autowired
    SafeguardingQueue queue;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private static <T> T as(String username, Supplier<T> work) {
        var before = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.MEMBER))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private String member(String name) {
        String username = TestAccounts.uniqueName("member");
        SystemTask.runAs(() -> accounts.createMember(new NewMember(username, name, null, SecretKind.PASSPHRASE)),
                Roles.OFFICER);
        return username;
    }

    @Test
    void a_members_message_is_queued_named_and_urgent_whatever_it_says_and_the_leads_are_alerted() {
        String username = member("Robin");
        // Nothing in these words would be flagged by screening: a member who asks is heard all the same.
        long id = as(username, () -> tellNow.send("Can someone talk to me about home please"));

        var item = SystemTask.runAs(() -> queue.open(id), Roles.SAFEGUARDING_LEAD).orElseThrow();
        assertThat(item.severity()).isEqualTo(Severity.URGENT);
        assertThat(item.named()).isTrue();
        assertThat(item.namedAccount()).isEqualTo(username);
        assertThat(item.namedPerson()).isEqualTo("Robin");
        assertThat(item.sourceType()).isEqualTo(TellSomeoneNow.SOURCE_TYPE);
        assertThat(item.text()).isEqualTo("Can someone talk to me about home please");
        assertThat(item.dueBy()).isNotNull();
        assertThat(item.dueBy().toLocalDate()).isAfterOrEqualTo(item.flaggedOn());
        assertThat(item.dueBy().toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(events.stream(DisclosureFlagged.class))
                .contains(new DisclosureFlagged(id, Severity.URGENT));
        // It counts for the red notice on every lead's screen.
        assertThat(SystemTask.runAs(() -> queue.summary(), Roles.SAFEGUARDING_LEAD).urgent()).isPositive();
        // A member's own message is never quotable: it cannot be released for quoting.
        assertThatThrownBy(() -> SystemTask.runAs(() -> queue.releaseForQuoting(id), Roles.SAFEGUARDING_LEAD))
                .isInstanceOf(UserFacingException.class);
        // Two messages are two items, each its own.
        long second = as(username, () -> tellNow.send("Can someone talk to me about home please"));
        assertThat(second).isNotEqualTo(id);
        assertThat(jdbc.sql("SELECT source_id FROM disclosure WHERE id = ?").param(second).query(Long.class).single())
                .isEqualTo(second);
    }

    @Test
    void an_empty_or_over_long_message_is_refused_in_plain_words() {
        String username = member("Sky");
        for (String words : new String[] {"  ", "x".repeat(TellSomeoneNow.MAX_TEXT + 1)}) {
            assertThatThrownBy(() -> as(username, () -> tellNow.send(words)))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).startsWith("help.tell.error."));
        }
    }

    @Test
    void only_a_signed_in_member_can_tell_someone_now() {
        for (String role : new String[] {Roles.OFFICER, Roles.ADMIN, Roles.VIEWER, Roles.SAFEGUARDING_LEAD}) {
            assertThatThrownBy(() -> SystemTask.runAs(() -> tellNow.send("help"), role))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> tellNow.send("help")).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_named_message_is_overdue_once_its_due_time_has_passed() {
        java.time.LocalDate flagged = java.time.LocalDate.of(2026, 11, 25);
        LocalDateTime due = LocalDateTime.of(2026, 11, 25, 17, 0);
        assertThat(queue.isOverdue(flagged, due, LocalDateTime.of(2026, 11, 25, 16, 59))).isFalse();
        assertThat(queue.isOverdue(flagged, due, LocalDateTime.of(2026, 11, 25, 17, 1))).isTrue();
    }
}
