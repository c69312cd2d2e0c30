package org.youthvoice.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.youthvoice.Application;
import org.youthvoice.survey.SurveyService;

/**
 * The Java half of {@code bench/two-nodes.sh} (not a test: run by the script with the test class path, never by
 * {@code ./mvnw verify}, with or without {@code -Pbench}).
 *
 * <ul>
 * <li>{@code setup FILE}: the app once more, on the settings the script gives in the environment (the primary
 *     database), just long enough to publish the bench survey ({@link BenchSurvey}) and open a city-wide ballot
 *     of 50 groups; writes {@code slug} and the groups' {@code codes} to FILE and stops.</li>
 * <li>{@code city BASE LABEL CODES SECONDS THREADS OUT_FILE}: votes in the city-wide ballot through BASE (see
 *     {@link #city}).</li>
 * <li>{@code meeting PROJECTOR_BASE VOTERS_BASE SETUP_FILE SECONDS OUT_FILE}: a meeting's projector in Chromium on one
 *     node while the forum's members vote on their phones through the other ({@link #meeting}).</li>
 * <li>{@code survey BASE SLUG TAKERS RAMP_S THINK_MIN_S THINK_MAX_S KILL_SHARE PID STATS_URL OUT_FILE}: young people
 *     answering it through the proxy at BASE ({@link LoadDriver}, phones with script, a request that gets no answer
 *     or 503 sent again, as the page's script does); once KILL_SHARE of all the steps are done, the process PID (node 1) is killed
 *     as {@code kill -9} does, and OUT_FILE.killed is written (the script then starts node 1 again). Prints the driver's figures and the proxy's count of answers per node, before the kill
 *     and at the end (from HAProxy's statistics in CSV at STATS_URL); writes them to OUT_FILE for the script's
 *     database checks.</li>
 * </ul>
 */
public final class TwoNodesDriver {

