package org.youthvoice.people.internal;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The login columns of an account row. Each change is one SQL statement that reads and writes the row under its own
 * lock, so that many logins to one account at the same moment (a forum member on a phone and on a meeting-room
 * laptop, a class sharing one login) all count and none fails on the row's version.
 */
@Component
class LoginCounterStore {

    /** An account as a login names it. */
    record AccountName(long id, String username) {
    }

    private final JdbcClient jdbc;

    LoginCounterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountName> find(String username) {
        // The column's collation ignores case, as the login does.
        return jdbc.sql("SELECT id, username FROM account WHERE username = ?")
                .param(username)
                .query((rs, n) -> new AccountName(rs.getLong("id"), rs.getString("username")))
                .optional();
    }

    void recordLogin(long accountId, LocalDateTime now) {
        jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL, last_login_at = ? WHERE id = ?")
                .params(now, accountId)
                .update();
    }

    /**
     * Counts a wrong password or code; the one that reaches {@code maxFailures} in a row locks the account until
     * {@code lockUntil} and starts the count again.
     *
     * @return whether this failure locked the account
     */
    boolean recordFailure(long accountId, int maxFailures, LocalDateTime lockUntil) {
        // MariaDB assigns left to right, so locked_until is decided on the count before this failure.
        jdbc.sql("""
                UPDATE account SET
                  locked_until = IF(failed_logins + 1 >= ?, ?, locked_until),
                  failed_logins = IF(failed_logins + 1 >= ?, 0, failed_logins + 1)
                WHERE id = ?""")
                .params(maxFailures, lockUntil, maxFailures, accountId)
                .update();
        // The row stays locked by the update until commit, so this reads this failure's own result.
        int count = jdbc.sql("SELECT failed_logins FROM account WHERE id = ?").param(accountId)
                .query(Integer.class).single();
        return count == 0;
    }
}
