package org.youthvoice.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.youthvoice.base.YouthVoiceProperties;

/**
 * With no {@code spring.datasource.url} set, the app runs on a real MariaDB started from the jar, so that a newcomer
 * needs nothing installed. A set URL means an external MariaDB and this configuration stays out of the way.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "release")
    EmbeddedMariaDb embeddedMariaDb(YouthVoiceProperties properties) {
        return EmbeddedMariaDb.acquire(properties.embeddedDb());
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb server, YouthVoiceProperties properties) {
        var settings = properties.embeddedDb();
        String database = settings.databaseOrDefault();
        if (settings.recreateOrDefault()) {
            server.recreateOnce(database);
        }
        var ds = new EmbeddedDataSource(server);
        ds.setDriverClassName("org.mariadb.jdbc.Driver");
        ds.setJdbcUrl(server.jdbcUrl(database));
        ds.setUsername(server.username());
        ds.setPassword(server.password());
        ds.setPoolName("embedded-mariadb");
        ds.setMaximumPoolSize(10);
        // Fail fast when the server does not answer (design note 0031): a request waits this long for a connection,
        // not Hikari's 30 s.
        ds.setConnectionTimeout(settings.connectionTimeoutOrDefault().toMillis());
        ds.setValidationTimeout(Math.min(1000, settings.connectionTimeoutOrDefault().toMillis()));
        return ds;
    }

    /**
     * The pool of connections to the embedded server. While the server is being started again after it died, asking
     * for a connection fails at once instead of waiting for the pool's timeout: the page says so in plain words, and a
     * young person's answer stays on the phone to go again.
     */
    static final class EmbeddedDataSource extends HikariDataSource {

        private final EmbeddedMariaDb server;

        EmbeddedDataSource(EmbeddedMariaDb server) {
            this.server = server;
            // Its connections died with it: drop them, rather than find each one dead when it is next used.
            server.onDeath(() -> {
                var pool = getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            });
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (server.state() == EmbeddedMariaDb.State.RESTARTING) {
                throw new SQLTransientConnectionException("The embedded database is starting again after it stopped");
            }
            return super.getConnection();
        }
    }
}
