package org.youthvoice.bench;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitUntilState;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.youthvoice.base.i18n.CouncilMessages;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyService;

/**
 * A young person opening a survey link on a phone, empty cache: the welcome page, a version chosen, Start, question
 * 1, then Next to question 2. Measured on the app's plain HTML pages and, in the same run, on the floor: the same
 * screens as two plain HTML pages (a welcome page whose form leads straight to question 1, whose form leads straight
 * to question 2), gzipped and served by the test's own HTTP server. Compressed bytes and requests to question 1, the
 * time to question 1 under Chromium's "Slow 4G" (median of 3, and once with 4x CPU slowdown) and the time from
 * tapping Next on question 1 to question 2. Run with {@code ./mvnw verify -Pbench -Dit.test=SurveyPageBench}
 * ({@code -Dbench.waterfall=true} also prints when each request started and ended); figures only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SurveyPageBench {

    /** Chrome DevTools' "Slow 4G" preset (NetworkManager.ts, Slow4GConditions): 1.6 Mbps x 0.9 down, 750 kbps x 0.9 up, 150 ms x 3.75 latency. */
    static final double SLOW_4G_DOWN = 1.6 * 1000 * 1000 / 8 * .9;
    static final double SLOW_4G_UP = 750 * 1000 / 8 * .9;
    static final double SLOW_4G_LATENCY = 150 * 3.75;
    private static final double GOAL_KB = 30;
    private static final double GOAL_SECONDS = 2.0;
    private static final double GOAL_SECONDS_SLOW_CPU = 2.5;
    private static final double GOAL_TIMES_FLOOR = 1.5;
    private static final double GOAL_NEXT_SECONDS = 1.0;
    private static final int RUNS = 3;
    private static final String VERSION = "I am 11 to 17";
    private static final double TIMEOUT_MS = 120_000;

    @LocalServerPort
    int port;

    @Autowired
    SurveyService surveys;

    @Autowired
    CouncilMessages messages;

    record Load(long bytes, int requests, List<String> biggest) {
    }

    /** Seconds from opening the link to the welcome page and to question 1, and from tapping Next to question 2. */
    record Timing(double welcome, double first, double next) {
    }

    @Test
    void print_survey_pages_weight_and_time_to_first_question_on_slow_4g_against_the_floor() throws IOException {
        String slug = BenchSurvey.publish(surveys, "Bench survey " + System.nanoTime());
        String ours = "http://localhost:" + port + "/s/" + slug;
        HttpServer floorServer = floorServer();
        String floor = "http://localhost:" + floorServer.getAddress().getPort() + "/floor/";
        try (var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = launch(playwright);

            Load survey = weigh(browser, ours);
            Load plain = weigh(browser, floor);
            double kb = survey.bytes() / 1024.0;
            double floorKb = plain.bytes() / 1024.0;
            System.out.printf(Locale.ROOT, "BENCH survey-weight to question 1 (open the link, choose a version, Start; "
                    + "phone, empty cache): %.1f KB in %d requests (goal <= %.0f KB: %s)%n", kb, survey.requests(),
                    GOAL_KB, SurveyLoadBench.versus(kb, GOAL_KB, "KB"));
            System.out.printf(Locale.ROOT, "BENCH survey-weight floor, the same screens as two plain HTML pages: "
                    + "%.1f KB in %d requests; survey / floor = %.1fx the bytes, %d more requests%n", floorKb,
                    plain.requests(), kb / floorKb, survey.requests() - plain.requests());
            survey.biggest().forEach(line -> System.out.println("BENCH survey-weight   ours:  " + line));
            plain.biggest().forEach(line -> System.out.println("BENCH survey-weight   floor: " + line));

            var runs = new ArrayList<Timing>();
            var floorRuns = new ArrayList<Timing>();
            for (int run = 0; run < RUNS; run++) {
                runs.add(time(browser, ours, 1, Boolean.getBoolean("bench.waterfall") && run == RUNS - 1));
                floorRuns.add(time(browser, floor, 1, false));
            }
            double first = median(runs, Timing::first);
            double floorFirst = median(floorRuns, Timing::first);
            System.out.printf(Locale.ROOT, "BENCH survey-slow4g time to question 1 on Slow 4G (%.0f kB/s down, %.0f kB/s "
                    + "up, %.1f ms latency) from opening the link, version chosen, Start; empty cache, median of %d: "
                    + "%.2f s (runs %s; welcome page at %s) (goal <= %.1f s: %s)%n", SLOW_4G_DOWN / 1000,
                    SLOW_4G_UP / 1000, SLOW_4G_LATENCY, RUNS, first, format(runs, Timing::first),
                    format(runs, Timing::welcome), GOAL_SECONDS, SurveyLoadBench.versus(first, GOAL_SECONDS, "s"));
            System.out.printf(Locale.ROOT, "BENCH survey-slow4g floor, the same: %.2f s (runs %s; welcome page at %s); "
                    + "survey / floor = %.2fx (goal <= %.1fx: %s)%n", floorFirst, format(floorRuns, Timing::first),
                    format(floorRuns, Timing::welcome), first / floorFirst, GOAL_TIMES_FLOOR,
                    ratio(first / floorFirst, GOAL_TIMES_FLOOR));

            Timing slow = time(browser, ours, 4, false);
            Timing floorSlow = time(browser, floor, 4, false);
            System.out.printf(Locale.ROOT, "BENCH survey-slow4g the same with 4x CPU slowdown (as Lighthouse's mobile "
                    + "run): %.2f s (welcome page at %.2f s) (goal <= %.1f s: %s); floor %.2f s; survey / floor = "
                    + "%.2fx%n", slow.first(), slow.welcome(), GOAL_SECONDS_SLOW_CPU,
                    SurveyLoadBench.versus(slow.first(), GOAL_SECONDS_SLOW_CPU, "s"), floorSlow.first(),
                    slow.first() / floorSlow.first());

            double next = median(runs, Timing::next);
            double floorNext = median(floorRuns, Timing::next);
            System.out.printf(Locale.ROOT, "BENCH survey-next tapping Next on question 1 to question 2 showing, Slow 4G, "
                    + "median of %d: %.2f s (runs %s) (goal <= %.1f s: %s); floor %.2f s (runs %s); survey / floor = "
                    + "%.2fx; with 4x CPU slowdown %.2f s (floor %.2f s)%n", RUNS, next, format(runs, Timing::next),
                    GOAL_NEXT_SECONDS, SurveyLoadBench.versus(next, GOAL_NEXT_SECONDS, "s"), floorNext,
                    format(floorRuns, Timing::next), next / floorNext, slow.next(), floorSlow.next());
            browser.close();
        } finally {
            floorServer.stop(0);
        }
    }

    private static String ratio(double ratio, double goal) {
        return ratio <= goal ? "meets it" : String.format(Locale.ROOT, "misses it by %.2fx", ratio - goal);
    }

    private static double median(List<Timing> runs, java.util.function.ToDoubleFunction<Timing> what) {
        return runs.stream().mapToDouble(what).sorted().toArray()[runs.size() / 2];
    }

    private static String format(List<Timing> runs, java.util.function.ToDoubleFunction<Timing> what) {
        return String.join(", ", runs.stream().map(t -> String.format(Locale.ROOT, "%.2f", what.applyAsDouble(t)))
                .toList());
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

    /** A phone with an empty cache: every context starts with its own empty one (and keeps what it loads). */
    private static BrowserContext phone(Browser browser) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator text(Page page, String text) {
        return page.getByText(text, new Page.GetByTextOptions().setExact(true));
    }

    private static void waitFor(Locator locator) {
        locator.waitFor(new Locator.WaitForOptions().setTimeout(TIMEOUT_MS));
    }

    /** Opens the link (the welcome page shows), chooses a version, taps Start; question 1 shows. */
    private static double[] firstQuestion(Page page, String url) {
        long start = System.nanoTime();
        page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT).setTimeout(TIMEOUT_MS));
        waitFor(text(page, VERSION));
        double welcome = (System.nanoTime() - start) / 1e9;
        text(page, VERSION).tap();
        button(page, "Start").tap();
        waitFor(page.getByText("Question 1 of 20"));
        return new double[] {welcome, (System.nanoTime() - start) / 1e9};
    }

    /** Answers question 1, waits as a person would (the page's script saves the answer meanwhile), taps Next. */
    private static double nextQuestion(Page page) {
        text(page, "Yes").tap();
        page.waitForTimeout(2500);
        long start = System.nanoTime();
        button(page, "Next").tap();
        waitFor(page.getByText("Question 2 of 20"));
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Bytes over the wire (as DevTools' "Transferred": headers and compressed body, redirects included) and the
     * requests that went to the network, from opening the link to question 1; what the phone's cache served is not
     * counted.
     */
    private Load weigh(Browser browser, String url) {
        try (var context = phone(browser)) {
            Page page = context.newPage();
            CDPSession cdp = context.newCDPSession(page);
            cdp.send("Network.enable");
            var names = new java.util.HashMap<String, String>();
            var statuses = new java.util.HashMap<String, Integer>();
            var wire = new ArrayList<Map.Entry<Long, String>>();
            cdp.on("Network.requestWillBeSent", event -> {
                String id = event.get("requestId").getAsString();
                if (event.has("redirectResponse")) {
                    var redirect = event.getAsJsonObject("redirectResponse");
                    wire.add(Map.entry(redirect.get("encodedDataLength").getAsLong(), names.get(id) + " "
                            + redirect.get("status").getAsInt()));
                }
                var request = event.getAsJsonObject("request");
                names.put(id, request.get("method").getAsString() + " "
                        + request.get("url").getAsString().replaceFirst("^https?://[^/]+/", "/"));
            });
            cdp.on("Network.responseReceived", event -> statuses.put(event.get("requestId").getAsString(),
                    event.getAsJsonObject("response").get("status").getAsInt()));
            cdp.on("Network.loadingFinished", event -> {
                String id = event.get("requestId").getAsString();
                wire.add(Map.entry(event.get("encodedDataLength").getAsLong(), names.get(id) + " "
                        + statuses.get(id)));
            });
            firstQuestion(page, url);
            page.waitForTimeout(1500); // anything still arriving for this screen
            var sent = wire.stream().filter(e -> e.getKey() > 0).toList();
            long total = sent.stream().mapToLong(Map.Entry::getKey).sum();
            var biggest = sent.stream().sorted(Map.Entry.<Long, String>comparingByKey().reversed()).limit(6)
                    .map(e -> String.format(Locale.ROOT, "%6.1f KB %s", e.getKey() / 1024.0,
                            e.getValue().length() > 80 ? e.getValue().substring(0, 80) + "..." : e.getValue()))
                    .toList();
            return new Load(total, sent.size(), biggest);
        }
    }

    /** One phone on Slow 4G (and a slower CPU if asked): to question 1, then Next to question 2. */
    private static Timing time(Browser browser, String url, int cpuSlowdown, boolean waterfall) {
        try (var context = phone(browser)) {
            Page page = context.newPage();
            CDPSession cdp = context.newCDPSession(page);
            cdp.send("Network.enable");
            slow4g(cdp);
            if (cpuSlowdown > 1) {
                var rate = new JsonObject();
                rate.addProperty("rate", cpuSlowdown);
                cdp.send("Emulation.setCPUThrottlingRate", rate);
            }
            var finished = new ArrayList<Request>();
            page.onRequestFinished(finished::add);
            double[] first = firstQuestion(page, url);
            if (waterfall) {
                waterfall("to question 1", finished);
            }
            finished.clear();
            double next = nextQuestion(page);
            if (waterfall) {
                page.waitForTimeout(500);
                waterfall("question 1 to 2 (from the answer's tap)", finished);
            }
            return new Timing(first[0], first[1], next);
        }
    }

    /** When each request started and ended, from the first one: which round trips wait for which. */
    private static void waterfall(String what, List<Request> requests) {
        var copy = List.copyOf(requests);
        if (copy.isEmpty()) {
            return;
        }
        System.out.println("BENCH survey-slow4g   waterfall " + what + ":");
        double zero = copy.stream().mapToDouble(r -> r.timing().startTime).min().orElse(0);
        copy.stream().sorted(Comparator.comparingDouble(r -> r.timing().startTime)).forEach(r -> {
            var t = r.timing();
            String url = r.url().replaceFirst("^https?://[^/]+/", "/");
            var response = r.response();
            System.out.printf(Locale.ROOT, "BENCH survey-slow4g   waterfall %6.2f s -> %6.2f s %s %s %s%n",
                    (t.startTime - zero) / 1000, (t.startTime + t.responseEnd - zero) / 1000, r.method(),
                    url.length() > 90 ? url.substring(0, 90) + "..." : url,
                    response == null ? "" : String.valueOf(response.status()));
        });
    }

    private static void slow4g(CDPSession cdp) {
        var conditions = new JsonObject();
        conditions.addProperty("offline", false);
        conditions.addProperty("latency", SLOW_4G_LATENCY);
        conditions.addProperty("downloadThroughput", SLOW_4G_DOWN);
        conditions.addProperty("uploadThroughput", SLOW_4G_UP);
        cdp.send("Network.emulateNetworkConditions", conditions);
    }

    private static final String FLOOR_HEAD = """
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>
            <style>body{font:18px/1.5 system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem}
            fieldset{border:0;padding:0;margin:0 0 2rem}legend h1{font-size:1.4rem}
            label{display:flex;gap:.75rem;align-items:center;min-height:48px}input{width:24px;height:24px}
            .box{border:2px solid #555;padding:0 1rem}button{font:inherit;min-height:48px;padding:0 2rem}
            </style></head><body><main>
            """;

    /** The floor's welcome page: the title, the same "before you start" words, the versions and Start. */
    String floorWelcome() {
        var html = new StringBuilder(FLOOR_HEAD.formatted("Bench survey"));
        html.append("<h1>Bench survey</h1><p>Tell us how things are for you.</p>\n<div class=box><h2>")
                .append(words("survey.take.intro.title")).append("</h2>\n");
        for (String key : List.of("who", "noName", "safe", "skip")) {
            html.append("<p>").append(words("survey.take.intro." + key)).append("</p>\n");
        }
        html.append("</div>\n<form method=post action=q1><fieldset><legend>").append(words("survey.take.whichVersion"))
                .append("</legend>\n<label><input type=radio name=version value=1>I am 8 to 11</label>\n")
                .append("<label><input type=radio name=version value=2>" + VERSION + "</label>\n</fieldset>\n")
                .append("<button>Start</button></form></main></body></html>\n");
        return html.toString();
    }

    /** A floor page with one question (1-based) whose form leads to the next. */
    static String floorQuestion(int number) {
        QuestionDefinition q = BenchSurvey.questions().get(number - 1);
        var html = new StringBuilder(FLOOR_HEAD.formatted(q.text()));
        html.append("<p>Question ").append(number).append(" of 20</p>\n<form method=post action=q")
                .append(number + 1).append("><fieldset><legend><h1>").append(q.text()).append("</h1></legend>\n");
        String type = q.kind() == QuestionKind.MULTIPLE_CHOICE ? "checkbox" : "radio";
        if (q.kind() == QuestionKind.SCALE_0_10) {
            for (int n = 0; n <= 10; n++) {
                String label = n == 0 ? "0 – " + q.lowLabel() : n == 10 ? "10 – " + q.highLabel() : String.valueOf(n);
                html.append("<label><input type=radio name=number value=").append(n).append(">").append(label)
                        .append("</label>\n");
            }
        } else if (q.kind() == QuestionKind.FREE_TEXT) {
            html.append("<textarea name=text maxlength=").append(q.maxLength()).append("></textarea>\n");
        } else {
            for (var o : q.options()) {
                html.append("<label><input type=").append(type).append(" name=choice value=").append(o.key())
                        .append(">").append(o.label()).append("</label>\n");
            }
        }
        html.append("</fieldset><button>Next</button></form></main></body></html>\n");
        return html.toString();
    }

    private String words(String key) {
        return messages.getTranslation(key, Locale.ENGLISH);
    }

    /** The floor: plain pages, no script, a few lines of style, gzipped as the app does; forms answer at once. */
    private HttpServer floorServer() throws IOException {
        Map<String, byte[]> pages = Map.of("/floor/", gzip(floorWelcome()), "/floor/q1", gzip(floorQuestion(1)),
                "/floor/q2", gzip(floorQuestion(2)));
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/floor/", exchange -> serve(exchange, pages.get(exchange.getRequestURI().getPath())));
        server.start();
        return server;
    }

    private static void serve(HttpExchange exchange, byte[] page) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            if (page == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.getResponseHeaders().add("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
        }
    }

    private static byte[] gzip(String html) throws IOException {
        try (var out = new ByteArrayOutputStream()) {
            try (var gzip = new GZIPOutputStream(out)) {
                gzip.write(html.getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        }
    }
}
