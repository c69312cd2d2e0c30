package org.youthvoice.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many young people answering the bench survey at once on the plain HTML pages, each on a virtual thread with its own
 * HTTP client (so its own keep-alive connection, as a phone has) and its own cookies ({@link SurveyTaker}). They start
 * spread over a ramp, think between reading a question and answering it and between answering and tapping Next, and
 * the driver keeps every round trip's time.
 */
final class LoadDriver {

    static {
        // Idle keep-alive connections are dropped before the server's own timeout closes them under us.
        System.setProperty("jdk.httpclient.keepalive.timeout", "15");
    }

    /** One executor for every taker's HTTP client: virtual threads, so thousands of clients cost no thread pools. */
    private static final java.util.concurrent.ExecutorService EXECUTOR = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * @param holdAt  with more than 0, every taker stops on that question until the driver lets them go
     * @param script  whether the takers' phones run the page's script (each choice saved as it is made)
     * @param retry   whether a request that gets no answer (the connection dropped) or 503 is sent again after a
     *                second, as the page's script sends a kept answer again (for {@code bench/two-nodes.sh}, which
     *                kills a node mid-survey)
     */
    record Settings(int takers, Duration ramp, Duration thinkMin, Duration thinkMax, int holdAt, boolean script,
            boolean retry) {

        Settings(int takers, Duration ramp, Duration thinkMin, Duration thinkMax, int holdAt, boolean script) {
            this(takers, ramp, thinkMin, thinkMax, holdAt, script, false);
        }
    }

    /** Round-trip times by kind (open, start, step, send, answer, request) and errors by kind. */
    static final class Result {
        final int takers;
        final AtomicInteger finished = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        /** Answer rows the finished takers' sent responses should have in the database. */
        final AtomicLong answerRows = new AtomicLong();
        final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        final Map<String, String> firstError = new ConcurrentHashMap<>();
        final Map<String, Samples> times = new ConcurrentHashMap<>();
        final AtomicLong started = new AtomicLong(System.nanoTime());
        long wallNanos;

        Result(int takers) {
            this.takers = takers;
        }

        void record(String kind, long nanos) {
            times.computeIfAbsent(kind, k -> new Samples()).add(nanos);
        }

        int errorCount() {
            return errors.values().stream().mapToInt(AtomicInteger::get).sum();
        }

        String errorSummary() {
            if (errors.isEmpty()) {
                return "none";
            }
            var out = new StringBuilder();
            new TreeMap<>(errors).forEach((k, v) -> out.append(k).append(" x").append(v.get()).append(" (e.g. ")
                    .append(firstError.get(k)).append("); "));
            return out.toString();
        }
    }

    /** A growable array of nanosecond samples. */
    static final class Samples {
        private long[] values = new long[1024];
        private int size;

        synchronized void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }

        static double millis(long[] sorted, double quantile) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1_000_000.0;
        }
    }

    private LoadDriver() {
    }

    /** A phone's browser: one client, HTTP/1.1, redirects followed by the taker (to keep each hop's cookies). */
    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NEVER).executor(EXECUTOR).build();
    }

    /**
     * Runs the takers to the end of the survey. With {@code holdAt > 0} every taker stops when question
     * {@code holdAt} is on screen; when all are there, each loads its question again (so each has its connection
     * open, as a phone that has just loaded a page), then {@code atHold} runs, then they carry on.
     */
    static Result run(URI base, String slug, Settings settings, Runnable atHold) throws InterruptedException {
        return run(base, slug, settings, atHold, new Result(settings.takers()));
    }

    /** The same, filling a result the caller can watch while the takers run. */
    static Result run(URI base, String slug, Settings settings, Runnable atHold, Result result)
            throws InterruptedException {
        var reached = new CountDownLatch(settings.takers());
        var reload = new CountDownLatch(1);
        var reloaded = new CountDownLatch(settings.takers());
        var release = new CountDownLatch(1);
        var threads = new ArrayList<Thread>();
        long rampNanos = settings.ramp().toNanos();
        long begin = System.nanoTime();
        for (int i = 0; i < settings.takers(); i++) {
            long startAt = begin + (settings.takers() <= 1 ? 0 : rampNanos * i / settings.takers());
            int number = i;
            threads.add(Thread.ofVirtual().name("taker-" + i).start(() -> {
                var random = new Random(number * 7919L + 17);
                boolean counted = false;
                boolean reloadCounted = false;
                try (var http = clientAt(startAt)) {
                    var taker = new SurveyTaker(http, base, slug, random, result::record, settings.script(),
                            settings.retry());
                    taker.open();
                    sleep(think(settings, random, 0.3));
                    taker.start();
                    while (!taker.finished()) {
                        if (settings.holdAt() > 0 && !counted && taker.progress() >= settings.holdAt()) {
                            counted = true;
                            reached.countDown();
                            reload.await();
                            try {
                                taker.reload();
                            } finally {
                                reloadCounted = true;
                                reloaded.countDown();
                            }
                            release.await();
                        }
                        taker.answer(think(settings, random, 0.7), think(settings, random, 0.3));
                    }
                    result.finished.incrementAndGet();
                    result.answerRows.addAndGet(taker.answerRows());
                } catch (SurveyTaker.TakerException e) {
                    result.failed.incrementAndGet();
                    result.errors.computeIfAbsent(e.kind, k -> new AtomicInteger()).incrementAndGet();
                    result.firstError.putIfAbsent(e.kind, e.getMessage());
                } catch (RuntimeException e) {
                    if (Boolean.getBoolean("bench.debug")) {
                        e.printStackTrace();
                    }
                    result.failed.incrementAndGet();
                    String kind = e.getClass().getSimpleName();
                    result.errors.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                    result.firstError.putIfAbsent(kind, String.valueOf(e.getMessage()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    if (!counted) {
                        reached.countDown();
                    }
                    if (!reloadCounted) {
                        reloaded.countDown();
                    }
                }
            }));
        }
        if (settings.holdAt() > 0) {
            reached.await();
            reload.countDown();
            reloaded.await();
            atHold.run();
            release.countDown();
        }
        for (var thread : threads) {
            thread.join();
        }
        result.wallNanos = System.nanoTime() - begin;
        return result;
    }

    /** The taker's phone, from its start time (so thousands of clients do not sit idle before their takers start). */
    private static HttpClient clientAt(long nanoTime) throws InterruptedException {
        sleepUntil(nanoTime);
        return client();
    }

    private static Duration think(Settings settings, Random random, double share) {
        long min = settings.thinkMin().toMillis();
        long max = settings.thinkMax().toMillis();
        long millis = min + (max > min ? (long) (random.nextDouble() * (max - min)) : 0);
        return Duration.ofMillis((long) (millis * share));
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static void sleep(Duration duration) throws InterruptedException {
        if (!duration.isZero()) {
            Thread.sleep(duration);
        }
    }

    static List<String> report(String label, Result result) {
        var lines = new ArrayList<String>();
        for (String kind : List.of("step", "answer", "request", "open", "start", "send")) {
            var samples = result.times.get(kind);
            if (samples == null) {
                continue;
            }
            long[] sorted = samples.sorted();
            lines.add(String.format("BENCH survey-load %s %-7s n=%-6d p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  "
                    + "max %7.1f ms", label, kind, sorted.length, Samples.millis(sorted, 0.50),
                    Samples.millis(sorted, 0.95), Samples.millis(sorted, 0.99), Samples.millis(sorted, 1.0)));
        }
        lines.add(String.format("BENCH survey-load %s finished %d of %d takers in %.0f s; errors: %d (%s)", label,
                result.finished.get(), result.takers, result.wallNanos / 1e9, result.errorCount(),
                result.errorSummary()));
        return lines;
    }

    /**
     * Runs against a server that is already up: {@code LoadDriver BASE_URL SLUG TAKERS [RAMP_S THINK_MIN_S
     * THINK_MAX_S]}, e.g. {@code http://localhost:8080/ 0123abcd... 100 10 5 15}.
     */
    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int takers = Integer.parseInt(args[2]);
        var settings = new Settings(takers, Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 10),
                Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 5),
                Duration.ofSeconds(args.length > 5 ? Long.parseLong(args[5]) : 15), 0,
                !Boolean.getBoolean("bench.noScript"));
        var result = run(base, args[1], settings, () -> { });
        report(takers + " takers", result).forEach(System.out::println);
    }
}
