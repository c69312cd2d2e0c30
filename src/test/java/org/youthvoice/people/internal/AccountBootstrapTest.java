package org.youthvoice.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.DemoMode;
import org.youthvoice.base.YouthVoiceProperties;
import org.youthvoice.people.AccountKind;
import org.youthvoice.security.Roles;

class AccountBootstrapTest {

    private final AccountStore accounts = mock(AccountStore.class);
    private final PasswordEncoder passwords = mock(PasswordEncoder.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final DemoMode demo = mock(DemoMode.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void noAdministratorYet() {
        when(accounts.countEnabledWithRole(Roles.ADMIN)).thenReturn(0L);
        when(passwords.encode(anyString())).thenAnswer(call -> "{test}encoded:" + call.getArgument(0));
        when(accounts.create(any(NewAccount.class))).thenAnswer(call -> {
            NewAccount account = call.getArgument(0);
            return new Account(7L, account.kind(), account.username(), account.displayName(), account.passwordHash(),
                    true, 0, null, false, account.ageBand(), account.createdAt(), null, 0, account.roles());
        });
    }

    private void start(boolean demoMode, @Nullable String username, @Nullable String password) {
        when(demo.isEnabled()).thenReturn(demoMode);
        var properties = new YouthVoiceProperties(false, null, null,
                new YouthVoiceProperties.InitialAdmin(username, password, null), null, null);
        new AccountBootstrap(accounts, passwords, audit, demo, properties, clock).run(new DefaultApplicationArguments());
    }

    @Test
    void a_production_install_without_an_administrator_refuses_to_start_and_says_what_to_set() {
        assertThatThrownBy(() -> start(false, null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("YOUTHVOICE_INITIAL_ADMIN_USERNAME")
                .hasMessageContaining("YOUTHVOICE_INITIAL_ADMIN_PASSWORD");
        verify(accounts, never()).create(any());
    }

    @Test
    void a_username_without_a_password_is_refused() {
        assertThatThrownBy(() -> start(false, "boss", null)).isInstanceOf(IllegalStateException.class);
        verify(accounts, never()).create(any());
    }

    @Test
    void a_weak_initial_password_is_refused() {
        assertThatThrownBy(() -> start(false, "boss", "short-pw"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("youthvoice.initial-admin.password");
        assertThatThrownBy(() -> start(false, "boss", "the-boss-is-here-2026"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> start(false, "boss", "password1234"))
                .isInstanceOf(IllegalStateException.class);
        verify(accounts, never()).create(any());
    }

    @Test
    void the_refusal_never_shows_the_configured_password() {
        assertThatThrownBy(() -> start(false, "boss", "Tiny-9"))
                .isInstanceOf(IllegalStateException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Tiny-9"));
    }

    @Test
    void a_good_initial_password_creates_an_administrator_with_a_hashed_password() {
        start(false, "  Boss ", "Long-enough-and-odd-42");

        var saved = ArgumentCaptor.forClass(NewAccount.class);
        verify(accounts).create(saved.capture());
        NewAccount admin = saved.getValue();
        assertThat(admin.kind()).isEqualTo(AccountKind.STAFF);
        assertThat(admin.username()).isEqualTo("boss");
        assertThat(admin.roles()).containsExactly(Roles.ADMIN);
        assertThat(admin.ageBand()).isNull();
        assertThat(admin.createdAt()).isEqualTo(LocalDateTime.of(2026, 3, 1, 10, 0));
        assertThat(admin.passwordHash()).isEqualTo("{test}encoded:Long-enough-and-odd-42");
        verify(audit).recordAs(eq("system"), eq("ACCOUNT_CREATED"), eq("account"), eq("7"), anyString());
    }

    @Test
    void nothing_happens_once_an_administrator_exists() {
        when(accounts.countEnabledWithRole(Roles.ADMIN)).thenReturn(1L);

        start(false, null, null);

        verify(accounts, never()).create(any());
    }

    @Test
    void demo_mode_without_an_initial_administrator_starts_without_one() {
        start(true, null, null);

        verify(accounts, never()).create(any());
    }

    @Test
    void an_existing_but_disabled_initial_administrator_is_not_replaced() {
        when(accounts.exists("boss")).thenReturn(true);

        assertThatThrownBy(() -> start(false, "boss", "Long-enough-and-odd-42"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'boss'");
        verify(accounts, never()).create(any());
        verify(audit, never()).recordAs(anyString(), anyString(), anyString(), isNull(), anyString());
    }
}
