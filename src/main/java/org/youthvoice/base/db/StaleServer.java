package org.youthvoice.base.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Youth Voice that was killed leaves its embedded mariadbd running and holding the data folder. Such an orphan
 * (its parent is gone) is stopped; a server that still has a parent belongs to a running app and is left alone.
 */
final class StaleServer {

    private static final Logger log = LoggerFactory.getLogger(StaleServer.class);

    private StaleServer() {
    }

    static void stopOrphan(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path pidFile : files.filter(p -> p.getFileName().toString().endsWith(".pid")).toList()) {
                long pid = Long.parseLong(Files.readString(pidFile).strip());
                ProcessHandle.of(pid).ifPresent(process -> {
                    boolean mariadb = process.info().command().map(c -> c.endsWith("mariadbd")).orElse(false);
                    boolean orphan = process.parent().map(p -> p.pid() == 1).orElse(true);
                    if (mariadb && orphan) {
                        log.warn("Stopping an orphaned embedded MariaDB (pid {}) left by an earlier run", pid);
                        process.destroy();
                        process.onExit().join();
                    }
                });
            }
        } catch (IOException | NumberFormatException e) {
            log.debug("No usable pid file in {}", dataDir, e);
        }
    }
}
