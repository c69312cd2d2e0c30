package org.youthvoice.bench;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Young people answering the 20-question bench survey at once on one node with a 1 GB heap, on the plain HTML pages
 * ({@link LoadDriver}, {@link SurveyTaker}): heap per active taker, then server time per step at rising numbers of
 * takers. The app runs in its own JVM ({@link BenchServer}, fresh for each phase) so the driver's memory is not
 * counted. Figures, not pass/fail, except that the answers must really be in the database.
 *
 * <p>Settings (system properties): {@code bench.levels} (takers per level, default 500,1000,2000,3000),
 * {@code bench.heapTakers} (default 1000), {@code bench.ramp} (seconds over which takers arrive, default 60),
 * {@code bench.thinkMin} / {@code bench.thinkMax} (seconds a taker spends on a question, default 5 and 15; 70% before
 * answering, 30% before tapping Next), {@code bench.script} (whether the phones run the page's script, which saves
 * each choice as it is made; default true), {@code bench.serverJvm} (default -Xmx1g).
 */
class SurveyLoadBench {

    private static final int GOAL_TAKERS = 3000;
    private static final double GOAL_P95_MS = 150;
    private static final double GOAL_HEAP_KB = 2;
    private static final int WARM_UP_TAKERS = 20;

    private final List<String> mismatches = new ArrayList<>();

    @Test
    void heap_per_taker_and_server_time_per_step_at_rising_load() throws Exception {
        int heapTakers = Integer.getInteger("bench.heapTakers", 1000);
        if (heapTakers > 0) {
            heapPerActiveTaker(heapTakers);
        }
        for (String level : System.getProperty("bench.levels", "500,1000,2000,3000").split(",")) {
            if (!level.isBlank()) {
                loadLevel(Integer.parseInt(level.strip()));
            }
        }
        if (!mismatches.isEmpty()) {
            throw new AssertionError("The driver's answers are not all in the database: " + mismatches);
        }
    }

