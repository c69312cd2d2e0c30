package org.youthvoice.base;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code youthvoice.*}. Everything a council may want to change lives here or in the database, never in
 * code.
 *
 * @param demo demo mode: demo accounts and data; only allowed on the embedded database
 * @param smallNumberThreshold counts below this are never shown or exported about a group
 * @param embeddedDb the embedded MariaDB used when no external database is configured
 * @param initialAdmin the first administrator of a production install
 * @param login login throttling and lockout
 * @param retention how long raw free text, contact details and audit entries are kept
 */
@ConfigurationProperties("youthvoice")
public record YouthVoiceProperties(
        @Nullable Boolean demo,
        Integer smallNumberThreshold,
        EmbeddedDb embeddedDb,
        InitialAdmin initialAdmin,
        Login login,
        Retention retention) {

    public YouthVoiceProperties {
        if (smallNumberThreshold == null) {
            smallNumberThreshold = 5;
        }
        if (embeddedDb == null) {
            embeddedDb = new EmbeddedDb(null, null, null, null, null, null);
        }
        if (initialAdmin == null) {
            initialAdmin = new InitialAdmin(null, null, null);
        }
        if (login == null) {
            login = new Login(null, null, null, null);
        }
        if (retention == null) {
            retention = new Retention(null, null, null);
        }
    }

    /**
     * @param dataDir where the embedded server keeps its files (never under the temp folder)
     * @param port 0 picks a free port
     * @param database the schema name
     * @param recreate drop and recreate the schema at start (tests)
     * @param connectionTimeout how long a request waits for a free connection before it fails (default 10 s; while the
     *     server is being started again after it died, asking fails at once)
     * @param restartAfter how long after the server died it is started again (default 1 s)
     */
    public record EmbeddedDb(@Nullable Path dataDir, @Nullable Integer port, @Nullable String database,
            @Nullable Boolean recreate, @Nullable Duration connectionTimeout, @Nullable Duration restartAfter) {

        public Duration restartAfterOrDefault() {
            return restartAfter != null ? restartAfter : Duration.ofSeconds(1);
        }

        public Duration connectionTimeoutOrDefault() {
            return connectionTimeout != null ? connectionTimeout : Duration.ofSeconds(10);
        }

        public Path dataDirOrDefault() {
            return dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".youthvoice", "mariadb");
        }

        public int portOrDefault() {
            return port != null ? port : 0;
        }

        public String databaseOrDefault() {
            return database != null ? database : "youthvoice";
        }

        public boolean recreateOrDefault() {
            return recreate != null && recreate;
        }
    }

    public record InitialAdmin(@Nullable String username, @Nullable String password, @Nullable String displayName) {
    }

    /**
     * @param maxFailures failed logins in a row that lock an account
     * @param lockFor how long a locked account stays locked
     * @param maxAttemptsPerAddress failed logins one network address may make per window
     * @param addressWindow the window for {@code maxAttemptsPerAddress}
     */
    public record Login(@Nullable Integer maxFailures, @Nullable Duration lockFor, @Nullable Integer maxAttemptsPerAddress,
            @Nullable Duration addressWindow) {

        public int maxFailuresOrDefault() {
            return maxFailures != null ? maxFailures : 5;
        }

        public Duration lockForOrDefault() {
            return lockFor != null ? lockFor : Duration.ofMinutes(15);
        }

        public int maxAttemptsPerAddressOrDefault() {
            return maxAttemptsPerAddress != null ? maxAttemptsPerAddress : 30;
        }

        public Duration addressWindowOrDefault() {
            return addressWindow != null ? addressWindow : Duration.ofMinutes(10);
        }
    }

    /**
     * Days after which scheduled jobs delete data. Coded and aggregated results stay.
     *
     * @param contactDetailsDays contact details young people chose to give (default 90)
     * @param freeTextDays raw free text such as feedback comments (default 730)
     * @param auditDays audit log entries (default 2190, six years)
     */
    public record Retention(@Nullable Integer contactDetailsDays, @Nullable Integer freeTextDays,
            @Nullable Integer auditDays) {

        public int contactDetailsDaysOrDefault() {
            return contactDetailsDays != null ? contactDetailsDays : 90;
        }

        public int freeTextDaysOrDefault() {
            return freeTextDays != null ? freeTextDays : 730;
        }

        public int auditDaysOrDefault() {
            return auditDays != null ? auditDays : 2190;
        }
    }
}
