package org.youthvoice.base.db;

import java.sql.Connection;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health}, answered within a second whatever the database does (design note
 * 0031). Replaces Spring Boot's own check ({@code db}), which waits for a connection from the pool: 30 s by default,
 * long after a load balancer or a person has given up. The embedded server being started again is DOWN at once;
 * otherwise one connection is asked for and checked, and no answer within {@link #ANSWER_WITHIN} is DOWN. While a
 * check is still waiting, the next asks do not start another.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    static final Duration ANSWER_WITHIN = Duration.ofMillis(800);

    private final DataSource dataSource;
    private final Optional<EmbeddedMariaDb> embedded;
    private @Nullable CompletableFuture<Boolean> running;

    DatabaseHealth(DataSource dataSource, Optional<EmbeddedMariaDb> embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    @Override
    public Health health() {
        if (embedded.isPresent() && embedded.get().state() != EmbeddedMariaDb.State.UP) {
            return Health.down().withDetail("database", "embedded, " + embedded.get().state().name().toLowerCase())
                    .build();
        }
        var check = check();
        try {
            boolean valid = check.get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            var health = valid ? Health.up() : Health.down().withDetail("error", "connection not valid");
            embedded.ifPresent(server -> health.withDetail("restarts", server.restarts()));
            return health.build();
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "no answer within " + ANSWER_WITHIN.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down().withDetail("error", "no connection").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    /** The check under way, or a new one. */
    private synchronized CompletableFuture<Boolean> check() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    return connection.isValid(1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, task -> Thread.ofVirtual().name("database-health").start(task));
        }
        return running;
    }
}