    private void heapPerActiveTaker(int takers) throws Exception {
        try (var server = Server.start("heap")) {
            server.warmUp();
            // Live objects after a full collection, from the class histograms (jcmd GC.class_histogram): steadier than
            // the heap in use, which also counts what background work allocates while it is read.
            long before = server.histogram("before");
            long[] during = new long[2];
            var settings = new LoadDriver.Settings(takers, Duration.ofSeconds(Integer.getInteger("bench.ramp", 60)),
                    Duration.ZERO, Duration.ZERO, BenchSurvey.QUESTIONS / 2, script());
            var result = LoadDriver.run(server.base, server.slug, settings, () -> {
                try {
                    during[0] = server.histogram("during");
                    // Idle keep-alive connections close (the driver's after 15 s); what the server keeps per taker stays.
                    Thread.sleep(Duration.ofSeconds(25));
                    during[1] = server.histogram("during-idle");
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            int held = takers - result.failed.get();
            // Against the heap once they have all sent (same thread pools and caches, no takers): what each active
            // taker adds; and, as before, against the heap before they came (which also holds what the warm-up left).
            long after = server.histogram("after");
            double perTaker = (during[0] - after) / 1024.0 / Math.max(1, held);
            System.out.printf("BENCH survey-heap %d takers held at question %d, each having just loaded it on its own "
                    + "connection (open, keep-alive): live heap after a full GC %.1f MB before they came, %.1f MB held, "
                    + "%.1f MB once they had all sent: %.2f KB per active taker against the heap after (%.2f KB "
                    + "against the heap before) (goal <= %.0f KB: %s)%n", held, BenchSurvey.QUESTIONS / 2,
                    before / 1048576.0, during[0] / 1048576.0, after / 1048576.0, perTaker,
                    (during[0] - before) / 1024.0 / Math.max(1, held), GOAL_HEAP_KB,
                    versus(perTaker, GOAL_HEAP_KB, "KB"));
            double idle = (during[1] - after) / 1024.0 / Math.max(1, held);
            System.out.printf("BENCH survey-heap the same %d takers 25 s later, their idle connections closed "
                    + "(what the server keeps per taker between pages): %.1f MB held, %.2f KB per active taker "
                    + "against the heap after (%.2f KB against the heap before) (goal <= %.0f KB: %s)%n", held,
                    during[1] / 1048576.0, idle, (during[1] - before) / 1024.0 / Math.max(1, held), GOAL_HEAP_KB,
                    versus(idle, GOAL_HEAP_KB, "KB"));
            System.out.printf("BENCH survey-heap after all %d had sent (thank-you page, connections closed): %.2f KB "
                    + "each left against the heap before they came%n", result.finished.get(),
                    (after - before) / 1024.0 / Math.max(1, result.finished.get()));
            LoadDriver.report("heap-phase", result).stream().filter(l -> l.contains("finished"))
                    .forEach(System.out::println);
            server.verify("heap-phase", result, mismatches);
        }
    }

    private void loadLevel(int takers) throws Exception {
        try (var server = Server.start("load-" + takers)) {
            server.warmUp();
            var settings = new LoadDriver.Settings(takers, Duration.ofSeconds(Integer.getInteger("bench.ramp", 60)),
                    Duration.ofSeconds(Integer.getInteger("bench.thinkMin", 5)),
                    Duration.ofSeconds(Integer.getInteger("bench.thinkMax", 15)), 0, script());
            Duration[] cpuBefore = server.cpu();
            long driverBefore = driverCpuNanos();
            var countersBefore = server.databaseCounters();
            var result = LoadDriver.run(server.base, server.slug, settings, () -> { });
            Duration[] cpuAfter = server.cpu();
            long driverAfter = driverCpuNanos();
            var countersAfter = server.databaseCounters();
            String label = takers + " takers";
            LoadDriver.report(label, result).forEach(System.out::println);
            long stepCount = result.times.containsKey("step") ? result.times.get("step").sorted().length : 0;
            var perStep = new StringBuilder();
            countersAfter.forEach((name, value) -> perStep.append(String.format(" %s %.2f", name,
                    (value - countersBefore.getOrDefault(name, 0L)) / (double) Math.max(1, stepCount))));
            System.out.printf("BENCH survey-load %s MariaDB per step (everything the run did, over its steps):%s%n",
                    label, perStep);
            double wall = result.wallNanos / 1e9;
            double appCpu = cpuAfter[0].minus(cpuBefore[0]).toNanos() / 1e9;
            double dbCpu = cpuAfter[1].minus(cpuBefore[1]).toNanos() / 1e9;
            double driverCpu = (driverAfter - driverBefore) / 1e9;
            System.out.printf("BENCH survey-load %s CPU over %.0f s: app %.0f s (%.2f cores), MariaDB %.0f s (%.2f "
                    + "cores), driver %.0f s (%.2f cores); per taker (open, 20 questions, send): app %.0f ms, "
                    + "MariaDB %.0f ms; %.1f steps/s%n", label, wall, appCpu, appCpu / wall, dbCpu, dbCpu / wall,
                    driverCpu, driverCpu / wall, appCpu * 1000 / Math.max(1, result.finished.get()),
                    dbCpu * 1000 / Math.max(1, result.finished.get()), stepCount / wall);
            long[] steps = result.times.containsKey("step") ? result.times.get("step").sorted() : new long[0];
            double p95 = LoadDriver.Samples.millis(steps, 0.95);
            System.out.printf("BENCH survey-load %s: p95 server time per step %.1f ms (goal <= %.0f ms at >= %d "
                    + "takers with no errors: %s; errors %d)%n", label, p95, GOAL_P95_MS, GOAL_TAKERS,
                    versus(p95, GOAL_P95_MS, "ms"), result.errorCount());
            System.out.printf("BENCH survey-load %s: server heap after full GC at the end %.0f MB%n", label,
                    server.heapAfterFullGc() / 1048576.0);
            server.verify(label, result, mismatches);
        }
    }

    private static boolean script() {
        return Boolean.parseBoolean(System.getProperty("bench.script", "true"));
    }

    private static long driverCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    static String versus(double figure, double goal, String unit) {
        if (Double.isNaN(figure)) {
            return "not measured";
        }
        return figure <= goal ? String.format("meets it, %.1f %s under", goal - figure, unit)
                : String.format("misses it by %.1f %s, %.1fx the goal", figure - goal, unit, figure / goal);
    }

    /** The app in its own JVM, with a published bench survey. */
    static final class Server implements AutoCloseable {

        final Process process;
        final Writer commands;
        final URI base;
        final String slug;
        final Properties ready;
        private final Path folder;
        private int finishedBefore;
        private long rowsBefore;

        private Server(Process process, Path folder, Properties ready) {
            this.process = process;
            this.folder = folder;
            this.ready = ready;
            this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            this.base = URI.create("http://localhost:" + ready.getProperty("port") + "/");
            this.slug = ready.getProperty("slug");
        }

        static Server start(String name) throws IOException, InterruptedException {
            Path folder = Path.of("target", "bench-server").toAbsolutePath();
            Files.createDirectories(folder);
            Path readyFile = folder.resolve(name + ".ready");
            Files.deleteIfExists(readyFile);
            var command = new ArrayList<String>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(Arrays.asList(System.getProperty("bench.serverJvm", "-Xmx1g").split(" ")));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchServer.class.getName(),
                    readyFile.toString()));
            var builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(folder.resolve(name + ".log").toFile());
            builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
            Process process = builder.start();
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (!Files.exists(readyFile)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("The bench server did not start; see " + folder.resolve(name
                            + ".log"));
                }
                Thread.sleep(500);
            }
            var ready = new Properties();
            try (var in = Files.newBufferedReader(readyFile)) {
                ready.load(in);
            }
            // The safeguarding screening builds its phrase list and trains its classifier once, on a background
            // thread after start (about a core for 20-50 s here): a one-off at start, not part of what a step costs,
            // so the takers come once it is done.
            Path log = folder.resolve(name + ".log");
            while (!Files.readString(log, StandardCharsets.ISO_8859_1).contains("Screening built in")) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("The bench server's screening was not built; see " + log);
                }
                Thread.sleep(500);
            }
            System.out.printf("BENCH survey-load server (%s) pid %d, JVM %s, %d cores, load average %.1f%n", name,
                    process.pid(), System.getProperty("bench.serverJvm", "-Xmx1g"),
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            return new Server(process, folder, ready);
        }

