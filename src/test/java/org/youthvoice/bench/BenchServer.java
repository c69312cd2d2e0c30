package org.youthvoice.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.youthvoice.Application;
import org.youthvoice.survey.SurveyService;

/**
 * The app in its own JVM for load and heap figures (so the load driver's own memory and threads are not counted):
 * starts it on the test profile with its own embedded MariaDB folder, publishes the bench survey, and writes
 * {@code port}, {@code slug} and {@code jdbc} to the file named by the first argument. Further arguments are passed
 * to Spring. Started by {@link SurveyLoadBench} with the test class path and {@code -Xmx1g}. On standard input,
 * {@code heap FILE} writes the heap in use after full collections to FILE; end of input stops the server.
 */
public final class BenchServer {

    private BenchServer() {
    }

    public static void main(String[] args) throws Exception {
        Path ready = Path.of(args[0]);
        var springArgs = new ArrayList<>(List.of("--server.port=0",
                "--youthvoice.embedded-db.data-dir=" + Path.of("target", "bench-mariadb").toAbsolutePath(),
                "--youthvoice.embedded-db.database=youthvoice_bench",
                "--logging.level.root=warn", "--logging.level.org.youthvoice=info"));
        springArgs.addAll(List.of(args).subList(1, args.length));
        var app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("test");
        var context = app.run(springArgs.toArray(String[]::new));
        String slug = BenchSurvey.publish(context.getBean(SurveyService.class), "Bench survey " + System.nanoTime());
        String port = context.getEnvironment().getProperty("local.server.port");
        var dataSource = context.getBean(DataSource.class).unwrap(HikariDataSource.class);
        Path tmp = ready.resolveSibling(ready.getFileName() + ".tmp");
        Files.writeString(tmp, "port=" + port + "\nslug=" + slug + "\njdbc=" + dataSource.getJdbcUrl() + "\nuser="
                + dataSource.getUsername() + "\npassword=" + (dataSource.getPassword() == null ? ""
                        : dataSource.getPassword()) + "\n");
        Files.move(tmp, ready, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("BENCH-SERVER ready on port " + port + ", survey s/" + slug);
        // Commands from the bench on standard input; when the bench goes away, so does the server.
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("heap ")) {
                    Files.writeString(Path.of(line.substring(5).strip()), Long.toString(heapAfterFullGc()));
                }
            }
        }
        context.close();
        System.exit(0);
    }

    /** Heap in use straight after full collections (the least of three), in bytes. */
    static long heapAfterFullGc() throws InterruptedException {
        var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
            Thread.sleep(500);
        }
        return least;
    }
}
