package org.youthvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.youthvoice.base.SystemTask;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyAccess;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveySettings;

/**
 * The embedded database is killed (kill -9) in the middle of a young person's survey: saves fail at once with 503
 * instead of waiting, /actuator/health says DOWN within a second of asking, the server comes back by itself on the
 * same folder and port, and every answer (given before, and the one kept on the phone during the outage and sent
 * again) is stored exactly once (design note 0031).
 *
 * <p>It has its own Spring context and its own embedded server in its own data folder, so the server it kills is never
 * the one other tests share; it kills only the mariadbd whose data folder and port are its own. With an external
 * database (SPRING_DATASOURCE_URL) there is no embedded server to kill, so it does not run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "youthvoice.embedded-db.data-dir=${user.dir}/target/embedded-mariadb-comes-back",
        "youthvoice.embedded-db.database=youthvoice_comes_back",
        // Long enough to see the outage from outside; the default is 1 s.
        "youthvoice.embedded-db.restart-after=PT4S"})
@ActiveProfiles("test")
@DirtiesContext
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
@org.junit.jupiter.api.extension.ExtendWith(org.youthvoice.testing.KeepSharedSecurityHolder.class)
class EmbeddedDatabaseComesBackIntegrationTest {

    private static final Path HOME = Path.of(System.getProperty("user.dir"), "target", "embedded-mariadb-comes-back");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    SurveyService surveys;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    private String csrf = "";

    @Test
    void the_database_is_killed_mid_survey_and_comes_back_with_every_answer_stored_once() throws Exception {
        String slug = publishedSurvey();
        assertThat(health().statusCode()).isEqualTo(200);

        // A young person starts and answers the first question.
        get("/s/" + slug);
        assertThat(post("/s/" + slug + "/start", Map.of()).statusCode()).isEqualTo(200);
        var first = post("/s/" + slug + "/q/safe", Map.of("choice", "no", "action", "next"));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("X-Young-Url")).hasValueSatisfying(u -> assertThat(u).endsWith("/q/feel"));

        // kill -9 this test's own mariadbd: found by the pid file in its own data folder, checked by folder and port.
        int dbPort = jdbc.sql("SELECT @@port").query(Integer.class).single();
        String dataDir = jdbc.sql("SELECT @@datadir").query(String.class).single();
        assertThat(Path.of(dataDir).toRealPath()).isEqualTo(HOME.resolve("data").toRealPath());
        var server = ourServer();
        assertThat(server.info().arguments().map(List::of).orElse(List.of()))
                .contains("--port=" + dbPort).anyMatch(a -> a.startsWith("--datadir=") && a.contains(HOME.toString()));
        long killedAt = System.nanoTime();
        assertThat(server.destroyForcibly()).isTrue();
        server.onExit().join();

        // The next answer fails fast with plain words; the page's script keeps it on the phone.
        long asked = System.nanoTime();
        var during = post("/s/" + slug + "/q/feel", Map.of("choice", "4", "action", "next"));
        long saveMs = millisSince(asked);
        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(during.body()).contains("Please try again in a minute");
        assertThat(during.headers().firstValue("Retry-After")).isPresent();
        assertThat(saveMs).as("a save during the outage fails fast").isLessThan(3500);

        // Health says DOWN within a second of asking.
        asked = System.nanoTime();
        var down = health();
        long healthMs = millisSince(asked);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("DOWN");
        assertThat(healthMs).as("health answers within 1 s").isLessThan(1000);

        // The script's first retry may come while it is still down: refused at once, nothing stored.
        String phoneId = UUID.randomUUID().toString();
        var kept = new ArrayList<Map.Entry<String, String>>(List.of(Map.entry("id", phoneId), Map.entry("at", "happy"),
                Map.entry("send", "true"), Map.entry("a.safe.choice", "no"), Map.entry("a.feel.choice", "4"),
                Map.entry("a.happy.number", "7")));
        assertThat(postForm("/s/" + slug + "/deliver", kept).statusCode()).isEqualTo(503);

        // It comes back by itself.
        HttpResponse<String> up;
        do {
            Thread.sleep(200);
            up = health();
        } while (up.statusCode() != 200 && millisSince(killedAt) < 60_000);
        long backMs = millisSince(killedAt);
        assertThat(up.statusCode()).as("health UP again").isEqualTo(200);
        var again = ourServer();
        assertThat(again.pid()).isNotEqualTo(server.pid());
        assertThat(jdbc.sql("SELECT @@port").query(Integer.class).single()).as("same port").isEqualTo(dbPort);

        // The phone sends what it kept; the answer to that sending is lost, so it sends the same again.
        var sent = postForm("/s/" + slug + "/deliver", kept);
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).isEqualTo("sent");
        assertThat(postForm("/s/" + slug + "/deliver", kept).statusCode()).isEqualTo(200);

        var responses = jdbc.sql("SELECT r.id FROM survey_response r JOIN survey s ON s.id = r.survey_id "
                + "WHERE s.slug = ? AND r.status = 'SUBMITTED'").param(slug).query(Long.class).list();
        assertThat(responses).as("one response").hasSize(1);
        var stored = jdbc.sql("""
                SELECT q.question_key, COALESCE(o.option_key, CAST(a.number_value AS CHAR)) AS v
                FROM survey_answer a JOIN survey_question q ON q.id = a.question_id
                LEFT JOIN survey_option o ON o.id = a.option_id WHERE a.response_id = ?
                ORDER BY q.position""").param(responses.getFirst())
                .query((rs, n) -> rs.getString(1) + "=" + rs.getString(2)).list();
        assertThat(stored).as("every answer exactly once").containsExactly("safe=no", "feel=4", "happy=7");

        System.out.printf("Embedded database killed: a save failed in %d ms, health said DOWN in %d ms, "
                + "health UP again %d ms after the kill (restart-after 4 s)%n", saveMs, healthMs, backMs);
    }

    private ProcessHandle ourServer() throws Exception {
        try (Stream<Path> files = Files.list(HOME.resolve("data"))) {
            for (Path pidFile : files.filter(p -> p.getFileName().toString().endsWith(".pid")).toList()) {
                var process = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                        .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                        .filter(p -> p.info().arguments().map(List::of).orElse(List.of()).stream()
                                .anyMatch(a -> a.startsWith("--datadir=") && a.contains(HOME.toString())));
                if (process.isPresent()) {
                    return process.get();
                }
            }
        }
        throw new AssertionError("no mariadbd of " + HOME + " is running");
    }

    private String publishedSurvey() {
        var yesNo = List.of(new OptionDefinition("yes", "Yes", null), new OptionDefinition("no", "No", null),
                new OptionDefinition("not-sure", "Not sure", null));
        var faces = List.of(new OptionDefinition("1", "Bad", null), new OptionDefinition("2", "Not good", null),
                new OptionDefinition("3", "OK", null), new OptionDefinition("4", "Good", null),
                new OptionDefinition("5", "Really good", null));
        var questions = List.of(
                new QuestionDefinition("safe", QuestionKind.YES_NO_NOT_SURE, "Do you feel safe?", null, null, false,
                        null, null, null, null, null, yesNo, List.of()),
                new QuestionDefinition("feel", QuestionKind.FACE_SCALE, "How do you feel?", null, null, false, null,
                        null, null, null, null, faces, List.of()),
                new QuestionDefinition("happy", QuestionKind.SCALE_0_10, "How happy are you?", null, null, false,
                        null, "Not at all", "Completely", null, null, List.of(), List.of()));
        var version = new VersionDefinition("all", "Everyone", AgeBand.AGE_11_17, false, null,
                List.of(new VersionItem("safe", null), new VersionItem("feel", null), new VersionItem("happy", null)));
        var definition = new SurveyDefinition("Comes back " + System.nanoTime(), "Tell us.", "Thanks!",
                List.of(version), questions, Map.of());
        return SystemTask.runAs(() -> {
            long id = surveys.create(definition);
            surveys.publish(id, new SurveySettings(SurveyAccess.LINK, null, null));
            return surveys.summary(id).slug();
        }, Roles.OFFICER);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private HttpResponse<String> health() throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        remember(response);
        return response;
    }

    /** A form post as the page's script makes it (the next page comes back in one round trip). */
    private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        return postForm(path, new ArrayList<>(fields.entrySet()));
    }

    private HttpResponse<String> postForm(String path, List<Map.Entry<String, String>> fields) throws Exception {
        var all = new ArrayList<>(fields);
        all.add(Map.entry("_csrf", csrf));
        String body = all.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        var response = http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Young-Script", "1")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        remember(response);
        return response;
    }

    private void remember(HttpResponse<String> response) {
        var m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
