package org.youthvoice.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.youthvoice.people.AccountKind;
import org.youthvoice.people.AgeBand;

/**
 * Reads and writes accounts and their roles. An edit writes only the columns it is about, so it never puts back a
 * login count ({@code LoginCounterStore}) read a moment earlier, and is refused if the account was edited since it was
 * read.
 */
@Component
public class AccountStore {

    private static final String SELECT = """
            SELECT a.id, a.kind, a.username, a.display_name, a.password_hash, a.enabled, a.failed_logins,
                   a.locked_until, a.must_change_secret, a.age_band, a.created_at, a.last_login_at, a.version,
                   (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ',') FROM account_role r
                    WHERE r.account_id = a.id) AS roles
            FROM account a
            """;

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> find(long id) {
        return jdbc.sql(SELECT + "WHERE a.id = ?").param(id).query(AccountStore::account).optional();
    }

    /** The column's collation ignores case, as logins and the "username taken" check do. */
    public Optional<Account> findByUsername(String username) {
        return jdbc.sql(SELECT + "WHERE a.username = ?").param(username).query(AccountStore::account).optional();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM account WHERE username = ?)").param(username)
                .query(Boolean.class).single();
    }

    public List<Account> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "WHERE a.id IN (:ids)").param("ids", ids).query(AccountStore::account).list();
    }

    /**
     * One page of accounts of a kind, newest first; {@code like} (a LIKE pattern, or null for all) matches the
     * username or the name.
     */
    public List<Account> page(AccountKind kind, @Nullable String like, Pageable page) {
        return jdbc.sql(SELECT + """
                WHERE a.kind = :kind AND (:like IS NULL OR a.username LIKE :like OR a.display_name LIKE :like)
                ORDER BY a.created_at DESC, a.id DESC LIMIT :limit OFFSET :offset""")
                .param("kind", kind.name())
                .param("like", like)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(AccountStore::account).list();
    }

    public long count(AccountKind kind, @Nullable String like) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM account a
                WHERE a.kind = :kind AND (:like IS NULL OR a.username LIKE :like OR a.display_name LIKE :like)""")
                .param("kind", kind.name())
                .param("like", like)
                .query(Long.class).single();
    }

    public long countEnabledWithRole(String role) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM account a JOIN account_role r ON r.account_id = a.id
                WHERE r.role = ? AND a.enabled = TRUE""")
                .param(role).query(Long.class).single();
    }

    public Account create(NewAccount account) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO account (kind, username, display_name, password_hash, age_band, created_at)
                VALUES (:kind, :username, :displayName, :passwordHash, :ageBand, :createdAt)""")
                .param("kind", account.kind().name())
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("passwordHash", account.passwordHash())
                .param("ageBand", account.ageBand() == null ? null : account.ageBand().name())
                .param("createdAt", account.createdAt())
                .update(keys);
        long id = keys.getKeyAs(Number.class).longValue();
        insertRoles(id, account.roles());
        return find(id).orElseThrow();
    }

    public void setEnabled(Account account, boolean enabled) {
        edit(account, "enabled = :enabled,", Map.of("enabled", enabled));
    }

    /** The roles are the account's too: changing them counts as an edit of the account. */
    public void changeRoles(Account account, Set<String> roles) {
        edit(account, "", Map.of());
        jdbc.sql("DELETE FROM account_role WHERE account_id = ?").param(account.id()).update();
        insertRoles(account.id(), roles);
    }

    /** A new password or code; an account locked by wrong ones is unlocked. */
    public void changeSecret(Account account, String passwordHash, boolean mustChange) {
        edit(account, """
                password_hash = :passwordHash, must_change_secret = :mustChange, failed_logins = 0,
                locked_until = NULL,""", Map.of("passwordHash", passwordHash, "mustChange", mustChange));
    }

    /** {@code assignments} end with a comma; the version always moves on. */
    private void edit(Account read, String assignments, Map<String, ?> values) {
        int changed = jdbc.sql("UPDATE account SET " + assignments
                + " version = version + 1 WHERE id = :id AND version = :version")
                .params(values)
                .param("id", read.id())
                .param("version", read.version())
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException(
                    "Account " + read.id() + " was changed or deleted by someone else since it was read");
        }
    }

    private void insertRoles(long accountId, Set<String> roles) {
        for (String role : roles) {
            jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)").params(accountId, role).update();
        }
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        String ageBand = rs.getString("age_band");
        String roles = rs.getString("roles");
        return new Account(rs.getLong("id"), AccountKind.valueOf(rs.getString("kind")), rs.getString("username"),
                rs.getString("display_name"), rs.getString("password_hash"), rs.getBoolean("enabled"),
                rs.getInt("failed_logins"), rs.getObject("locked_until", LocalDateTime.class),
                rs.getBoolean("must_change_secret"), ageBand == null ? null : AgeBand.valueOf(ageBand),
                rs.getObject("created_at", LocalDateTime.class), rs.getObject("last_login_at", LocalDateTime.class),
                rs.getLong("version"), roles == null ? Set.of() : Set.copyOf(Arrays.asList(roles.split(","))));
    }
}
