package org.youthvoice.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * One young person answering the bench survey on the plain HTML pages, as a phone's browser does: opens the link
 * (the welcome page and its one script), chooses a version and taps Start (a form post with the page's {@code _csrf}
 * field, then the redirects to question 1), answers each question with the form's own fields, taps Next (a form post
 * and the redirect to the next question) and at the end "Send my answers" (to the thank-you page). With the page's
 * script on, each choice is also saved the moment it is made ({@code action=keep}, 204), as {@code young.js} does.
 * Cookies ({@code XSRF-TOKEN}, and the device's {@code yv-survey} for the survey's path) live in the taker's own
 * {@link CookieManager}; redirects are followed by hand so that every hop's cookies are kept and every hop is timed.
 * Checks that each step did what it should ("Question n of 20" moves on; the thank-you page at the end).
 */
final class SurveyTaker {

    /** Where round trips are recorded: kind, nanoseconds. */
    interface Recorder {
        void record(String kind, long nanos);
    }

    static final class TakerException extends RuntimeException {
        final String kind;

        TakerException(String kind, String message) {
            super(message);
            this.kind = kind;
        }
    }

    private static final Pattern PROGRESS = Pattern.compile("Question (\\d+) of (\\d+)");
    private static final Pattern FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"([^>]*)>");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern INPUT = Pattern.compile(
            "<input type=\"(radio|checkbox)\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern SUBMIT = Pattern.compile(
            "<button class=\"button primary\" type=\"submit\" name=\"action\" value=\"([a-z]+)\"");
    private static final Pattern SCRIPT = Pattern.compile("<script src=\"([^\"]+)\"");
    private static final String USER_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36 youthvoice-bench";
    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final List<String> SAYINGS = List.of("More things to do after school would be good.",
            "The bus is late a lot so I miss things.", "I like my youth club, the staff listen to us.",
            "It would help if there were more places to meet friends that are free.");

    private final HttpClient http;
    private final URI base;
    private final String slug;
    private final Random random;
    private final Recorder recorder;
    private final boolean script;
    private final boolean retry;
    /** Whether a request of the step under way was sent again (see {@link #exchange}). */
    private boolean retriedInStep;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private URI pageUri;
    private String page = "";
    private int progress = -1;
    private boolean finished;
    private boolean scriptLoaded;
    private int answerRows;
    private long stepNanos;

    /**
     * @param script whether the phone runs the page's script (it saves each choice as it is made: one more request
     *               per answer)
     */
    SurveyTaker(HttpClient http, URI base, String slug, Random random, Recorder recorder, boolean script) {
        this(http, base, slug, random, recorder, script, false);
    }

    /**
     * @param retry whether a request that gets no answer (connection dropped) or 503 (a node whose database is away,
     *              or a proxy whose node went away) is sent again after a second, up to 30 times, as the page's script
     *              sends a kept answer again; each resend is recorded as kind "retry". Any other error still fails.
     */
    SurveyTaker(HttpClient http, URI base, String slug, Random random, Recorder recorder, boolean script,
            boolean retry) {
        this.retry = retry;
        this.http = http;
        this.base = base;
        this.slug = slug;
        this.random = random;
        this.recorder = recorder;
        this.script = script;
    }

    /** Opens the link as a phone does: the welcome page (and, the first time, its script). */
    void open() {
        stepNanos = 0;
        show(get(base.resolve("s/" + slug)), "open");
        if (!page.contains("/s/" + slug + "/start\"")) {
            throw new TakerException("welcome", "No Start form on the welcome page");
        }
        loadScript();
        recorder.record("open", stepNanos);
    }

    /** Chooses a version on the welcome page and taps Start; ends on question 1. */
    void start() {
        stepNanos = 0;
        var form = form("/start\"");
        var versions = options("version");
        if (!versions.isEmpty()) {
            form.put("version", List.of(versions.get(random.nextInt(versions.size()))));
        }
        show(post(form.remove("@action").getFirst(), form), "start");
        if (progress != 1) {
            throw new TakerException("start", "Start did not show question 1 but " + describe());
        }
        if (script) {
            // The page's script keeps the survey's offline page on the phone, once.
            var kept = exchange(HttpRequest.newBuilder(base.resolve("s/" + slug + "/offline")).header("Accept", HTML)
                    .GET());
            if (kept.statusCode() != 200) {
                throw new TakerException("offline-" + kept.statusCode(), "The offline page gave HTTP "
                        + kept.statusCode());
            }
        }
        recorder.record("start", stepNanos);
    }

    /** The number of the question on screen, or -1. */
    int progress() {
        return progress;
    }

    boolean finished() {
        return finished;
    }

    /** Answer rows this taker's sent response should have in the database (one per chosen option, number or text). */
    int answerRows() {
        return answerRows;
    }

    /**
     * Answers the question on screen (with the script on, the choice is saved at once: the "answer" round trip) and
     * taps Next: the form post and the redirect to the next question (the "step"), or "Send my answers" at the end.
     */
    void answer(Duration beforeAnswering, Duration beforeNext) {
        int number = progress;
        sleep(beforeAnswering);
        var form = form("data-keep=");
        String action = form.remove("@action").getFirst();
        var submit = SUBMIT.matcher(page);
        if (!submit.find()) {
            throw new TakerException("page", "No Next or Send button on question " + number);
        }
        String button = submit.group(1);
        int rows = 0;
        var choices = options("choice");
        var numbers = options("number");
        if (!choices.isEmpty()) {
            boolean multiple = page.contains("<input type=\"checkbox\" name=\"choice\"");
            var chosen = new ArrayList<String>();
            int ticks = multiple ? 1 + random.nextInt(2) : 1;
            for (int i = 0; i < ticks; i++) {
                String option = choices.get(random.nextInt(choices.size()));
                if (!chosen.contains(option)) {
                    chosen.add(option);
                    form.put("choice", List.copyOf(chosen));
                    keep(action, form);
                }
            }
            rows = chosen.size();
        } else if (!numbers.isEmpty()) {
            form.put("number", List.of(numbers.get(random.nextInt(numbers.size()))));
            keep(action, form);
            rows = 1;
        } else if (page.contains("name=\"text\"")) {
            // The free text is optional: most skip it (the browser still sends the empty box).
            boolean writes = random.nextInt(10) < 3;
            form.put("text", List.of(writes ? SAYINGS.get(random.nextInt(SAYINGS.size())) : ""));
            if (writes) {
                keep(action, form);
                rows = 1;
            }
        }
        sleep(beforeNext);
        stepNanos = 0;
        retriedInStep = false;
        form.put("action", List.of(button));
        var response = post(action, form);
        if (button.equals("send") && retriedInStep && response.statusCode() == 409) {
            // The first Send was stored by a node that went away before it answered; sent again, the response is
            // "sent already" (409). Counted apart, as sent: the database check says whether it really was.
            finished = true;
            progress = -1;
            recorder.record("send-was-stored", stepNanos);
            answerRows += rows;
            return;
        }
        show(response, "next");
        if (button.equals("send")) {
            if (!page.contains("<h1>Thank you!</h1>")) {
                throw new TakerException("send", "Send my answers did not show the thank-you page but " + describe());
            }
            finished = true;
            progress = -1;
            recorder.record("send", stepNanos);
        } else {
            if (progress != number + 1) {
                throw new TakerException("next", "Next went from question " + number + " to " + describe());
            }
            recorder.record("step", stepNanos);
        }
        answerRows += rows;
    }

    /** Loads the page on screen again (a phone waking up): a request on this taker's own connection. */
    void reload() {
        int before = progress;
        show(get(pageUri), "reload");
        if (progress != before) {
            throw new TakerException("reload", "Reloading question " + before + " showed " + describe());
        }
    }

    /** The page's script saves the answer as it is chosen: a post with {@code action=keep}, answered with 204. */
    private void keep(String action, Map<String, List<String>> form) {
        if (!script) {
            return;
        }
        var fields = new LinkedHashMap<>(form);
        fields.put("action", List.of("keep"));
        long before = stepNanos;
        var response = exchange(HttpRequest.newBuilder(pageUri.resolve(action)).header("Accept", "*/*")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
        if (response.statusCode() != 204) {
            throw new TakerException("keep-" + response.statusCode(), "Saving an answer as it was chosen gave HTTP "
                    + response.statusCode() + " on question " + progress);
        }
        recorder.record("answer", stepNanos - before);
    }

    private void loadScript() {
        var src = SCRIPT.matcher(page);
        if (!script || scriptLoaded || !src.find()) {
            return;
        }
        var response = exchange(HttpRequest.newBuilder(pageUri.resolve(unescape(src.group(1))))
                .header("Accept", "*/*").GET());
        if (response.statusCode() != 200) {
            throw new TakerException("script-" + response.statusCode(), "The page's script gave HTTP "
                    + response.statusCode());
        }
        scriptLoaded = true;
    }

    /** The fields of the form whose opening tag contains {@code marker}: its hidden fields; "@action" is where it goes. */
    private Map<String, List<String>> form(String marker) {
        Matcher m = FORM.matcher(page);
        while (m.find()) {
            if (m.group(0).contains(marker)) {
                var fields = new LinkedHashMap<String, List<String>>();
                fields.put("@action", List.of(unescape(m.group(1))));
                int end = page.indexOf("</form>", m.end());
                var hidden = HIDDEN.matcher(page.substring(m.end(), end < 0 ? page.length() : end));
                while (hidden.find()) {
                    fields.put(hidden.group(1), List.of(unescape(hidden.group(2))));
                }
                if (!fields.containsKey("_csrf")) {
                    throw new TakerException("csrf", "A form without the _csrf field on " + describe());
                }
                return fields;
            }
        }
        throw new TakerException("page", "No form (" + marker + ") on " + describe());
    }

    /** The values of the radio buttons or checkboxes with this name on the page. */
    private List<String> options(String name) {
        var values = new ArrayList<String>();
        Matcher m = INPUT.matcher(page);
        while (m.find()) {
            if (m.group(2).equals(name)) {
                values.add(unescape(m.group(3)));
            }
        }
        return values;
    }

    private HttpResponse<byte[]> get(URI uri) {
        return follow(exchange(HttpRequest.newBuilder(uri).header("Accept", HTML).GET()), uri);
    }

    /**
     * A form post. With script on, as the page's script sends it: the server answers with the next page itself (one
     * round trip) and its address in a header; without, post, redirect, get.
     */
    private HttpResponse<byte[]> post(String action, Map<String, List<String>> fields) {
        URI uri = pageUri.resolve(action);
        var request = HttpRequest.newBuilder(uri).header("Accept", HTML)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
        if (script) {
            request.header("X-Young-Script", "1");
        }
        var response = follow(exchange(request), uri);
        movedTo = response.headers().firstValue("X-Young-Url").map(uri::resolve).orElse(null);
        return response;
    }

    /** Where the page the script fetched lives (the script puts it in the address bar). */
    private URI movedTo;

    /** Follows redirects as a browser does after a form post: GET the new address, cookies kept at each hop. */
    private HttpResponse<byte[]> follow(HttpResponse<byte[]> response, URI uri) {
        URI at = uri;
        for (int hops = 0; response.statusCode() / 100 == 3; hops++) {
            if (hops > 5) {
                throw new TakerException("redirects", "Too many redirects from " + uri);
            }
            String location = response.headers().firstValue("location")
                    .orElseThrow(() -> new TakerException("redirect", "A redirect without a location"));
            at = at.resolve(location);
            response = exchange(HttpRequest.newBuilder(at).header("Accept", HTML).GET());
        }
        return response;
    }

    /** The page a response shows becomes the page on screen. */
    private void show(HttpResponse<byte[]> response, String step) {
        if (response.statusCode() != 200) {
            throw new TakerException("http-" + response.statusCode(), "HTTP " + response.statusCode() + " for "
                    + step + " (" + response.uri().getPath() + ") on question " + progress);
        }
        pageUri = movedTo != null ? movedTo : response.uri();
        movedTo = null;
        page = body(response);
        Matcher m = PROGRESS.matcher(page);
        progress = m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private HttpResponse<byte[]> exchange(HttpRequest.Builder builder) {
        builder.timeout(Duration.ofSeconds(60)).header("User-Agent", USER_AGENT).header("Accept-Encoding", "gzip");
        HttpRequest request = builder.build();
        try {
            cookies.get(request.uri(), Map.of()).forEach((name, values) -> {
                if (!values.isEmpty()) {
                    builder.header(name, String.join("; ", values));
                }
            });
            request = builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long started = System.nanoTime();
        HttpResponse<byte[]> response = null;
        for (int attempt = 0; response == null; attempt++) {
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (retry && attempt < 30 && response.statusCode() == 503) {
                    response = null;
                }
            } catch (IOException e) {
                if (!retry || attempt >= 30) {
                    throw new TakerException("io", e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TakerException("interrupted", "Interrupted");
            }
            if (response == null) {
                retriedInStep = true;
                recorder.record("retry", System.nanoTime() - started);
                sleep(Duration.ofSeconds(1));
            }
        }
        long took = System.nanoTime() - started;
        stepNanos += took;
        recorder.record("request", took);
        try {
            cookies.put(request.uri(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response;
    }

    private static String body(HttpResponse<byte[]> response) {
        byte[] body = response.body();
        if (response.headers().firstValue("content-encoding").map("gzip"::equalsIgnoreCase).orElse(false)) {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String encode(Map<String, List<String>> fields) {
        var out = new StringBuilder();
        fields.forEach((name, values) -> values.forEach(value -> {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }));
        return out.toString();
    }

    private static String unescape(String html) {
        return html.replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    private String describe() {
        if (progress > 0) {
            return "question " + progress;
        }
        Matcher h1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL).matcher(page);
        return h1.find() ? "the page \"" + h1.group(1).replaceAll("<[^>]+>", "").strip() + "\"" : "a page without a heading";
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TakerException("interrupted", "Interrupted");
        }
    }
}
