package org.youthvoice.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youthvoice.people.AccountKind;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;
import org.youthvoice.testing.TestAccounts;

/** Accounts in plain SQL: read back as written, edits that never undo a login, and stale edits refused. */
@IntegrationTest
class AccountStoreIntegrationTest {

    @Autowired
    AccountStore accounts;

    @Autowired
    LoginCounterStore logins;

    @Autowired
    JdbcClient jdbc;

    private final LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);

    private Account member(String username) {
        return accounts.create(new NewAccount(AccountKind.MEMBER, username, "Alex Example", "{test}hash",
                Set.of(Roles.MEMBER), AgeBand.AGE_8_11, now));
    }

    private int failedLogins(long id) {
        return jdbc.sql("SELECT failed_logins FROM account WHERE id = ?").param(id).query(Integer.class).single();
    }

    @Test
    void an_account_reads_back_as_it_was_written_whatever_the_case_of_its_username() {
        String username = TestAccounts.uniqueName("store");
        var created = accounts.create(new NewAccount(AccountKind.STAFF, username, "Pat Example", "{test}hash",
                Set.of(Roles.OFFICER, Roles.VIEWER), null, now));

        var found = accounts.findByUsername(username.toUpperCase()).orElseThrow();

        assertThat(found).isEqualTo(created);
        assertThat(found.kind()).isEqualTo(AccountKind.STAFF);
        assertThat(found.username()).isEqualTo(username);
        assertThat(found.displayName()).isEqualTo("Pat Example");
        assertThat(found.passwordHash()).isEqualTo("{test}hash");
        assertThat(found.roles()).containsExactlyInAnyOrder(Roles.OFFICER, Roles.VIEWER);
        assertThat(found.enabled()).isTrue();
        assertThat(found.ageBand()).isNull();
        assertThat(found.createdAt()).isEqualTo(now);
        assertThat(found.lastLoginAt()).isNull();
        assertThat(accounts.exists(username.toUpperCase())).isTrue();
        assertThat(member(TestAccounts.uniqueName("store")).ageBand()).isEqualTo(AgeBand.AGE_8_11);
    }

    @Test
    void a_page_of_members_matches_part_of_a_name_newest_first_and_counts_alike() {
        String stem = TestAccounts.uniqueName("paged");
        var first = member(stem + "-a");
        var second = member(stem + "-b");
        String like = "%" + stem + "%";

        assertThat(accounts.page(AccountKind.MEMBER, like, Pageable.ofSize(10))).extracting(Account::id)
                .containsExactly(second.id(), first.id());
        assertThat(accounts.page(AccountKind.MEMBER, like, Pageable.ofSize(1).withPage(1))).extracting(Account::id)
                .containsExactly(first.id());
        assertThat(accounts.count(AccountKind.MEMBER, like)).isEqualTo(2);
        assertThat(accounts.count(AccountKind.STAFF, like)).isZero();
        assertThat(accounts.findAll(List.of(first.id(), second.id()))).hasSize(2);
    }

    @Test
    void an_edit_made_from_a_stale_read_is_refused_and_changes_nothing() {
        var account = member(TestAccounts.uniqueName("stale"));
        var stale = accounts.find(account.id()).orElseThrow();
        accounts.setEnabled(accounts.find(account.id()).orElseThrow(), false);

        assertThatThrownBy(() -> accounts.changeSecret(stale, "{test}other", false))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> accounts.changeRoles(stale, Set.of(Roles.VIEWER)))
                .isInstanceOf(OptimisticLockingFailureException.class);

        var now = accounts.find(account.id()).orElseThrow();
        assertThat(now.passwordHash()).isEqualTo("{test}hash");
        assertThat(now.roles()).containsExactly(Roles.MEMBER);
        assertThat(now.enabled()).isFalse();
    }

    @Test
    void an_edit_never_puts_back_a_login_count_made_after_it_read_the_account() {
        var account = member(TestAccounts.uniqueName("counted"));
        var read = accounts.find(account.id()).orElseThrow();
        logins.recordFailure(account.id(), 5, now.plusMinutes(15));
        logins.recordFailure(account.id(), 5, now.plusMinutes(15));

        accounts.setEnabled(read, false);

        assertThat(failedLogins(account.id())).isEqualTo(2);
        assertThat(accounts.find(account.id()).orElseThrow().enabled()).isFalse();
    }

    @Test
    void a_new_secret_unlocks_the_account() {
        var account = member(TestAccounts.uniqueName("locked"));
        for (int i = 0; i < 5; i++) {
            logins.recordFailure(account.id(), 5, now.plusMinutes(15));
        }
        assertThat(accounts.find(account.id()).orElseThrow().isLocked(now)).isTrue();

        accounts.changeSecret(accounts.find(account.id()).orElseThrow(), "{test}new", true);

        var changed = accounts.find(account.id()).orElseThrow();
        assertThat(changed.isLocked(now)).isFalse();
        assertThat(changed.passwordHash()).isEqualTo("{test}new");
        assertThat(changed.mustChangeSecret()).isTrue();
        assertThat(changed.version()).isEqualTo(account.version() + 1);
    }
}
