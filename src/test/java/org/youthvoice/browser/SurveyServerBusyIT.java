package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import org.youthvoice.testing.TestAccounts;

/**
 * The server cannot save just now (its database is starting again: it answers 503, design note 0031). On the phone the
 * answer is kept, the young person is told plainly and carries on, and everything goes by itself, once, when the
 * server can save again. The 503s are made by the browser's own routing here, so the database other tests share is
 * never touched; {@code EmbeddedDatabaseComesBackIntegrationTest} kills a real server of its own.
 */
class SurveyServerBusyIT extends BrowserTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_answer_the_server_cannot_save_just_now_is_kept_on_the_phone_and_goes_by_itself() {
        long id = publish("Club busy " + TestAccounts.uniqueName("s"));
        String slug = SystemTask.runAs(() -> surveys.summary(id).slug(), Roles.OFFICER);
        onPhone();
        open("s/" + slug);
        button("Start").tap();
        settle();
        assertHeading("Do you come to the youth club?");
        waitUntilKeptForNoSignal(slug);
        page.getByText("Yes", new Page.GetByTextOptions().setExact(true)).tap();
        submitWith(button("Next"));
        assertHeading("How good is your area for young people?");

        // From now on the server answers every post with 503, as it does while its database starts again.
        var busy = new AtomicBoolean(true);
        var refused = new AtomicInteger();
        page.context().route(url -> url.contains("/s/" + slug + "/"), route -> {
            if (busy.get() && "POST".equals(route.request().method())) {
                refused.incrementAndGet();
                route.fulfill(new Route.FulfillOptions().setStatus(503)
                        .setHeaders(Map.of("Retry-After", "1", "Content-Type", "text/html")).setBody("busy"));
            } else {
                route.resume();
            }
        });
        page.getByText("7", new Page.GetByTextOptions().setExact(true)).tap();
        submitWith(button("Next"));
        assertThat(page.getByText("We could not save just now.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertHeading("What would make it better?");
        assertAccessible();
        page.getByLabel("What would make it better?").fill("Open later on Fridays");
        submitWith(button("Send my answers"));
        assertHeading("Your answers are safe on this phone");
        assertThat(refused.get()).isGreaterThanOrEqualTo(2);
        assertThat(sent(id)).isZero();

        // The server can save again: the phone sends everything by itself, once.
        busy.set(false);
        page.waitForURL(url -> url.contains("/thanks"), new Page.WaitForURLOptions().setTimeout(30_000));
        settle();
        assertHeading("Thank you!");
        assertThat(sent(id)).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT q.question_key, COALESCE(o.option_key, CAST(a.number_value AS CHAR), a.text_value)
                FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                JOIN survey_question q ON q.id = a.question_id LEFT JOIN survey_option o ON o.id = a.option_id
                WHERE r.survey_id = ? AND r.status = 'SUBMITTED' ORDER BY q.position""").param(id)
                .query((rs, n) -> rs.getString(1) + "=" + rs.getString(2)).list())
                .containsExactly("come=yes", "rate=7", "better=Open later on Fridays");
    }

    private long publish(String title) {
        var questions = List.of(
                new QuestionDefinition("come", QuestionKind.SINGLE_CHOICE, "Do you come to the youth club?", null,
                        null, false, null, null, null, null, null,
                        List.of(new OptionDefinition("yes", "Yes", null), new OptionDefinition("no", "No", null)),
                        List.of()),
                new QuestionDefinition("rate", QuestionKind.SCALE_0_10, "How good is your area for young people?",
                        null, null, false, null, "Awful", "Great", null, null, List.of(), List.of()),
                new QuestionDefinition("better", QuestionKind.FREE_TEXT, "What would make it better?", null, null,
                        true, 200, null, null, null, null, List.of(), List.of()));
        var all = new VersionDefinition("all", "Everyone", AgeBand.AGE_11_17, false, null,
                List.of(new VersionItem("come", null), new VersionItem("rate", null), new VersionItem("better", null)));
        return SystemTask.runAs(() -> {
            long id = surveys.create(new SurveyDefinition(title, "About the youth club.", null, List.of(all),
                    questions, Map.of()));
            surveys.publish(id, new SurveySettings(SurveyAccess.LINK, null, null, false));
            return id;
        }, Roles.OFFICER);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private int sent(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ? AND status = 'SUBMITTED'").param(id)
                .query(Integer.class).single();
    }

    /** Waits until the phone keeps the survey's offline page (the page's script fetches it once a survey starts). */
    private void waitUntilKeptForNoSignal(String slug) {
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        for (int i = 0; i < 100; i++) {
            Object kept = page.evaluate("s => caches.open('yv-' + s).then(c => c.match('/s/' + s + '/offline'))"
                    + ".then(r => !!r)", slug);
            if (Boolean.TRUE.equals(kept)) {
                return;
            }
            page.waitForTimeout(100);
        }
        throw new AssertionError("The offline page was never kept");
    }
}
