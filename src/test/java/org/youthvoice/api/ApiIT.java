package org.youthvoice.api;

import org.youthvoice.api.internal.ApiToken;
import org.youthvoice.api.internal.ApiTokenService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.people.AccountService;
import org.youthvoice.people.AccountSummary;
import org.youthvoice.people.NewStaffAccount;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.AnsweredSurvey;
import org.youthvoice.survey.DifferencingAttack;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveyTaking;
import org.youthvoice.testing.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The read-only API over real HTTP: tokens, who is let in, and what the answers hold (and never hold). */
/*
 * Runs with the browser tests (Failsafe), in their application context with a real port: a second Spring context in
 * the Surefire JVM would install its own security-context strategy, and the first context's method security would no
 * longer see who is signed in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    AccountService accounts;

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyTaking taking;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    AccountSummary staff(String role) {
        return SystemTask.runAs(() -> accounts.createStaff(new NewStaffAccount(TestAccounts.uniqueName("api"),
                "API " + role, TestAccounts.PASSWORD, Set.of(role))), Roles.ADMIN);
    }

    static <T> T as(AccountSummary account, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account.username(), null,
                account.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    String token(AccountSummary account) {
        return as(account, () -> tokens.create("dashboard", null)).secret();
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_token_lists_the_published_surveys_with_counts_made_safe() throws Exception {
        var viewer = staff(Roles.VIEWER);
        var survey = AnsweredSurvey.create(surveys, taking);

        var response = get("/api/v1/surveys", token(viewer));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Set-Cookie")).as("stateless: no session").isEmpty();
        JsonNode listed = null;
        for (var node : json.readTree(response.body())) {
            if (node.get("id").asLong() == survey.id()) {
                listed = node;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("status").asString()).isEqualTo("OPEN");
        assertThat(listed.get("responses").get("value").asLong()).isEqualTo(17);
        assertThat(listed.get("responses").get("suppressed").asBoolean()).isFalse();
        assertThat(response.body()).doesNotContain("slug").doesNotContain(survey.slug());
    }

    @Test
    void survey_results_come_suppressed_exactly_as_on_the_page_and_never_with_free_text() throws Exception {
        var officer = staff(Roles.OFFICER);
        var survey = AnsweredSurvey.create(surveys, taking);

        var response = get("/api/v1/surveys/" + survey.id() + "/results", token(officer));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(AnsweredSurvey.WORDS).doesNotContain("Sam");
        var results = json.readTree(response.body());
        assertThat(results.get("responses").get("value").asLong()).isEqualTo(17);
        assertThat(results.get("threshold").asInt()).isEqualTo(5);
        var colour = question(results, "colour");
        // Red's 15 of 17 would say that the other 2 chose something else: hidden with them (note 0024).
        assertThat(option(colour, "red").get("count").get("suppressed").asBoolean()).isTrue();
        assertThat(option(colour, "red").get("count").get("value").isNull()).isTrue();
        assertThat(option(colour, "red").get("percent").isNull()).isTrue();
        assertThat(option(colour, "blue").get("count").get("suppressed").asBoolean()).isTrue();
        assertThat(option(colour, "blue").get("count").get("value").isNull()).isTrue();
        assertThat(option(colour, "blue").get("percent").isNull()).isTrue();
        assertThat(question(results, "why").get("wroteSomething").get("value").asLong()).isEqualTo(17);
        // Red and blue put together would only be everyone who answered again: nothing to put together.
        assertThat(colour.get("together").isArray()).isTrue();
        assertThat(colour.get("together")).isEmpty();

        var narrowed = get("/api/v1/surveys/" + survey.id() + "/results?group=" + groupId(survey, "Tiny Club"),
                token(officer));
        assertThat(narrowed.statusCode()).as("a group of 2 is refused, as on the page").isEqualTo(422);
        assertThat(narrowed.body()).contains("fewer than");

        var audit = jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'api.survey.results' AND record_id = ?")
                .param(String.valueOf(survey.id())).query(String.class).list();
        assertThat(audit).contains(officer.username());
    }

    @Test
    void no_two_or_three_api_answers_subtract_to_a_small_group_or_answer_count() throws Exception {
        // The differencing attack of DifferencingAttackIntegrationTest, made over HTTP with a token as a program
        // would: every narrowing the API takes, for an officer and a viewer, then every pair and trio compared.
        var problems = new java.util.ArrayList<String>();
        for (int s : new int[] {0, 6, 7, 8}) {
            var made = DifferencingAttack.makeSurvey(surveys, taking, DifferencingAttack.SCENARIOS[s],
                    new java.util.Random(2000 + s));
            for (var account : List.of(staff(Roles.OFFICER), staff(Roles.VIEWER))) {
                String token = token(account);
                var seen = new java.util.ArrayList<DifferencingAttack.Seen>();
                for (var view : DifferencingAttack.everyView(made.groupIds())) {
                    var query = new StringBuilder("?");
                    if (view.version() != null) {
                        query.append("version=").append(view.version()).append('&');
                    }
                    if (view.groupId() != null) {
                        query.append("group=").append(view.groupId()).append('&');
                    }
                    if (view.aboutQuestion() != null) {
                        query.append("aboutQuestion=").append(view.aboutQuestion()).append("&aboutOption=")
                                .append(view.aboutOption());
                    }
                    var response = get("/api/v1/surveys/" + made.id() + "/results" + query, token);
                    if (response.statusCode() == 422) {
                        continue; // refused, as the page refuses it
                    }
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                    var shown = shown(json.readTree(response.body()));
                    if (shown != null) {
                        seen.add(new DifferencingAttack.Seen(view, DifferencingAttack.who(view, made.young()), shown));
                    }
                }
                assertThat(seen).as("the API answers some views").isNotEmpty();
                problems.addAll(DifferencingAttack.attack(seen, made.young(), "API, scenario " + s + ", "
                        + account.roles()));
            }
        }
        assertThat(problems).as("small groups or answer counts found by subtracting API answers").isEmpty();
    }

    /** What one API answer shows, as the attack reads it; null when even its total is hidden. */
    static DifferencingAttack.@org.jspecify.annotations.Nullable Shown shown(JsonNode results) {
        if (results.get("responses").get("suppressed").asBoolean()) {
            return null;
        }
        var answers = new java.util.HashMap<String, Long>();
        var together = new java.util.HashMap<Set<String>, Long>();
        Double mean = null;
        long answered = -1;
        for (var q : results.get("questions")) {
            String key = q.get("key").asString();
            if (!q.get("answered").get("suppressed").asBoolean()) {
                answers.put("answered:" + key, q.get("answered").get("value").asLong());
            }
            for (var o : q.get("options")) {
                if (!o.get("count").get("suppressed").asBoolean()) {
                    answers.put(key + ":" + o.get("key").asString(), o.get("count").get("value").asLong());
                }
            }
            for (var t : q.get("together")) {
                var keys = new java.util.HashSet<String>();
                t.get("keys").forEach(k -> keys.add(key + ":" + k.asString()));
                together.put(keys, t.get("count").asLong());
            }
            if (key.equals("score")) {
                mean = q.get("mean").isNull() ? null : q.get("mean").asDouble();
                answered = q.get("answered").get("suppressed").asBoolean() ? -1 : q.get("answered").get("value")
                        .asLong();
            }
        }
        return new DifferencingAttack.Shown(results.get("responses").get("value").asLong(), mean, answered, answers,
                together);
    }

    long groupId(AnsweredSurvey.Published survey, String name) {
        return jdbc.sql("SELECT id FROM survey_group WHERE survey_id = ? AND name = ?").params(survey.id(), name)
                .query(Long.class).single();
    }

    static JsonNode question(JsonNode results, String key) {
        for (var q : results.get("questions")) {
            if (q.get("key").asString().equals(key)) {
                return q;
            }
        }
        throw new AssertionError("no question " + key);
    }

    static JsonNode option(JsonNode question, String key) {
        for (var o : question.get("options")) {
            if (o.get("key").asString().equals(key)) {
                return o;
            }
        }
        throw new AssertionError("no option " + key);
    }

    @Test
    void frameworks_come_with_their_priorities_and_outcomes() throws Exception {
        var viewer = staff(Roles.VIEWER);

        var response = get("/api/v1/frameworks", token(viewer));

        assertThat(response.statusCode()).isEqualTo(200);
        var frameworks = json.readTree(response.body());
        assertThat(frameworks.size()).isPositive();
        assertThat(frameworks.get(0).get("priorities").size()).isPositive();
        assertThat(frameworks.get(0).get("priorities").get(0).has("outcomes")).isTrue();
    }

    @Test
    void no_token_or_a_wrong_one_gets_401_and_a_role_without_results_gets_403() throws Exception {
        var viewer = staff(Roles.VIEWER);
        String token = token(viewer);

        assertThat(get("/api/v1/surveys", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/surveys", null).headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(get("/api/v1/surveys", token + "x").statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/surveys", "yv_" + "A".repeat(43)).statusCode()).isEqualTo(401);

        var post = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/surveys"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as("read-only").isEqualTo(403);

        var unknown = get("/api/v1/no-such-thing", token);
        assertThat(unknown.statusCode()).as("an unknown address answers in JSON").isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/json"));
        assertThat(unknown.body()).contains("\"status\":404").doesNotContain("<html");

        SystemTask.runAs(() -> accounts.changeStaffRoles(viewer.id(), Set.of(Roles.SAFEGUARDING_LEAD)), Roles.ADMIN);
        assertThat(get("/api/v1/surveys", token).statusCode()).as("roles count as they are now").isEqualTo(403);
    }

    @Test
    void a_switched_off_account_or_a_revoked_or_expired_token_is_refused() throws Exception {
        var officer = staff(Roles.OFFICER);
        String switchedOff = token(officer);
        var other = staff(Roles.VIEWER);
        var revokedToken = as(other, () -> tokens.create("to revoke", null));
        String revoked = revokedToken.secret();
        String expired = token(other);
        String good = token(other);
        assertThat(get("/api/v1/surveys", switchedOff).statusCode()).isEqualTo(200);

        SystemTask.runAs(() -> accounts.setStaffEnabled(officer.id(), false), Roles.ADMIN);
        as(other, () -> {
            tokens.revoke(revokedToken.token().id());
            return null;
        });
        jdbc.sql("UPDATE api_token SET expires_on = DATE_SUB(CURRENT_DATE, INTERVAL 1 DAY) WHERE token_hash = ?")
                .param(ApiTokenService.hash(expired)).update();

        assertThat(get("/api/v1/surveys", switchedOff).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/surveys", revoked).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/surveys", expired).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/surveys", good).statusCode()).isEqualTo(200);
    }

    @Test
    void tokens_are_stored_hashed_listed_to_their_owner_only_and_audited() throws Exception {
        var officer = staff(Roles.OFFICER);
        var other = staff(Roles.OFFICER);
        var made = as(officer, () -> tokens.create("  Power BI  ", null));

        assertThat(made.secret()).startsWith("yv_").hasSize(46);
        var stored = jdbc.sql("SELECT token_hash FROM api_token WHERE id = ?").param(made.token().id())
                .query(String.class).single();
        assertThat(stored).isEqualTo(ApiTokenService.hash(made.secret())).doesNotContain(made.secret());
        assertThat(as(officer, () -> tokens.mine())).extracting(ApiToken::name).containsExactly("Power BI");
        assertThat(as(officer, () -> tokens.mine()).getFirst().lastUsedAt()).isNull();
        assertThat(as(other, () -> tokens.mine())).isEmpty();
        assertThatThrownBy(() -> as(other, () -> {
            tokens.revoke(made.token().id());
            return null;
        })).isInstanceOf(UserFacingException.class);

        get("/api/v1/surveys", made.secret());
        assertThat(as(officer, () -> tokens.mine()).getFirst().lastUsedAt()).isNotNull();

        as(officer, () -> {
            tokens.revoke(made.token().id());
            return null;
        });
        var audit = jdbc.sql("SELECT CONCAT(actor, ' ', action) FROM audit_entry WHERE record_type = 'api_token' "
                + "AND record_id = ? ORDER BY id").param(String.valueOf(made.token().id())).query(String.class).list();
        assertThat(audit).containsExactly(officer.username() + " api.token.created",
                officer.username() + " api.token.revoked");
    }

    @Test
    void only_staff_who_read_results_may_have_tokens() {
        var lead = staff(Roles.SAFEGUARDING_LEAD);
        assertThatThrownBy(() -> as(lead, () -> tokens.create("x", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemTask.runAs(() -> tokens.create("x", null), Roles.MEMBER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(List.of(Roles.OFFICER, Roles.ADMIN, Roles.VIEWER)).allSatisfy(role ->
                assertThat(as(staff(role), () -> tokens.create("ok", null)).secret()).isNotBlank());
    }
}
