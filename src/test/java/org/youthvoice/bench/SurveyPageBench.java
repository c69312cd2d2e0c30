package org.youthvoice.bench;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyService;

/**
 * A young person's first load of a survey on a phone, empty cache: the compressed bytes over the wire up to the first
 * question, against the floor (a plain HTML form of the same questions, gzipped, served by the test), and the time to
 * the first question under Chromium's "Slow 4G" network emulation. Run with
 * {@code ./mvnw verify -Pbench -Dit.test=SurveyPageBench}; figures only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SurveyPageBench {

    /** Chrome DevTools' "Slow 4G" preset (NetworkManager.ts, Slow4GConditions): 1.6 Mbps x 0.9 down, 750 kbps x 0.9 up, 150 ms x 3.75 latency. */
    static final double SLOW_4G_DOWN = 1.6 * 1000 * 1000 / 8 * .9;
    static final double SLOW_4G_UP = 750 * 1000 / 8 * .9;
    static final double SLOW_4G_LATENCY = 150 * 3.75;
    private static final double GOAL_KB = 250;
    private static final double GOAL_SECONDS = 3;
    private static final int RUNS = 3;

    @LocalServerPort
    int port;

    @Autowired
    SurveyService surveys;

    record Load(long bytes, int requests, List<String> biggest) {
    }

    @Test
    void print_survey_page_weight_and_time_to_first_question_on_slow_4g() throws IOException {
        String slug = BenchSurvey.publish(surveys, "Bench survey " + System.nanoTime());
        HttpServer floorServer = floorServer();
        String floorUrl = "http://localhost:" + floorServer.getAddress().getPort() + "/floor.html";
        try (var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = launch(playwright);

            Load survey = weigh(browser, page -> firstQuestion(page, slug));
            Load floor = weigh(browser, page -> {
                page.navigate(floorUrl);
                page.getByText("Question 1 of 20").waitFor();
            });
            double kb = survey.bytes() / 1024.0;
            double floorKb = floor.bytes() / 1024.0;
            System.out.printf("BENCH survey-weight first load to question 1 (phone, empty cache): %.1f KB in %d "
                    + "requests (goal <= %.0f KB: %s)%n", kb, survey.requests(), GOAL_KB,
                    SurveyLoadBench.versus(kb, GOAL_KB, "KB"));
            System.out.printf("BENCH survey-weight floor, a plain HTML form of the same 20 questions: %.1f KB in %d "
                    + "request(s)%n", floorKb, floor.requests());
            System.out.printf("BENCH survey-weight survey / floor = %.1fx (goal <= 2x: %s)%n", kb / floorKb,
                    kb / floorKb <= 2 ? "meets it" : String.format("misses it; 2x the floor is %.1f KB, %.1f KB over",
                            2 * floorKb, kb - 2 * floorKb));
            survey.biggest().forEach(line -> System.out.println("BENCH survey-weight   biggest: " + line));

            var times = new ArrayList<Double>();
            var welcomes = new ArrayList<Double>();
            for (int run = 0; run < RUNS; run++) {
                double[] t = timeOnSlow4g(browser, slug, 1);
                welcomes.add(t[0]);
                times.add(t[1]);
            }
            double median = times.stream().sorted().toList().get(RUNS / 2);
            System.out.printf("BENCH survey-slow4g time to question 1 on Slow 4G (%.0f kB/s down, %.0f kB/s up, "
                    + "%.1f ms latency), empty cache, median of %d: %.2f s (runs %s; welcome screen at %s) "
                    + "(goal <= %.0f s: %s)%n", SLOW_4G_DOWN / 1000, SLOW_4G_UP / 1000, SLOW_4G_LATENCY, RUNS, median,
                    format(times), format(welcomes), GOAL_SECONDS, SurveyLoadBench.versus(median, GOAL_SECONDS, "s"));
            double[] cpu = timeOnSlow4g(browser, slug, 4);
            System.out.printf("BENCH survey-slow4g the same with 4x CPU slowdown (as Lighthouse's mobile run): "
                    + "%.2f s (welcome screen at %.2f s)%n", cpu[1], cpu[0]);
            double floorTime = timeFloorOnSlow4g(browser, floorUrl);
            System.out.printf("BENCH survey-slow4g floor page on Slow 4G: %.2f s%n", floorTime);
            browser.close();
        } finally {
            floorServer.stop(0);
        }
    }

    private static String format(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format("%.2f", v)).toList());
    }

    static Browser launch(Playwright playwright) {
        var options = new BrowserType.LaunchOptions().setArgs(List.of("--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"));
        String executable = System.getProperty("playwright.chromium", "/usr/bin/chromium");
        if (!executable.isBlank()) {
            options.setExecutablePath(Path.of(executable));
        }
        return playwright.chromium().launch(options);
    }

    private BrowserContext phone(Browser browser) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setBaseURL("http://localhost:" + port + "/"));
    }

    private static CDPSession noCache(BrowserContext context, Page page) {
        var cdp = context.newCDPSession(page);
        var noCache = new JsonObject();
        noCache.addProperty("cacheDisabled", true);
        cdp.send("Network.enable");
        cdp.send("Network.setCacheDisabled", noCache);
        return cdp;
    }

    /** Opens the survey, chooses a version, taps Start and waits for question 1. */
    private static void firstQuestion(Page page, String slug) {
        page.navigate("s/" + slug);
        page.getByText("I am 11 to 17").tap();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).tap();
        page.getByText("Question 1 of 20").waitFor();
    }

    private Load weigh(Browser browser, java.util.function.Consumer<Page> visit) {
        try (var context = phone(browser)) {
            Page page = context.newPage();
            noCache(context, page);
            var requests = new ArrayList<Request>();
            page.onRequestFinished(requests::add);
            visit.accept(page);
            page.waitForTimeout(1500); // anything still arriving for this screen
            long total = 0;
            var sized = new ArrayList<Map.Entry<Long, String>>();
            for (var request : requests) {
                var sizes = request.sizes();
                long bytes = Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize);
                total += bytes;
                String url = request.url().replaceFirst("^https?://[^/]+/", "/");
                sized.add(Map.entry(bytes, (url.length() > 70 ? url.substring(0, 70) + "..." : url)));
            }
            var biggest = sized.stream().sorted(Map.Entry.<Long, String>comparingByKey().reversed()).limit(6)
                    .map(e -> String.format("%6.1f KB %s", e.getKey() / 1024.0, e.getValue())).toList();
            return new Load(total, requests.size(), biggest);
        }
    }

    /** Seconds from the start of navigation to the welcome screen and to question 1 (tapping as soon as possible). */
    private double[] timeOnSlow4g(Browser browser, String slug, int cpuSlowdown) {
        try (var context = phone(browser)) {
            Page page = context.newPage();
            var cdp = noCache(context, page);
            slow4g(cdp);
            if (cpuSlowdown > 1) {
                var rate = new JsonObject();
                rate.addProperty("rate", cpuSlowdown);
                cdp.send("Emulation.setCPUThrottlingRate", rate);
            }
            var finished = new ArrayList<Request>();
            page.onRequestFinished(finished::add);
            long start = System.nanoTime();
            page.navigate("s/" + slug, new Page.NavigateOptions().setTimeout(120_000));
            page.getByText("I am 11 to 17").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setTimeout(120_000));
            double welcome = (System.nanoTime() - start) / 1e9;
            page.getByText("I am 11 to 17").tap();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).tap();
            page.getByText("Question 1 of 20").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setTimeout(120_000));
            double first = (System.nanoTime() - start) / 1e9;
            if (Boolean.getBoolean("bench.waterfall")) {
                waterfall(finished);
            }
            return new double[] {welcome, first};
        }
    }

    /** When each request started and ended, from the first one: which round trips wait for which. */
    private static void waterfall(List<Request> requests) {
        if (requests.isEmpty()) {
            return;
        }
        double zero = requests.stream().mapToDouble(r -> r.timing().startTime).min().orElse(0);
        requests.stream().sorted(Comparator.comparingDouble(r -> r.timing().startTime)).forEach(r -> {
            var t = r.timing();
            String url = r.url().replaceFirst("^https?://[^/]+/", "/");
            System.out.printf("BENCH survey-slow4g   waterfall %6.2f s -> %6.2f s %s %s%n",
                    (t.startTime - zero) / 1000, (t.startTime + t.responseEnd - zero) / 1000, r.method(),
                    url.length() > 90 ? url.substring(0, 90) + "..." : url);
        });
    }

    private double timeFloorOnSlow4g(Browser browser, String url) {
        try (var context = phone(browser)) {
            Page page = context.newPage();
            slow4g(noCache(context, page));
            long start = System.nanoTime();
            page.navigate(url);
            page.getByText("Question 1 of 20").waitFor();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static void slow4g(CDPSession cdp) {
        var conditions = new JsonObject();
        conditions.addProperty("offline", false);
        conditions.addProperty("latency", SLOW_4G_LATENCY);
        conditions.addProperty("downloadThroughput", SLOW_4G_DOWN);
        conditions.addProperty("uploadThroughput", SLOW_4G_UP);
        cdp.send("Network.emulateNetworkConditions", conditions);
    }

    /** The floor: the same survey as one plain HTML form, no script, a few lines of style, gzipped as the app does. */
    static String floorHtml() {
        var html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>Bench survey</title>
                <style>body{font:18px/1.5 system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem}
                fieldset{border:0;padding:0;margin:0 0 2rem}legend{font-size:1.4rem;font-weight:700}
                label{display:flex;gap:.75rem;align-items:center;min-height:48px}input{width:24px;height:24px}
                textarea{width:100%;min-height:6rem;font:inherit}button{font:inherit;min-height:48px;padding:0 2rem}
                </style></head><body><main><h1>Bench survey</h1><p>Tell us how things are for you.</p>
                <form method="post" action="/answers">
                """);
        int number = 1;
        for (QuestionDefinition q : BenchSurvey.questions()) {
            html.append("<fieldset><p>Question ").append(number).append(" of 20</p><legend>").append(q.text())
                    .append("</legend>\n");
            String type = q.kind() == QuestionKind.MULTIPLE_CHOICE ? "checkbox" : "radio";
            if (q.kind() == QuestionKind.SCALE_0_10) {
                for (int n = 0; n <= 10; n++) {
                    String label = n == 0 ? "0 – " + q.lowLabel() : n == 10 ? "10 – " + q.highLabel()
                            : String.valueOf(n);
                    html.append("<label><input type=radio name=").append(q.key()).append(" value=").append(n)
                            .append(">").append(label).append("</label>\n");
                }
            } else if (q.kind() == QuestionKind.FREE_TEXT) {
                html.append("<label for=").append(q.key()).append(">Type your answer</label><textarea id=")
                        .append(q.key()).append(" name=").append(q.key()).append(" maxlength=")
                        .append(q.maxLength()).append("></textarea>\n");
            } else {
                for (var o : q.options()) {
                    html.append("<label><input type=").append(type).append(" name=").append(q.key())
                            .append(" value=").append(o.key()).append(">").append(o.label()).append("</label>\n");
                }
            }
            html.append("</fieldset>\n");
            number++;
        }
        html.append("<button>Send my answers</button></form></main></body></html>\n");
        return html.toString();
    }

    private static HttpServer floorServer() throws IOException {
        byte[] gzipped;
        try (var out = new ByteArrayOutputStream(); var gzip = new GZIPOutputStream(out)) {
            gzip.write(floorHtml().getBytes(StandardCharsets.UTF_8));
            gzip.finish();
            gzipped = out.toByteArray();
        }
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/floor.html", exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                exchange.sendResponseHeaders(200, gzipped.length);
                exchange.getResponseBody().write(gzipped);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        server.start();
        return server;
    }
}
