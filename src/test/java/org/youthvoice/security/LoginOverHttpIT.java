package org.youthvoice.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.youthvoice.people.AccountService;
import org.youthvoice.people.IssuedSecret;
import org.youthvoice.testing.TestAccounts;

/**
 * The login form over real HTTP, as a phone's browser (or a page on another site) sends it: the form token, no server
 * session for anyone who has not logged in, and many logins to one account at once.
 */
/* Runs with the browser tests (Failsafe), in their application context with a real port; see ApiIT. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginOverHttpIT {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** One browser: its own cookies, nothing else. */
    final class Browser {
        final Map<String, String> cookies = new LinkedHashMap<>();
        final List<String> setCookies = new ArrayList<>();

        HttpResponse<String> get(String path) throws Exception {
            return send(request(path).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers) throws Exception {
            var request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"))));
            headers.forEach(request::header);
            return send(request);
        }

        /** Opens the login page and sends the form with the token it was given, as a person tapping Log in does. */
        HttpResponse<String> logIn(String username, String secret) throws Exception {
            var page = get("/login");
            var token = TOKEN.matcher(page.body());
            assertThat(token.find()).as(() -> "a form token in " + page.body()).isTrue();
            return post("/login", Map.of("username", username, "password", secret, "_csrf", token.group(1)), Map.of());
        }

        boolean gotSession() {
            return setCookies.stream().anyMatch(c -> c.startsWith("JSESSIONID="));
        }

        private HttpRequest.Builder request(String path) {
            var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(java.time.Duration.ofSeconds(60)).header("Accept", "text/html");
            if (!cookies.isEmpty()) {
                builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            return builder;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                setCookies.add(cookie);
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq);
                String value = pair.substring(eq + 1);
                if (value.isEmpty()) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        }
    }

    private List<String> auditActions(long accountId) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE record_type = 'account' AND record_id = ? "
                + "AND action LIKE 'LOGIN%' ORDER BY id").param(String.valueOf(accountId)).query(String.class).list();
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void anonymous_visitors_get_pages_without_a_server_session() throws Exception {
        var browser = new Browser();
        for (String path : List.of("/", "/login", "/login?error", "/login?error&throttled", "/help", "/privacy",
                "/privacy?age=8-11", "/accessibility")) {
            var response = browser.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));
        }
        assertThat(browser.setCookies).as("cookies set for an anonymous visitor").noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    @Test
    void a_wrong_code_sends_the_form_back_without_a_server_session() throws Exception {
        var member = TestAccounts.member(accounts);
        var browser = new Browser();

        var response = browser.logIn(member.username(), "not-the-code-77");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("That did not work");
        assertThat(browser.gotSession()).isFalse();
        assertThat(failedLogins(member.accountId())).isEqualTo(1);
    }

    @Test
    void the_login_form_logs_a_member_in_with_its_token() throws Exception {
        var member = TestAccounts.member(accounts);
        var browser = new Browser();

        var response = browser.logIn(member.username(), member.secret());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).doesNotContain("/login");
        assertThat(browser.gotSession()).isTrue();
        var home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(location(home)).endsWith("/me");
        assertThat(auditActions(member.accountId())).containsExactly("LOGIN");
    }

    @Test
    void a_login_posted_without_the_form_token_is_refused_and_logs_nobody_in() throws Exception {
        var member = TestAccounts.member(accounts);
        var form = Map.of("username", member.username(), "password", member.secret());

        // A page on another site posts the right username and code (it knows them) to make a child's phone log in.
        var elsewhere = new Browser();
        var forged = elsewhere.post("/login", form, Map.of("Origin", "https://elsewhere.example",
                "Referer", "https://elsewhere.example/"));
        // The same, from a browser that has the token cookie but sends no token with the form.
        var withCookieOnly = new Browser();
        withCookieOnly.get("/login");
        var noToken = withCookieOnly.post("/login", form, Map.of());

        for (var refused : List.of(forged, noToken)) {
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(location(refused)).endsWith("/login?again");
        }
        for (var browser : List.of(elsewhere, withCookieOnly)) {
            assertThat(browser.gotSession()).isFalse();
            var home = browser.get("/");
            assertThat(home.statusCode()).as("the front door for someone not logged in").isEqualTo(200);
            assertThat(home.body()).contains("Welcome to Youth Voice");
            assertThat(browser.get("/login?again").body()).contains("Please type your username");
        }
        assertThat(auditActions(member.accountId())).isEmpty();
    }

    /** A login sent and answered: which browser sent it, and what came back. */
    record Sent(Browser browser, HttpResponse<String> response) {
    }

    /** Each secret from its own browser, all posted at the same moment (each browser has opened the form first). */
    private List<Sent> logInAtOnce(String username, List<String> secrets) throws Exception {
        var browsers = new ArrayList<Browser>();
        var tokens = new ArrayList<String>();
        for (int i = 0; i < secrets.size(); i++) {
            var browser = new Browser();
            var token = TOKEN.matcher(browser.get("/login").body());
            assertThat(token.find()).isTrue();
            browsers.add(browser);
            tokens.add(token.group(1));
        }
        var together = new CyclicBarrier(secrets.size());
        var pool = Executors.newFixedThreadPool(secrets.size());
        try {
            var results = new ArrayList<Future<HttpResponse<String>>>();
            for (int i = 0; i < secrets.size(); i++) {
                var browser = browsers.get(i);
                var form = Map.of("username", username, "password", secrets.get(i), "_csrf", tokens.get(i));
                results.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return browser.post("/login", form, Map.of());
                }));
            }
            var sent = new ArrayList<Sent>();
            for (int i = 0; i < secrets.size(); i++) {
                sent.add(new Sent(browsers.get(i), results.get(i).get(2, TimeUnit.MINUTES)));
            }
            return sent;
        } finally {
            pool.shutdownNow();
        }
    }

    private int failedLogins(long accountId) {
        return jdbc.sql("SELECT failed_logins FROM account WHERE id = ?").param(accountId).query(Integer.class).single();
    }

    @Test
    void twelve_logins_to_one_member_at_the_same_moment_all_succeed() throws Exception {
        IssuedSecret member = TestAccounts.member(accounts);

        var sent = logInAtOnce(member.username(), java.util.Collections.nCopies(12, member.secret()));

        for (var login : sent) {
            assertThat(login.response().statusCode()).as("a login answered with " + login.response().statusCode())
                    .isEqualTo(302);
            assertThat(location(login.response())).doesNotContain("/login");
            assertThat(login.browser().gotSession()).isTrue();
            assertThat(location(login.browser().get("/"))).endsWith("/me");
        }
        assertThat(auditActions(member.accountId())).hasSize(12).containsOnly("LOGIN");
        assertThat(failedLogins(member.accountId())).isZero();
    }

    @Test
    void wrong_codes_sent_at_the_same_moment_are_each_counted() throws Exception {
        var member = TestAccounts.member(accounts);

        var sent = logInAtOnce(member.username(), List.of("wrong-1", "wrong-2", "wrong-3", "wrong-4"));

        for (var login : sent) {
            assertThat(login.response().statusCode()).isEqualTo(302);
            assertThat(location(login.response())).endsWith("/login?error");
        }
        assertThat(failedLogins(member.accountId())).isEqualTo(4);
        assertThat(auditActions(member.accountId())).hasSize(4).containsOnly("LOGIN_FAILED");
    }
}
