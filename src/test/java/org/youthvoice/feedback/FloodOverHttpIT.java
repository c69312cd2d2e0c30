package org.youthvoice.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.safeguarding.SafeguardingQueue;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.StartRequest;
import org.youthvoice.survey.SurveyAccess;
import org.youthvoice.survey.SurveyExamples;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveySettings;
import org.youthvoice.survey.SurveyTaking;
import org.youthvoice.testing.TestAccounts;

/**
 * A flood of "tell us" sends over real HTTP from one address on this machine (loopback only, and bounded: 40 sends),
 * with the limits set low: the limit holds, the young person is asked to wait with their words still in the form, the
 * same words are kept once, and the safeguarding queue gets no more than the limit lets through.
 */
/* Runs with the browser tests (Failsafe); its own application context, for the low limits. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "youthvoice.floods.feedback-per-address=5", "youthvoice.floods.feedback-per-channel=12",
    "youthvoice.floods.survey-per-address=3", "youthvoice.floods.survey-per-survey=100000"})
@ActiveProfiles("test")
@org.springframework.test.annotation.DirtiesContext
@org.junit.jupiter.api.extension.ExtendWith(org.youthvoice.testing.KeepSharedSecurityHolder.class)
class FloodOverHttpIT {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final int SENDS = 40;

    @LocalServerPort
    int port;
    @Autowired
    FeedbackService feedback;
    @Autowired
    SafeguardingQueue queue;
    @Autowired
    SurveyService surveys;
    @Autowired
    SurveyTaking taking;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private ChannelView channel() {
        return SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Tell us about your placement "
                + TestAccounts.uniqueName("c"), "How is it going?", true, true, false)), Roles.OFFICER);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        var response = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return response;
    }

    private String token(String slug) throws Exception {
        var page = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/tell-us/" + slug)).GET());
        var token = TOKEN.matcher(page.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> post(String slug, String token, String comment) throws Exception {
        String form = Map.of("rating", "1", "comment", comment, "_csrf", token).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/tell-us/" + slug))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private int queued(String marker) {
        return jdbc.sql("SELECT COUNT(*) FROM disclosure WHERE text LIKE ?").param("%" + marker + "%")
                .query(Integer.class).single();
    }

    @Test
    void a_flood_from_one_address_is_held_at_the_limit_and_the_queue_gets_no_more_than_the_limit() throws Exception {
        var channel = channel();
        String marker = TestAccounts.uniqueName("flood");
        String token = token(channel.slug());
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < SENDS; i++) {
            String comment = "I want to kill myself " + marker + " number " + i;
            var response = post(channel.slug(), token, comment);
            if (response.statusCode() == 302) {
                accepted++;
            } else {
                refused++;
                assertThat(response.statusCode()).isEqualTo(429);
                assertThat(response.body()).contains("Lots of people are sending this right now")
                        .contains(comment); // nothing typed is lost
            }
        }
        assertThat(accepted).isEqualTo(5);
        assertThat(refused).isEqualTo(SENDS - 5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback_item WHERE channel_id = ?").param(channel.id())
                .query(Integer.class).single()).isEqualTo(5);

        // Screening runs after commit: the five that got through are queued, and nothing more ever arrives.
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> queued(marker) == 5);
        Thread.sleep(1000);
        assertThat(queued(marker)).isEqualTo(5);
        // The lead's queue stays readable: five urgent items from the flood, not forty.
        long urgentFromFlood = SystemTask.runAs(() -> queue.list(true, 10_000, 0), Roles.SAFEGUARDING_LEAD).stream()
                .filter(d -> d.text().contains(marker)).count();
        assertThat(urgentFromFlood).isEqualTo(5);

        // The channel's own limit holds for sends from many addresses too: 12 in all, 5 already used.
        for (int i = 0; i < 7; i++) {
            feedback.submit(channel.slug(), new FeedbackForm(3, null, false, null, null), null, "10.77.0." + i);
        }
        assertThatThrownBy(() -> feedback.submit(channel.slug(), new FeedbackForm(3, null, false, null, null), null,
                "10.77.1.1")).isInstanceOf(UserFacingException.class).hasMessageContaining("tellus.error.busy");
    }

    @Test
    void the_same_words_sent_again_within_minutes_are_kept_once() throws Exception {
        var channel = channel();
        String marker = TestAccounts.uniqueName("same");
        String token = token(channel.slug());
        String comment = "My carer hits me when I get home " + marker;
        for (int i = 0; i < 3; i++) {
            assertThat(post(channel.slug(), token, i == 1 ? "  " + comment.toUpperCase() + " " : comment).statusCode())
                    .isEqualTo(302);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback_item WHERE channel_id = ?").param(channel.id())
                .query(Integer.class).single()).isEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> queued(marker) == 1);
        Thread.sleep(1000);
        assertThat(queued(marker)).isEqualTo(1);
        // Short words many young people write are never repeats: each one counts.
        var other = channel();
        feedback.submit(other.slug(), new FeedbackForm(5, "It was fun", false, null, null), null, "10.78.0.1");
        feedback.submit(other.slug(), new FeedbackForm(5, "It was fun", false, null, null), null, "10.78.0.2");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback_item WHERE channel_id = ?").param(other.id())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anonymous_survey_starts_are_limited_per_address() {
        String slug = SystemTask.runAs(() -> {
            long id = surveys.create(SurveyExamples.everyKindOfQuestion("Flood " + TestAccounts.uniqueName("s")));
            surveys.publish(id, new SurveySettings(SurveyAccess.LINK, null, null));
            return surveys.summary(id).slug();
        }, Roles.OFFICER);
        long version = taking.entry(slug).orElseThrow().versions().getFirst().id();
        for (int i = 0; i < 3; i++) {
            taking.start(slug, new StartRequest(version, null, "en", false, "10.79.0.1"));
        }
        assertThatThrownBy(() -> taking.start(slug, new StartRequest(version, null, "en", false, "10.79.0.1")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("survey.take.error.busy");
        // A refused start leaves no response behind.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response r JOIN survey s ON s.id = r.survey_id "
                + "WHERE s.slug = ?").param(slug).query(Long.class).single()).isEqualTo(3);
        // Another address is not held up by the first.
        taking.start(slug, new StartRequest(version, null, "en", false, "10.79.0.2"));
    }
}
