package org.youthvoice.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.youthvoice.base.SystemTask;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;
import org.youthvoice.testing.TestAccounts;

/** Logs in through the same authentication manager as the login form, so its events and listeners run too. */
@IntegrationTest
class LoginLockoutIntegrationTest {

    private static final String WRONG = "not-the-secret-99";

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private AuthenticationManager authenticationManager;

    @BeforeEach
    void authenticationManager() throws Exception {
        authenticationManager = authenticationConfiguration.getAuthenticationManager();
    }

    private Authentication logIn(String username, String secret) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, secret));
    }

    private void failLogIn(String username, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> logIn(username, WRONG)).isInstanceOf(BadCredentialsException.class);
        }
    }

    private int failedLogins(long accountId) {
        return jdbc.sql("SELECT failed_logins FROM account WHERE id = ?").param(accountId).query(Integer.class).single();
    }

    private @Nullable LocalDateTime lockedUntil(long accountId) {
        return jdbc.sql("SELECT locked_until FROM account WHERE id = ?").param(accountId)
                .query((rs, n) -> rs.getObject(1, LocalDateTime.class)).list().getFirst();
    }

    private List<String> auditActions(long accountId) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE record_type = 'account' AND record_id = ? "
                + "AND action LIKE 'LOGIN%' ORDER BY id").param(String.valueOf(accountId)).query(String.class).list();
    }

    @Test
    void a_member_logs_in_with_the_secret_code_they_were_given() {
        var member = TestAccounts.member(accounts);

        var authentication = logIn(member.username(), member.secret());

        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .filteredOn(a -> a.startsWith("ROLE_")).containsExactly("ROLE_" + Roles.MEMBER);
        assertThat(auditActions(member.accountId())).containsExactly("LOGIN");
        assertThat(jdbc.sql("SELECT last_login_at FROM account WHERE id = ?").param(member.accountId())
                .query((rs, n) -> rs.getObject(1, LocalDateTime.class)).single()).isNotNull();
    }

    @Test
    void the_username_is_not_case_sensitive_at_login() {
        var member = TestAccounts.member(accounts);

        assertThat(logIn(member.username().toUpperCase(), member.secret()).isAuthenticated()).isTrue();
    }

    @Test
    void five_wrong_secrets_in_a_row_lock_the_account_even_for_the_right_one() {
        var member = TestAccounts.member(accounts);

        failLogIn(member.username(), 4);
        assertThat(failedLogins(member.accountId())).isEqualTo(4);
        assertThat(lockedUntil(member.accountId())).isNull();
        failLogIn(member.username(), 1);

        assertThat(lockedUntil(member.accountId())).isAfter(LocalDateTime.now().plusMinutes(10));
        assertThatThrownBy(() -> logIn(member.username(), member.secret())).isInstanceOf(LockedException.class);
        assertThat(auditActions(member.accountId())).containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOGIN_FAILED", "LOGIN_LOCKED");
        assertThat(jdbc.sql("SELECT DISTINCT actor FROM audit_entry WHERE record_id = ? AND action LIKE 'LOGIN%'")
                .param(String.valueOf(member.accountId())).query(String.class).list()).containsExactly(member.username());
    }

    @Test
    void a_staff_account_is_locked_the_same_way() {
        String username = TestAccounts.staff(accounts, Roles.OFFICER);

        failLogIn(username, 5);

        assertThatThrownBy(() -> logIn(username, TestAccounts.PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void a_successful_login_starts_the_count_again() {
        var member = TestAccounts.member(accounts);

        failLogIn(member.username(), 4);
        logIn(member.username(), member.secret());
        assertThat(failedLogins(member.accountId())).isZero();
        failLogIn(member.username(), 4);

        assertThat(failedLogins(member.accountId())).isEqualTo(4);
        assertThat(lockedUntil(member.accountId())).isNull();
        assertThat(logIn(member.username(), member.secret()).isAuthenticated()).isTrue();
        assertThat(auditActions(member.accountId())).containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOGIN_FAILED", "LOGIN", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN");
    }

    @Test
    void a_new_secret_from_an_officer_unlocks_a_locked_member() {
        var member = TestAccounts.member(accounts);
        failLogIn(member.username(), 5);
        assertThatThrownBy(() -> logIn(member.username(), member.secret())).isInstanceOf(LockedException.class);

        var fresh = SystemTask.runAs(() -> accounts.resetMemberSecret(member.accountId(), SecretKind.PASSPHRASE),
                Roles.OFFICER);

        assertThat(lockedUntil(member.accountId())).isNull();
        assertThat(logIn(member.username(), fresh.secret()).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> logIn(member.username(), member.secret())).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_switched_off_member_cannot_log_in() {
        var member = TestAccounts.member(accounts);

        SystemTask.runAs(() -> accounts.setMemberEnabled(member.accountId(), false), Roles.OFFICER);

        assertThatThrownBy(() -> logIn(member.username(), member.secret())).isInstanceOf(DisabledException.class);
    }

    @Test
    void an_unknown_username_fails_like_a_wrong_secret_and_is_audited_without_the_name() {
        String nobody = TestAccounts.uniqueName("nobody");
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN_FAILED' AND actor = 'anonymous'")
                .query(Long.class).single();

        assertThatThrownBy(() -> logIn(nobody, WRONG)).isInstanceOf(BadCredentialsException.class);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN_FAILED' AND actor = 'anonymous'")
                .query(Long.class).single()).isGreaterThan(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = ? OR details LIKE ?")
                .params(nobody, "%" + nobody + "%").query(Long.class).single()).isZero();
    }
}
