package org.youthvoice.base.db;

import com.zaxxer.hikari.HikariDataSource;
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
        var ds = new HikariDataSource();
        ds.setDriverClassName("org.mariadb.jdbc.Driver");
        ds.setJdbcUrl(server.jdbcUrl(database));
        ds.setUsername(server.username());
        ds.setPassword(server.password());
        ds.setPoolName("embedded-mariadb");
        ds.setMaximumPoolSize(10);
        return ds;
    }
}
