package org.youthvoice.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * One young person answering the bench survey through Vaadin Flow's own client-server protocol, as the browser's
 * Flow client speaks it: loads the page, asks for the UI ({@code ?v-r=init}), navigates to the route, answers the
 * server's JavaScript calls (the device token in local storage: none), sends the property syncs and DOM events a
 * browser sends when the radio groups appear, when an option is tapped and when a button is clicked, and keeps
 * {@code syncId}, {@code clientId} and the UI's security key as the browser does. Times every round trip.
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
    private static final Set<String> SYNCED_ON_UPGRADE = Set.of("vaadin-radio-group", "vaadin-radio-button",
            "vaadin-checkbox-group", "vaadin-checkbox");
    private static final String USER_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36 youthvoice-bench";

    private final HttpClient http;
    private final URI base;
    private final String slug;
    private final Random random;
    private final Recorder recorder;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private UiTree tree = new UiTree();
    private int uiId = -1;
    private String csrfToken;
    private int syncId = -1;
    private int clientId;
    private final JsonArray pending = new JsonArray();
    private long stepNanos;

    SurveyTaker(HttpClient http, URI base, String slug, Random random, Recorder recorder) {
        this.http = http;
        this.base = base;
        this.slug = slug;
        this.random = random;
        this.recorder = recorder;
    }

    /** Opens the link as a phone does: the page, the UI, the route; ends on the welcome screen. */
    void open() {
        stepNanos = 0;
        String html = get(base.resolve("s/" + slug), "text/html");
        if (!html.contains("<html") && !html.contains("<!doctype")) {
            throw new TakerException("page", "The survey link did not give a page");
        }
        String location = URLEncoder.encode("s/" + slug, StandardCharsets.UTF_8);
        String init = get(base.resolve("./?v-r=init&location=" + location + "&query=&v-sh=844&v-sw=390&v-wh=844"
                + "&v-ww=390&v-bh=844&v-bw=390&v-curdate=" + System.currentTimeMillis() + "&v-tzo=0&v-dstd=0"
                + "&v-rtzo=0&v-dston=false&v-tzid=Europe%2FLondon&v-wn=v-" + random.nextDouble() + "&v-td=true"
                + "&v-pr=3&v-np=Linux%20armv8l&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=portrait-primary"
                + "&v-soa=0&v-tn=lumo&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false"), "application/json");
        JsonObject config = JsonParser.parseString(init).getAsJsonObject().getAsJsonObject("appConfig");
        uiId = config.get("v-uiId").getAsInt();
        JsonObject uidl = config.getAsJsonObject("uidl");
        csrfToken = uidl.get("Vaadin-Security-Key").getAsString();
        handle(uidl);
        var navigate = new JsonObject();
        navigate.addProperty("route", "s/" + slug);
        navigate.addProperty("query", "");
        navigate.addProperty("appShellTitle", "");
        navigate.add("historyState", JsonNull.INSTANCE);
        navigate.addProperty("trigger", "");
        send(rpcs(event(1, "ui-navigate", navigate)));
        if (button("Start") == null) {
            throw new TakerException("welcome", "No Start button on the welcome screen");
        }
        recorder.record("open", stepNanos);
    }

    /** Chooses a version on the welcome screen and taps Start; ends on question 1. */
    void start() {
        stepNanos = 0;
        var versions = tree.find(n -> "vaadin-radio-group".equals(n.tag));
        if (!versions.isEmpty()) {
            choose(versions.getFirst());
        }
        click(button("Start"));
        if (progress() != 1) {
            throw new TakerException("start", "Start did not show question 1");
        }
        recorder.record("start", stepNanos);
    }

    /** The number of the question on screen, or -1. */
    int progress() {
        for (var node : tree.shown()) {
            if (node.text != null) {
                Matcher m = PROGRESS.matcher(node.text);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        }
        return -1;
    }

    /** Answers the question on screen and taps Next; the answer is a round trip, so is Next. */
    void answer(Duration beforeAnswering, Duration beforeNext) {
        int number = progress();
        sleep(beforeAnswering);
        stepNanos = 0;
        var radio = tree.find(n -> "vaadin-radio-group".equals(n.tag));
        var boxes = tree.find(n -> "vaadin-checkbox-group".equals(n.tag));
        if (!radio.isEmpty()) {
            choose(radio.getFirst());
        } else if (!boxes.isEmpty()) {
            tick(boxes.getFirst());
        }
        long answering = stepNanos;
        sleep(beforeNext);
        var next = button("Next");
        boolean last = next == null;
        click(last ? button("Send my answers") : next);
        if (last) {
            if (tree.find(n -> "h1".equals(n.tag) && tree.text(n).startsWith("Thank you")).isEmpty()) {
                throw new TakerException("send", "Send my answers did not show the thank-you screen");
            }
            recorder.record("send", stepNanos);
        } else {
            if (progress() != number + 1) {
                throw new TakerException("next", "Next went from question " + number + " to " + progress());
            }
            recorder.record("step", stepNanos);
        }
        recorder.record("answer", answering);
    }

    boolean finished() {
        return progress() < 0 && !tree.find(n -> "h1".equals(n.tag) && tree.text(n).startsWith("Thank you"))
                .isEmpty();
    }

    /** Lets go of the client-side copy of the page (the server keeps its UI until the session ends). */
    void forget() {
        tree = new UiTree();
    }

    private void choose(UiTree.Node group) {
        var options = tree.descendants(group, "vaadin-radio-button");
        if (options.isEmpty()) {
            throw new TakerException("answer", "A radio group without options");
        }
        var option = options.get(random.nextInt(options.size()));
        send(rpcs(sync(option.id, "checked", new com.google.gson.JsonPrimitive(true)),
                event(option.id, "checked-changed", new JsonObject()),
                sync(group.id, "value", new com.google.gson.JsonPrimitive(option.property("value"))),
                event(group.id, "value-changed", new JsonObject())));
    }

    private void tick(UiTree.Node group) {
        var options = tree.descendants(group, "vaadin-checkbox");
        var option = options.get(random.nextInt(options.size()));
        var value = new JsonArray();
        value.add(option.property("value"));
        send(rpcs(sync(option.id, "checked", new com.google.gson.JsonPrimitive(true)),
                event(option.id, "checked-changed", new JsonObject()), sync(group.id, "value", value),
                event(group.id, "value-changed", new JsonObject())));
    }

    private UiTree.Node button(String text) {
        return tree.find(n -> "vaadin-button".equals(n.tag) && text.equals(tree.text(n))).stream().findFirst()
                .orElse(null);
    }

    private void click(UiTree.Node button) {
        if (button == null) {
            throw new TakerException("click", "The button to tap is not on screen (question " + progress() + ")");
        }
        var data = new JsonObject();
        for (String expression : tree.listenerExpressions(button, "click")) {
            switch (expression) {
                case "event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey" ->
                    data.addProperty(expression, false);
                case "event.detail" -> data.addProperty(expression, 1);
                case "event.button" -> data.addProperty(expression, 0);
                default -> data.addProperty(expression, 100 + random.nextInt(200));
            }
        }
        send(rpcs(event(button.id, "click", data)));
    }

    private static JsonArray rpcs(JsonObject... rpcs) {
        var array = new JsonArray();
        for (var rpc : rpcs) {
            array.add(rpc);
        }
        return array;
    }

    private static JsonObject event(int node, String event, JsonObject data) {
        var rpc = new JsonObject();
        rpc.addProperty("type", "event");
        rpc.addProperty("node", node);
        rpc.addProperty("event", event);
        rpc.add("data", data);
        return rpc;
    }

    private static JsonObject sync(int node, String property, JsonElement value) {
        var rpc = new JsonObject();
        rpc.addProperty("type", "mSync");
        rpc.addProperty("node", node);
        rpc.addProperty("feature", UiTree.ELEMENT_PROPERTIES);
        rpc.addProperty("property", property);
        rpc.add("value", value);
        return rpc;
    }

    /** Sends RPCs, then whatever the browser would send straight after the response (JS results, upgrade syncs). */
    private void send(JsonArray rpc) {
        JsonArray next = rpc;
        for (int round = 0; next.size() > 0; round++) {
            if (round > 5) {
                throw new TakerException("loop", "The server kept asking for more");
            }
            handle(post(next));
            next = new JsonArray();
            next.addAll(pending);
            while (pending.size() > 0) {
                pending.remove(0);
            }
        }
    }

    private JsonObject post(JsonArray rpc) {
        var body = new JsonObject();
        body.addProperty("csrfToken", csrfToken);
        body.add("rpc", rpc);
        body.addProperty("syncId", syncId);
        body.addProperty("clientId", clientId);
        var request = HttpRequest.newBuilder(base.resolve("./?v-r=uidl&v-uiId=" + uiId))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        String text = exchange(request, "uidl");
        if (text.startsWith("for(;;);")) {
            text = text.substring(8);
        }
        JsonElement parsed = JsonParser.parseString(text);
        JsonObject uidl = parsed.isJsonArray() ? parsed.getAsJsonArray().get(0).getAsJsonObject()
                : parsed.getAsJsonObject();
        if (uidl.has("meta")) {
            var meta = uidl.getAsJsonObject("meta");
            if (meta.has("sessionExpired") || meta.has("appError")) {
                throw new TakerException("uidl-meta", "The server said " + meta);
            }
        }
        return uidl;
    }

    private void handle(JsonObject uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").getAsInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").getAsInt();
        } else {
            clientId++;
        }
        if (uidl.has("resynchronize")) {
            throw new TakerException("resync", "The server asked to resynchronize");
        }
        tree.apply(uidl);
        if (uidl.has("execute")) {
            for (JsonElement call : uidl.getAsJsonArray("execute")) {
                answerJavaScript(call.getAsJsonArray());
            }
        }
        // Web components that sync a property fire "<property>-changed" when they upgrade; Flow sends it on.
        var events = new JsonArray();
        var syncs = new JsonArray();
        for (int id : tree.created) {
            var node = tree.node(id);
            if (node == null || node.hidden || node.tag == null || !SYNCED_ON_UPGRADE.contains(node.tag)) {
                continue;
            }
            for (var listener : node.listeners.keySet()) {
                if (!listener.endsWith("-changed")) {
                    continue;
                }
                String property = listener.substring(0, listener.length() - "-changed".length());
                if (!tree.listenerExpressions(node, listener).contains("}" + property)) {
                    continue;
                }
                events.add(event(id, listener, new JsonObject()));
                JsonElement value = node.properties.get(property);
                if (value == null) {
                    value = property.equals("checked") ? new com.google.gson.JsonPrimitive(false)
                            : node.tag.equals("vaadin-checkbox-group") ? new JsonArray()
                                    : new com.google.gson.JsonPrimitive("");
                }
                syncs.add(sync(id, property, value));
            }
        }
        if (!tree.shown().isEmpty() && events.size() > 0) {
            pending.addAll(events);
            pending.addAll(syncs);
        }
    }

    /** The only server call that waits for an answer here is reading this device's token: there is none. */
    private void answerJavaScript(JsonArray call) {
        String script = call.get(call.size() - 1).getAsString();
        for (int i = 0; i < call.size() - 1; i++) {
            var parameter = call.get(i);
            if (parameter.isJsonObject() && parameter.getAsJsonObject().has("@v-return")) {
                var target = parameter.getAsJsonObject().getAsJsonArray("@v-return");
                var rpc = new JsonObject();
                rpc.addProperty("type", "channel");
                rpc.addProperty("node", target.get(0).getAsInt());
                rpc.addProperty("channel", target.get(1).getAsInt());
                var args = new JsonArray();
                if (script.contains("localStorage.getItem")) {
                    args.add("");
                } else {
                    args.add(JsonNull.INSTANCE);
                }
                rpc.add("args", args);
                pending.add(rpc);
                return; // the first is "resolve"; the second, "reject", is not called
            }
        }
    }

    private String get(URI uri, String accept) {
        return exchange(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", accept).GET(),
                "get");
    }

    private String exchange(HttpRequest.Builder builder, String kind) {
        builder.header("User-Agent", USER_AGENT).header("Accept-Encoding", "gzip");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        long started = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new TakerException("io", e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TakerException("interrupted", "Interrupted");
        }
        long took = System.nanoTime() - started;
        stepNanos += took;
        recorder.record("request", took);
        for (String cookie : response.headers().allValues("set-cookie")) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        if (response.statusCode() != 200) {
            throw new TakerException("http-" + response.statusCode(), "HTTP " + response.statusCode() + " for "
                    + kind);
        }
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

    static List<String> kinds() {
        return List.of("open", "start", "step", "send", "answer", "request");
    }
}
