package org.youthvoice.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.youthvoice.base.UserFacingException;

/** Which failures pages call "the database cannot be reached just now" (design note 0031), and which they do not. */
class DatabaseUnavailableTest {

    @Test
    void a_database_that_cannot_be_reached_is_told_apart_whatever_wraps_it() {
        // What the transaction manager throws when the pool gives no connection in time.
        var pool = new SQLTransientConnectionException("embedded-mariadb - Connection is not available");
        assertThat(DatabaseUnavailable.is(new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction", pool))).isTrue();
        // JdbcClient with no connection; a connection refused; one broken mid-statement.
        assertThat(DatabaseUnavailable.is(new CannotGetJdbcConnectionException("no connection", pool))).isTrue();
        assertThat(DatabaseUnavailable.is(new IllegalStateException(new ConnectException("refused")))).isTrue();
        assertThat(DatabaseUnavailable.is(new RuntimeException(
                new SQLNonTransientConnectionException("Socket error", "08000")))).isTrue();
    }

    @Test
    void other_failures_are_not_called_an_outage() {
        assertThat(DatabaseUnavailable.is(null)).isFalse();
        assertThat(DatabaseUnavailable.is(new DataIntegrityViolationException("Duplicate entry"))).isFalse();
        assertThat(DatabaseUnavailable.is(new CannotAcquireLockException("Deadlock",
                new SQLException("Deadlock found", "40001")))).isFalse();
        assertThat(DatabaseUnavailable.is(new UserFacingException("survey.take.error.gone"))).isFalse();
    }
}
