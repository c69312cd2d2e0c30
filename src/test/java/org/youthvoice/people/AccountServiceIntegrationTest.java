package org.youthvoice.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;
import org.youthvoice.testing.TestAccounts;

@IntegrationTest
class AccountServiceIntegrationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    private String storedHash(long accountId) {
        return jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(accountId).query(String.class).single();
    }

    private long idOf(String username) {
        return jdbc.sql("SELECT id FROM account WHERE username = ?").param(username).query(Long.class).single();
    }

    private static void refusedWith(String messageKey, Executable action) {
        assertThatThrownBy(action::execute).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private AccountSummary createStaff(String username, String password, String... roles) {
        return SystemTask.runAs(() -> accounts.createStaff(new NewStaffAccount(username, "Pat Example", password,
                Set.of(roles))), Roles.ADMIN);
    }

    private IssuedSecret createMember(String username, SecretKind kind) {
        return SystemTask.runAs(() -> accounts.createMember(new NewMember(username, "Alex", AgeBand.AGE_11_17, kind)),
                Roles.OFFICER);
    }

    @Test
    void an_administrator_creates_a_staff_account_whose_password_is_stored_as_an_argon2_hash() {
        String username = TestAccounts.uniqueName("staff");

        var created = createStaff(username, TestAccounts.PASSWORD, Roles.OFFICER, Roles.VIEWER);

        assertThat(created.username()).isEqualTo(username);
        assertThat(created.kind()).isEqualTo(AccountKind.STAFF);
        assertThat(created.roles()).containsExactlyInAnyOrder(Roles.OFFICER, Roles.VIEWER);
        assertThat(created.enabled()).isTrue();
        String hash = storedHash(created.id());
        assertThat(hash).startsWith("{argon2}").doesNotContain(TestAccounts.PASSWORD);
        assertThat(passwords.matches(TestAccounts.PASSWORD, hash)).isTrue();
        assertThat(passwords.matches(TestAccounts.PASSWORD + "x", hash)).isFalse();
    }

    @Test
    void an_officer_cannot_create_staff_accounts() {
        String username = TestAccounts.uniqueName("sneaky");

        assertThatThrownBy(() -> SystemTask.runAs(() -> accounts.createStaff(new NewStaffAccount(username, "Sneaky",
                TestAccounts.PASSWORD, Set.of(Roles.ADMIN))), Roles.OFFICER)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE username = ?").param(username).query(Long.class).single())
                .isZero();
    }

    @Test
    void a_young_member_cannot_add_members_or_list_them() {
        assertThatThrownBy(() -> SystemTask.runAs(() -> accounts.createMember(new NewMember(
                TestAccounts.uniqueName("friend"), "Friend", null, SecretKind.PIN)), Roles.MEMBER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemTask.runAs(() -> accounts.listMembers(null, Pageable.ofSize(10)), Roles.MEMBER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemTask.runAs(() -> accounts.listStaff(Pageable.ofSize(10)), Roles.OFFICER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_officer_adds_a_member_and_gets_a_three_word_passphrase_that_works() {
        String username = TestAccounts.uniqueName("member");

        var issued = createMember(username, SecretKind.PASSPHRASE);

        assertThat(issued.username()).isEqualTo(username);
        assertThat(issued.secret()).matches("[a-z]+-[a-z]+-[a-z]+-\\d\\d");
        String hash = storedHash(issued.accountId());
        assertThat(hash).startsWith("{argon2}").doesNotContain(issued.secret());
        assertThat(passwords.matches(issued.secret(), hash)).isTrue();
        assertThat(jdbc.sql("SELECT kind, age_band FROM account WHERE id = ?").param(issued.accountId())
                .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2)).single()).isEqualTo("MEMBER/AGE_11_17");
        assertThat(jdbc.sql("SELECT role FROM account_role WHERE account_id = ?").param(issued.accountId())
                .query(String.class).list()).containsExactly(Roles.MEMBER);
    }

    @Test
    void a_member_can_have_a_six_digit_pin_instead() {
        var issued = createMember(TestAccounts.uniqueName("pin"), SecretKind.PIN);

        assertThat(issued.secret()).matches("\\d{6}");
        assertThat(passwords.matches(issued.secret(), storedHash(issued.accountId()))).isTrue();
    }

    @Test
    void a_new_secret_replaces_the_old_one() {
        var first = createMember(TestAccounts.uniqueName("forgetful"), SecretKind.PASSPHRASE);

        var second = SystemTask.runAs(() -> accounts.resetMemberSecret(first.accountId(), SecretKind.PIN), Roles.OFFICER);

        String hash = storedHash(first.accountId());
        assertThat(passwords.matches(second.secret(), hash)).isTrue();
        assertThat(passwords.matches(first.secret(), hash)).isFalse();
    }

    @Test
    void a_username_is_taken_whatever_its_case() {
        String username = TestAccounts.uniqueName("taken");
        createMember(username, SecretKind.PIN);

        refusedWith("account.error.usernameTaken", () -> createMember(username.toUpperCase(), SecretKind.PIN));
        refusedWith("account.error.usernameTaken", () -> createStaff(" " + username + " ", TestAccounts.PASSWORD,
                Roles.VIEWER));
    }

    @Test
    void an_upper_case_username_is_stored_in_lower_case() {
        String username = TestAccounts.uniqueName("mixed");

        var issued = createMember(username.toUpperCase(), SecretKind.PIN);

        assertThat(issued.username()).isEqualTo(username);
    }

    @Test
    void short_staff_passwords_are_refused() {
        refusedWith("account.error.passwordLength", () -> createStaff(TestAccounts.uniqueName("short"), "Eleven-char", Roles.VIEWER));
        refusedWith("account.error.passwordLength", () -> createStaff(TestAccounts.uniqueName("long"), "x".repeat(201),
                Roles.VIEWER));
    }

    @Test
    void weak_staff_passwords_are_refused() {
        String username = TestAccounts.uniqueName("weak");

        refusedWith("account.error.passwordWeak", () -> createStaff(username, "my-" + username + "-password", Roles.VIEWER));
        refusedWith("account.error.passwordWeak", () -> createStaff(username, "Password1234", Roles.VIEWER));
        refusedWith("account.error.passwordWeak", () -> createStaff(username, "aaaaaaaaaaabbbccc", Roles.VIEWER));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE username = ?").param(username).query(Long.class).single())
                .isZero();
    }

    @Test
    void a_password_containing_the_username_in_other_letters_is_refused() {
        String username = TestAccounts.uniqueName("case");

        refusedWith("account.error.passwordWeak", () -> createStaff(username, username.toUpperCase() + "-2026!", Roles.VIEWER));
    }

    @Test
    void bad_usernames_are_refused() {
        for (String bad : new String[] {"", "ab", "-starts-with-dash", "has space", "\u00e9mile-1234", "a".repeat(41),
                "semi;colon", "new\nline"}) {
            refusedWith("account.error.username", () -> createMember(bad, SecretKind.PIN));
        }
    }

    @Test
    void staff_accounts_need_a_known_staff_role() {
        refusedWith("account.error.roles", () -> createStaff(TestAccounts.uniqueName("norole"), TestAccounts.PASSWORD));
        refusedWith("account.error.roles", () -> createStaff(TestAccounts.uniqueName("member"), TestAccounts.PASSWORD,
                Roles.MEMBER));
        refusedWith("account.error.roles", () -> createStaff(TestAccounts.uniqueName("root"), TestAccounts.PASSWORD,
                "ROOT"));
    }

    @Test
    @Transactional
    void the_last_enabled_administrator_cannot_be_switched_off() {
        long admin = createStaff(TestAccounts.uniqueName("admin"), TestAccounts.PASSWORD, Roles.ADMIN).id();
        disableEveryOtherAdministrator(admin);

        refusedWith("account.error.lastAdmin", () -> SystemTask.runAs(() -> accounts.setStaffEnabled(admin, false),
                Roles.ADMIN));
        assertThat(jdbc.sql("SELECT enabled FROM account WHERE id = ?").param(admin).query(Boolean.class).single()).isTrue();
    }

    @Test
    @Transactional
    void the_last_enabled_administrator_cannot_lose_the_administrator_role() {
        long admin = createStaff(TestAccounts.uniqueName("admin"), TestAccounts.PASSWORD, Roles.ADMIN, Roles.OFFICER).id();
        disableEveryOtherAdministrator(admin);

        refusedWith("account.error.lastAdmin", () -> SystemTask.runAs(
                () -> accounts.changeStaffRoles(admin, Set.of(Roles.OFFICER)), Roles.ADMIN));
    }

    @Test
    @Transactional
    void an_administrator_can_be_switched_off_while_another_remains() {
        long admin = createStaff(TestAccounts.uniqueName("admin"), TestAccounts.PASSWORD, Roles.ADMIN).id();
        long other = createStaff(TestAccounts.uniqueName("admin"), TestAccounts.PASSWORD, Roles.ADMIN).id();
        disableEveryOtherAdministrator(admin, other);

        SystemTask.runAs(() -> accounts.setStaffEnabled(admin, false), Roles.ADMIN);

        var summary = SystemTask.runAs(() -> accounts.listStaff(Pageable.ofSize(10_000)), Roles.ADMIN).stream()
                .filter(a -> a.id() == admin).findFirst().orElseThrow();
        assertThat(summary.enabled()).isFalse();
        refusedWith("account.error.lastAdmin", () -> SystemTask.runAs(() -> accounts.setStaffEnabled(other, false),
                Roles.ADMIN));
    }

    /** Runs inside the test's transaction, so it rolls back with it. */
    private void disableEveryOtherAdministrator(Long... keep) {
        jdbc.sql("""
                UPDATE account SET enabled = FALSE
                WHERE id IN (SELECT account_id FROM account_role WHERE role = 'ADMIN') AND id NOT IN (:keep)
                """).param("keep", java.util.List.of(keep)).update();
    }

    @Test
    void the_initial_administrator_from_configuration_exists() {
        long id = idOf("testadmin");

        assertThat(jdbc.sql("SELECT role FROM account_role WHERE account_id = ?").param(id).query(String.class).list())
                .contains(Roles.ADMIN);
        assertThat(jdbc.sql("SELECT kind FROM account WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("STAFF");
        assertThat(passwords.matches("Test-admin-password-2026", storedHash(id))).isTrue();
    }

    @Test
    @WithMockUser(username = "alice-admin", roles = "ADMIN")
    void creating_a_staff_account_is_audited_with_the_administrators_name() {
        String username = TestAccounts.uniqueName("audited");

        long id = accounts.createStaff(new NewStaffAccount(username, "Audited", TestAccounts.PASSWORD,
                Set.of(Roles.VIEWER))).id();

        assertThat(auditActors("ACCOUNT_CREATED", id)).containsExactly("alice-admin");
        assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE action = 'ACCOUNT_CREATED' AND record_id = ?")
                .param(String.valueOf(id)).query(String.class).single()).contains(username).contains("VIEWER")
                .doesNotContain(TestAccounts.PASSWORD);
    }

    @Test
    @WithMockUser(username = "olu-officer", roles = "OFFICER")
    void adding_a_member_and_giving_a_new_secret_are_audited_with_the_officers_name() {
        var issued = accounts.createMember(new NewMember(TestAccounts.uniqueName("audited"), "Sam", null,
                SecretKind.PASSPHRASE));
        var reset = accounts.resetMemberSecret(issued.accountId(), SecretKind.PIN);

        assertThat(auditActors("MEMBER_CREATED", issued.accountId())).containsExactly("olu-officer");
        assertThat(auditActors("MEMBER_SECRET_RESET", issued.accountId())).containsExactly("olu-officer");
        // The passphrase is unique enough to look for anywhere; a six-digit PIN can turn up by chance inside any
        // other test's figures, so it is looked for in this account's own entries (where it could only be a leak).
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE details LIKE ?")
                .param("%" + issued.secret() + "%").query(Long.class).single())
                .as("the passphrase never reaches the audit log").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action LIKE 'MEMBER%' AND record_id = ? AND details LIKE ?")
                .params(String.valueOf(issued.accountId()), "%" + reset.secret() + "%").query(Long.class).single())
                .as("the PIN never reaches the audit log").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action LIKE 'MEMBER%' AND record_id = ?")
                .param(String.valueOf(issued.accountId())).query(Long.class).single())
                .as("the PIN check looked at this account's entries").isGreaterThanOrEqualTo(2L);
    }

    @Test
    void a_staff_account_cannot_be_reached_through_the_member_methods() {
        long staff = idOf(TestAccounts.staff(accounts, Roles.VIEWER));

        refusedWith("account.error.notFound", () -> SystemTask.runAs(
                () -> accounts.resetMemberSecret(staff, SecretKind.PIN), Roles.OFFICER));
        refusedWith("account.error.notFound", () -> SystemTask.runAs(
                () -> accounts.setMemberEnabled(staff, false), Roles.OFFICER));
    }

    private java.util.List<String> auditActors(String action, long accountId) {
        return jdbc.sql("SELECT actor FROM audit_entry WHERE action = ? AND record_id = ?")
                .params(action, String.valueOf(accountId)).query(String.class).list();
    }

    @org.junit.jupiter.api.Test
    void officers_find_members_by_part_of_their_name_newest_first_and_wildcards_are_plain_text() {
        var first = TestAccounts.member(accounts);
        var second = TestAccounts.member(accounts);
        var found = SystemTask.runAs(() -> accounts.listMembers(second.username().substring(0, 12), Pageable.ofSize(50)),
                Roles.OFFICER);
        assertThat(found).extracting(AccountSummary::username).contains(second.username());
        var newest = SystemTask.runAs(() -> accounts.listMembers(null, Pageable.ofSize(2)), Roles.OFFICER);
        assertThat(newest.getFirst().username()).isEqualTo(second.username());
        assertThat(SystemTask.runAs(() -> accounts.listMembers("%_%", Pageable.ofSize(5)), Roles.OFFICER)).isEmpty();
        assertThat(first.username()).isNotEqualTo(second.username());
    }
}