    private TwoNodesDriver() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> setup(Path.of(args[1]));
            case "survey" -> survey(args);
            case "city" -> city(args);
            case "meeting" -> meeting(args);
            default -> throw new IllegalArgumentException("setup, survey, city or meeting, not " + args[0]);
        }
    }

    private static void setup(Path out) throws Exception {
        var app = new SpringApplication(Application.class);
        var context = app.run("--server.port=0", "--logging.level.root=warn");
        var surveys = context.getBean(SurveyService.class);
        String slug = BenchSurvey.publish(surveys, "Two nodes bench survey " + System.nanoTime());
        // A city-wide ballot as VotingBench's: 50 groups, 15 topics, rank the top 2.
        var city = context.getBean(org.youthvoice.voting.internal.CityBallotService.class);
        var ballots = context.getBean(org.youthvoice.voting.BallotService.class);
        var groups = new java.util.ArrayList<org.youthvoice.voting.internal.NewGroup>();
        for (int g = 0; g < 50; g++) {
            groups.add(new org.youthvoice.voting.internal.NewGroup("School " + g, 1_000_000));
        }
        var topics = new java.util.ArrayList<String>();
        for (int t = 1; t <= 15; t++) {
            topics.add("Topic " + t);
        }
        String codes = org.youthvoice.base.SystemTask.runAs(() -> {
            long b = city.create(new org.youthvoice.voting.internal.NewCityBallot(
                    "Two nodes bench " + System.nanoTime(), true, topics, groups, null, null, java.util.Set.of()));
            ballots.open(b);
            return String.join(",",
                    city.groups(b).stream().map(org.youthvoice.voting.internal.CityGroup::code).toList());
        }, org.youthvoice.security.Roles.OFFICER);
        // A forum meeting: members with passphrases, a single-choice ballot open, its projector's code.
        var accounts = context.getBean(org.youthvoice.people.AccountService.class);
        var forums = context.getBean(org.youthvoice.voting.internal.ForumService.class);
        var members = new java.util.ArrayList<String>();
        String meeting = org.youthvoice.base.SystemTask.runAs(() -> {
            long forum = forums.create("Two nodes bench forum " + System.nanoTime(), null);
            for (int m = 0; m < MEETING_MEMBERS; m++) {
                var issued = accounts.createMember(new org.youthvoice.people.NewMember("bench-" + System.nanoTime()
                        + "-" + m, "Member " + m, null, org.youthvoice.people.SecretKind.PASSPHRASE));
                forums.addMember(forum, issued.accountId());
                members.add(issued.username() + ":" + issued.secret());
            }
            long b = ballots.create(new org.youthvoice.voting.NewBallot(forum,
                    org.youthvoice.voting.BallotKind.SINGLE_CHOICE, "Which should the forum take on first?", List.of(
                            new org.youthvoice.voting.NewBallotOption("Buses", null),
                            new org.youthvoice.voting.NewBallotOption("Parks", null),
                            new org.youthvoice.voting.NewBallotOption("Clubs", null)), true, 1, 0, null, false, null,
                    null, java.util.Set.of()));
            ballots.open(b);
            return b + "/" + ballots.get(b).orElseThrow().meetingCode();
        }, org.youthvoice.security.Roles.OFFICER);
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.writeString(tmp, "slug=" + slug + "\ncodes=" + codes + "\nballot=" + meeting.split("/")[0]
                + "\nmeeting=" + meeting.split("/")[1] + "\nmembers=" + String.join(",", members) + "\n");
        Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
        context.close();
        System.exit(0);
    }

    private static void survey(String[] args) throws Exception {
        URI base = URI.create(args[1]);
        String slug = args[2];
        int takers = Integer.parseInt(args[3]);
        var settings = new LoadDriver.Settings(takers, Duration.ofSeconds(Long.parseLong(args[4])),
                Duration.ofSeconds(Long.parseLong(args[5])), Duration.ofSeconds(Long.parseLong(args[6])), 0, true, true);
        double killShare = Double.parseDouble(args[7]);
        long pid = Long.parseLong(args[8]);
        URI stats = URI.create(args[9]);
        Path out = Path.of(args[10]);
        var result = new LoadDriver.Result(takers);
        long allSteps = (long) takers * (BenchSurvey.QUESTIONS - 1);
        var figures = new LinkedHashMap<String, String>();
        var killer = Thread.ofPlatform().daemon().start(() -> {
            try {
                while (steps(result) < allSteps * killShare) {
                    Thread.sleep(100);
                }
                var before = answersPerNode(stats);
                long stepsDone = steps(result);
                var node = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("No process " + pid));
                boolean killed = node.destroyForcibly(); // SIGKILL, as kill -9
                node.onExit().get();
                long at = System.nanoTime();
                figures.put("kill.steps", Long.toString(stepsDone));
                figures.put("kill.seconds", String.format("%.1f", (at - result.started.get()) / 1e9));
                before.forEach((k, v) -> figures.put("before." + k, Long.toString(v)));
                // For the script, which starts node 1 again.
                Files.writeString(out.resolveSibling(out.getFileName() + ".killed"), Long.toString(pid));
                System.out.printf("BENCH two-nodes kill: node 1 (pid %d) killed with SIGKILL (%s) %.1f s into the run, "
                        + "after %d of %d steps (%.0f%%); young people's requests answered so far: node 1 %d, "
                        + "node 2 %d (HAProxy)%n", pid, killed ? "sent" : "not sent", (at - result.started.get()) / 1e9,
                        stepsDone, allSteps, 100.0 * stepsDone / allSteps, before.getOrDefault("node1", 0L),
                        before.getOrDefault("node2", 0L));
            } catch (Exception e) {
                System.out.println("BENCH two-nodes kill FAILED: " + e);
            }
        });
        LoadDriver.run(base, slug, settings, () -> { }, result);
        killer.join(Duration.ofSeconds(5));
        LoadDriver.report("two-nodes", result).forEach(l -> System.out.println(l.replace("BENCH survey-load two-nodes",
                "BENCH two-nodes survey")));
        var after = answersPerNode(stats);
        var retries = result.times.get("retry");
        var sentAgain = result.times.get("send-was-stored");
        int retried = retries == null ? 0 : retries.sorted().length;
        int storedSends = sentAgain == null ? 0 : sentAgain.sorted().length;
        System.out.printf("BENCH two-nodes survey: %d takers finished of %d, %d answer rows sent, %d requests sent "
                + "again after no answer or 503, %d Sends found already stored when sent again (409); young "
                + "people's requests answered in all: node 1 %d, node 2 %d (HAProxy)%n", result.finished.get(),
                takers, result.answerRows.get(), retried, storedSends, after.getOrDefault("node1", 0L),
                after.getOrDefault("node2", 0L));
        figures.put("takers", Integer.toString(takers));
        figures.put("finished", Integer.toString(result.finished.get()));
        figures.put("failed", Integer.toString(result.failed.get()));
        figures.put("answerRows", Long.toString(result.answerRows.get()));
        figures.put("retried", Integer.toString(retried));
        after.forEach((k, v) -> figures.put("after." + k, Long.toString(v)));
        var text = new StringBuilder();
        figures.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(out, text);
        System.exit(0);
    }

    private static final java.util.regex.Pattern CSRF = java.util.regex.Pattern.compile(
            "name=\"_csrf\" value=\"([^\"]+)\"");
    private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile("name=\"place-(\\d+)\"");

    /**
     * {@code city BASE LABEL CODES SECONDS THREADS}: young people voting in the city-wide ballot through BASE for
     * SECONDS, on THREADS threads, each a phone of its own (its own connection and cookies) that opens a group's
     * ballot page once and then sends a vote (rank the top 2 of 15) again and again; a vote is accepted when the
     * server answers with the redirect to the "done" page. Prints votes accepted per second.
     */
    private static void city(String[] args) throws Exception {
        URI base = URI.create(args[1]);
        String label = args[2];
        var codes = List.of(args[3].split(","));
        long seconds = Long.parseLong(args[4]);
        int threads = Integer.parseInt(args[5]);
        var accepted = new java.util.concurrent.atomic.AtomicLong();
        var refused = new java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicLong>();
        var times = new LoadDriver.Samples();
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long began = System.nanoTime();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int me = t;
                pool.submit(() -> {
                    var cookies = new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);
                    try (var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                            .followRedirects(HttpClient.Redirect.NEVER).build()) {
                        var random = new java.util.Random(me);
                        String code = codes.get(me % codes.size());
                        URI page = base.resolve("city-vote/" + code);
                        String html = http.send(HttpRequest.newBuilder(page).build(),
                                HttpResponse.BodyHandlers.ofString()).body();
                        var csrf = CSRF.matcher(html);
                        if (!csrf.find()) {
                            throw new IllegalStateException("No form token on the city ballot page");
                        }
                        var positions = PLACE.matcher(html).results().map(m -> m.group(1)).toList();
                        while (System.nanoTime() < until) {
                            int a = random.nextInt(positions.size());
                            int b = (a + 1 + random.nextInt(positions.size() - 1)) % positions.size();
                            String body = "_csrf=" + java.net.URLEncoder.encode(csrf.group(1),
                                    java.nio.charset.StandardCharsets.UTF_8) + "&place-" + positions.get(a) + "=1&place-"
                                    + positions.get(b) + "=2";
                            long t0 = System.nanoTime();
                            var response = http.send(HttpRequest.newBuilder(page)
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.discarding());
                            times.add(System.nanoTime() - t0);
                            if (response.statusCode() == 302 && response.headers().firstValue("location").orElse("")
                                    .endsWith("/done")) {
                                accepted.incrementAndGet();
                            } else {
                                refused.computeIfAbsent("http-" + response.statusCode(),
                                        k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
                            }
                        }
                    }
                    return null;
                });
            }
        }
        double wall = (System.nanoTime() - began) / 1e9;
        long[] sorted = times.sorted();
        System.out.printf("BENCH two-nodes city-wide %s: %,d votes accepted in %.1f s = %,.0f votes/s (%d phones at "
                + "once, %d groups, rank the top 2 of 15; vote p50 %.1f ms, p95 %.1f ms); refused: %s%n", label,
                accepted.get(), wall, accepted.get() / wall, threads, codes.size(),
                LoadDriver.Samples.millis(sorted, 0.5), LoadDriver.Samples.millis(sorted, 0.95),
                refused.isEmpty() ? "none" : refused);
        Files.writeString(Path.of(args[6]), "accepted=" + accepted.get() + "\n");
        System.exit(0);
    }

    /** Members in the bench meeting's forum. */
    static final int MEETING_MEMBERS = 40;

    private static final java.util.regex.Pattern CHOICE = java.util.regex.Pattern.compile(
            "name=\"choice\" value=\"([^\"]+)\"");

    /**
     * {@code meeting PROJECTOR_BASE VOTERS_BASE SETUP_FILE SECONDS OUT_FILE}: the meeting's projector page
     * ({@code /meeting/CODE}, a Vaadin view that checks for new votes twice a second) in Chromium at 1920x1080 on the
     * projector's node, watched by a MutationObserver that notes the moment its "n of m have voted" first shows each
     * n; meanwhile every member of the forum logs in on their phone through the voters' node (the login page, then the
     * ballot page) and votes at a random moment within SECONDS. A vote is accepted when the server answers with the
     * redirect to "sent". The n-th vote accepted should show as "n have voted": the delay is from the moment the
     * n-th was accepted to the moment the projector first showed n. Prints p50/p95/max against the goal (1 s at p95).
     */
    private static void meeting(String[] args) throws Exception {
        URI projectorBase = URI.create(args[1]);
        URI votersBase = URI.create(args[2]);
        var setup = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of(args[3]))) {
            setup.load(in);
        }
        long seconds = Long.parseLong(args[4]);
        String ballot = setup.getProperty("ballot");
        String code = setup.getProperty("meeting");
        var members = List.of(setup.getProperty("members").split(","));
        try (var playwright = com.microsoft.playwright.Playwright.create(
                new com.microsoft.playwright.Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            var options = new com.microsoft.playwright.BrowserType.LaunchOptions().setArgs(List.of("--no-sandbox",
                    "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"));
            String executable = System.getProperty("playwright.chromium", "/usr/bin/chromium");
            if (!executable.isBlank()) {
                options.setExecutablePath(Path.of(executable));
            }
            var browser = playwright.chromium().launch(options);
            var page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(1920, 1080)).newPage();
            page.navigate(projectorBase.resolve("meeting/" + code).toString());
            page.locator(".meeting-turnout").waitFor();
            // The view draws itself again when the count changes: note when each turnout first shows.
            page.evaluate("""
                    () => {
                      window.seen = [];
                      let last = -1;
                      const note = () => {
                        const turnout = document.querySelector('.meeting-turnout');
                        const n = turnout ? parseInt((turnout.textContent.match(/\\d+/) || ['-1'])[0], 10) : -1;
                        if (n > last) { window.seen.push([n, Date.now()]); last = n; }
                      };
                      note();
                      new MutationObserver(note).observe(document.body,
                          {subtree: true, childList: true, characterData: true});
                    }""");

            // Every member logs in on the voters' node first (as they do while the meeting settles), then votes.
            var phones = new java.util.ArrayList<Phone>();
            for (String member : members) {
                phones.add(Phone.login(votersBase, member.substring(0, member.indexOf(':')),
                        member.substring(member.indexOf(':') + 1), ballot));
            }
            var accepted = new java.util.concurrent.ConcurrentLinkedQueue<Long>();
            var refused = new java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicLong>();
            var voteTimes = new LoadDriver.Samples();
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(phones.size())) {
                var random = new java.util.Random(7);
                for (Phone phone : phones) {
                    long delay = (long) (random.nextDouble() * seconds * 1000);
                    pool.submit(() -> {
                        Thread.sleep(delay);
                        long t0 = System.nanoTime();
                        int status = phone.vote(votersBase, ballot);
                        long done = System.currentTimeMillis();
                        voteTimes.add(System.nanoTime() - t0);
                        if (status == 302) {
                            accepted.add(done);
                        } else {
                            refused.computeIfAbsent("http-" + status,
                                    k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
                        }
                        return null;
                    });
                }
            }
            // The last vote has a moment to show.
            long deadline = System.currentTimeMillis() + 5000;
            while (System.currentTimeMillis() < deadline && ((Number) page.evaluate(
                    "() => window.seen.length ? window.seen[window.seen.length - 1][0] : -1")).intValue()
                    < accepted.size()) {
                Thread.sleep(100);
            }
            @SuppressWarnings("unchecked")
            var seen = (List<List<Number>>) page.evaluate("() => window.seen");
            var seenAt = new java.util.TreeMap<Integer, Long>();
            for (var pair : seen) {
                seenAt.putIfAbsent(pair.get(0).intValue(), pair.get(1).longValue());
            }
            long[] acceptedInOrder = accepted.stream().mapToLong(Long::longValue).sorted().toArray();
            var delays = new LoadDriver.Samples();
            int neverSeen = 0;
            for (int n = 1; n <= acceptedInOrder.length; n++) {
                var shown = seenAt.ceilingEntry(n);
                if (shown == null) {
                    neverSeen++;
                } else {
                    delays.add(Math.max(0, shown.getValue() - acceptedInOrder[n - 1]) * 1_000_000L);
                }
            }
            long[] sorted = delays.sorted();
            long[] votes = voteTimes.sorted();
            double p95 = LoadDriver.Samples.millis(sorted, 0.95);
            System.out.printf("BENCH two-nodes meeting: projector on %s (Chromium, 1920x1080), %d members voting on "
                    + "their phones through %s over %d s: %d votes accepted (vote p50 %.1f ms, p95 %.1f ms), refused: "
                    + "%s; each vote seen on the projector after p50 %.0f ms, p95 %.0f ms, max %.0f ms (goal p95 <= "
                    + "1000 ms: %s); never seen: %d%n", projectorBase, phones.size(), votersBase, seconds,
                    acceptedInOrder.length, LoadDriver.Samples.millis(votes, 0.5),
                    LoadDriver.Samples.millis(votes, 0.95), refused.isEmpty() ? "none" : refused,
                    LoadDriver.Samples.millis(sorted, 0.5), p95, LoadDriver.Samples.millis(sorted, 1.0),
                    p95 <= 1000 && neverSeen == 0 ? "meets it" : "MISSES IT", neverSeen);
            Files.writeString(Path.of(args[5]), "accepted=" + acceptedInOrder.length + "\np95=" + p95
                    + "\nneverSeen=" + neverSeen + "\n");
            browser.close();
        }
        System.exit(0);
    }

    /** A member's phone: its own cookies, logged in. */
    private record Phone(HttpClient http, String csrf, String choice) {

        static Phone login(URI base, String username, String secret, String ballot) throws Exception {
            var cookies = new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);
            var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String loginPage = http.send(HttpRequest.newBuilder(base.resolve("login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            var csrf = CSRF.matcher(loginPage);
            if (!csrf.find()) {
                throw new IllegalStateException("No form token on the login page");
            }
            var loggedIn = http.send(HttpRequest.newBuilder(base.resolve("login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", secret,
                            "_csrf", csrf.group(1))))).build(), HttpResponse.BodyHandlers.discarding());
            if (loggedIn.statusCode() != 302 || loggedIn.headers().firstValue("location").orElse("").contains("error")) {
                throw new IllegalStateException("Login refused for " + username + ": " + loggedIn.statusCode() + " "
                        + loggedIn.headers().firstValue("location").orElse(""));
            }
            String votePage = http.send(HttpRequest.newBuilder(base.resolve("vote/" + ballot)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            var token = CSRF.matcher(votePage);
            var choices = CHOICE.matcher(votePage).results().map(m -> m.group(1)).toList();
            if (!token.find() || choices.isEmpty()) {
                throw new IllegalStateException("No ballot form for " + username);
            }
            return new Phone(http, token.group(1), choices.get(Math.abs(username.hashCode()) % choices.size()));
        }

        int vote(URI base, String ballot) throws Exception {
            return http.send(HttpRequest.newBuilder(base.resolve("vote/" + ballot))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("choice", choice, "_csrf", csrf)))).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        private static String form(Map<String, String> fields) {
            var body = new StringBuilder();
            fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                    .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
            return body.toString();
        }
    }

    private static long steps(LoadDriver.Result result) {
        var steps = result.times.get("step");
        var sends = result.times.get("send");
        return (steps == null ? 0 : steps.sorted().length) + (sends == null ? 0 : sends.sorted().length);
    }

    /** Responses each server of HAProxy's backend {@code young} gave (every status), by server name. */
    static Map<String, Long> answersPerNode(URI stats) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            String csv = http.send(HttpRequest.newBuilder(stats).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            var lines = csv.lines().toList();
            var header = List.of(lines.getFirst().replaceFirst("^# ", "").split(","));
            int px = header.indexOf("pxname");
            int sv = header.indexOf("svname");
            var counts = new LinkedHashMap<String, Long>();
            for (String line : lines.subList(1, lines.size())) {
                var cells = line.split(",", -1);
                if (cells.length < header.size() || !cells[px].equals("young") || !cells[sv].startsWith("node")) {
                    continue;
                }
                long sum = 0;
                for (String column : List.of("hrsp_1xx", "hrsp_2xx", "hrsp_3xx", "hrsp_4xx", "hrsp_5xx")) {
                    String cell = cells[header.indexOf(column)];
                    sum += cell.isEmpty() ? 0 : Long.parseLong(cell);
                }
                counts.put(cells[sv], sum);
            }
            return counts;
        }
    }
}