        /** A few takers straight through, so the JIT has compiled the hot paths before anything is measured. */
        void warmUp() throws InterruptedException {
            var result = LoadDriver.run(base, slug, new LoadDriver.Settings(WARM_UP_TAKERS,
                    Duration.ofSeconds(2), Duration.ZERO, Duration.ZERO, 0, script()), () -> { });
            finishedBefore = result.finished.get();
            rowsBefore = result.answerRows.get();
            if (result.errorCount() > 0) {
                System.out.println("BENCH survey-load warm-up errors: " + result.errorSummary());
            }
        }

        long heapAfterFullGc() throws IOException, InterruptedException {
            Path answer = folder.resolve("heap-" + System.nanoTime());
            commands.write("heap " + answer + "\n");
            commands.flush();
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!Files.exists(answer) || Files.size(answer) == 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The bench server did not say its heap");
                }
                Thread.sleep(200);
            }
            Thread.sleep(100);
            long bytes = Long.parseLong(Files.readString(answer).strip());
            Files.delete(answer);
            return bytes;
        }

        /** CPU time used so far by the app's JVM and by its embedded MariaDB (a child process). */
        Duration[] cpu() {
            Duration app = process.info().totalCpuDuration().orElse(Duration.ZERO);
            Duration db = process.descendants().map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                    .reduce(Duration.ZERO, Duration::plus);
            return new Duration[] {app, db};
        }

        /**
         * What is on the server's heap after a full collection, class by class, in
         * target/bench-server/histogram-NAME.txt; gives the total bytes of live objects.
         */
        long histogram(String name) throws IOException, InterruptedException {
            Path out = folder.resolve("histogram-" + name + ".txt");
            new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), "GC.class_histogram").redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start().waitFor(2, java.util.concurrent.TimeUnit.MINUTES);
            var total = Files.readAllLines(out).stream().filter(l -> l.startsWith("Total")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No total in " + out));
            var figures = total.strip().split("\\s+");
            return Long.parseLong(figures[figures.length - 1]);
        }

        /** MariaDB's own counters (SHOW GLOBAL STATUS) that say where a step's database time goes. */
        java.util.Map<String, Long> databaseCounters() throws SQLException {
            var counters = new java.util.LinkedHashMap<String, Long>();
            try (var c = DriverManager.getConnection(ready.getProperty("jdbc"), ready.getProperty("user"),
                    ready.getProperty("password")); var s = c.createStatement();
                    var rs = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Com_commit', "
                            + "'Com_set_option', 'Created_tmp_disk_tables', 'Innodb_row_lock_waits', "
                            + "'Innodb_row_lock_time', 'Innodb_deadlocks', 'Innodb_data_fsyncs', "
                            + "'Innodb_os_log_fsyncs')")) {
                while (rs.next()) {
                    counters.put(rs.getString(1), rs.getLong(2));
                }
            }
            return counters;
        }

        /** The answers really are in the database: one row per option chosen, number given or text written. */
        void verify(String label, LoadDriver.Result result, List<String> mismatches) throws SQLException {
            try (var c = DriverManager.getConnection(ready.getProperty("jdbc"), ready.getProperty("user"),
                    ready.getProperty("password")); var s = c.createStatement()) {
                var sent = s.executeQuery("SELECT COUNT(*) FROM survey_response WHERE status = 'SUBMITTED'");
                sent.next();
                long responses = sent.getLong(1);
                var rows = s.executeQuery("SELECT COUNT(*) FROM survey_answer a JOIN survey_response r "
                        + "ON r.id = a.response_id WHERE r.status = 'SUBMITTED'");
                rows.next();
                long answers = rows.getLong(1);
                long expected = finishedBefore + result.finished.get();
                long expectedRows = rowsBefore + result.answerRows.get();
                boolean stored = responses == expected && answers == expectedRows;
                System.out.printf("BENCH survey-load %s stored: %d responses sent (driver finished %d), %d answer rows "
                        + "(expected %d) -> %s%n", label, responses, expected, answers, expectedRows,
                        stored ? "every answer stored" : "MISMATCH");
                if (!stored) {
                    mismatches.add(label);
                }
            }
        }

        @Override
        public void close() throws Exception {
            commands.close(); // end of input: the server stops itself
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }
}
