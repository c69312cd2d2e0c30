package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youthvoice.base.SystemTask;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyGroup;
import org.youthvoice.survey.SurveyAccess;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.ShowIf;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveySettings;
import org.youthvoice.testing.TestAccounts;

/** Young people answer surveys on their phones; an officer previews one. */
class SurveyTakingIT extends BrowserTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    JdbcClient jdbc;

    static OptionDefinition option(String key, String label) {
        return new OptionDefinition(key, label, null);
    }

    static QuestionDefinition question(String key, QuestionKind kind, String text, boolean optional,
            List<OptionDefinition> options) {
        return new QuestionDefinition(key, kind, text, null, null, optional, null, null, null, null, null, options,
                List.of());
    }

    static SurveyDefinition survey(String title) {
        var questions = List.of(
                question("safe", QuestionKind.YES_NO_NOT_SURE, "Do you feel safe where you live?", false,
                        List.of(option("yes", "Yes"), option("no", "No"), option("not-sure", "Not sure"))),
                new QuestionDefinition("why", QuestionKind.FREE_TEXT, "What would help you feel safer?", null, null,
                        true, 300, null, null, null, new ShowIf("safe", List.of("no", "not-sure")), List.of(),
                        List.of()),
                new QuestionDefinition("feel", QuestionKind.FACE_SCALE, "How is school?", null, "school", false,
                        null, null, null, null, null, List.of(option("1", "Really bad"), option("2", "Bad"),
                                option("3", "OK"), option("4", "Good"), option("5", "Really good")), List.of()),
                question("pets", QuestionKind.SINGLE_CHOICE, "Do you have a pet?", true,
                        List.of(option("cat", "A cat"), option("dog", "A dog"), option("none", "No pet"))),
                question("likes", QuestionKind.MULTIPLE_CHOICE, "What do you like doing?", true,
                        List.of(option("sport", "Sport"), option("music", "Music"), option("games", "Games"))),
                new QuestionDefinition("happy", QuestionKind.SCALE_0_10, "How happy did you feel yesterday?", null,
                        null, false, null, "Not at all", "Completely", null, null, List.of(), List.of()),
                question("rank", QuestionKind.RANKING, "What matters most to you?", true,
                        List.of(option("friends", "Friends"), option("family", "Family"), option("school", "School"))));
        var younger = new VersionDefinition("younger", "I am 8 to 11", AgeBand.AGE_8_11, false, null,
                List.of(new VersionItem("safe", "Where you live"), new VersionItem("happy", null)));
        var older = new VersionDefinition("older", "I am 11 to 17", AgeBand.AGE_11_17, false, null,
                List.of(new VersionItem("safe", "Where you live"), new VersionItem("why", null),
                        new VersionItem("feel", "School"), new VersionItem("pets", "You"),
                        new VersionItem("likes", null), new VersionItem("happy", null), new VersionItem("rank", null)));
        return new SurveyDefinition(title, "Tell us how things are for you.", "Thank you for telling us.",
                List.of(younger, older), questions, Map.of());
    }

    long publish(String title) {
        return publish(title, false);
    }

    long publish(String title, boolean sharedDevices) {
        return SystemTask.runAs(() -> {
            long id = surveys.create(survey(title));
            surveys.publish(id, new SurveySettings(SurveyAccess.LINK, null, null, sharedDevices));
            return id;
        }, Roles.OFFICER);
    }

    String link(long id) {
        return "s/" + SystemTask.runAs(() -> surveys.summary(id).slug(), Roles.OFFICER);
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    void tapText(String text) {
        page.getByText(text, new Page.GetByTextOptions().setExact(true)).tap();
    }

    /** Taps Next and waits for the page it leads to (the question page is the same shell either side). */
    void next() {
        submitWith(button("Next"));
    }

    static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}");

    List<String> stored(long id) {
        return jdbc.sql("""
                SELECT q.question_key, o.option_key, a.number_value, a.rank_value, a.text_value FROM survey_answer a
                JOIN survey_response r ON r.id = a.response_id JOIN survey_question q ON q.id = a.question_id
                LEFT JOIN survey_option o ON o.id = a.option_id WHERE r.survey_id = ? AND r.status = 'SUBMITTED'
                ORDER BY q.position, a.rank_value, o.position""").param(id)
                .query((rs, n) -> rs.getString(1) + "=" + (rs.getString(2) != null ? rs.getString(2)
                        : rs.getString(3) != null ? rs.getString(3) : rs.getString(5))
                        + (rs.getObject(4) != null ? "#" + rs.getInt(4) : ""))
                .list();
    }

    @Test
    void a_young_person_answers_on_a_phone_reloads_and_carries_on_with_a_code_on_another_phone() {
        String title = "Your life " + TestAccounts.uniqueName("s");
        long id = publish(title);
        onPhone();
        open(link(id));
        assertHeading(title);
        assertHeading("Before you start");
        assertThat(page.getByText("We do not ask your name.", new Page.GetByTextOptions())).isVisible();
        assertAccessible();

        tapText("I am 11 to 17");
        button("Start").tap();
        settle();
        assertThat(page.getByText("Question 1 of 6")).isVisible();
        assertHeading("Do you feel safe where you live?");
        // The carry-on code is on every question, and stays the same all the way through.
        String code = page.locator(".later .code").textContent();
        assertThat(code).matches(CODE);
        assertAccessible();
        next();
        assertThat(page.getByText("Please choose or type an answer first.").first()).isVisible();
        assertAccessible();
        tapText("Not sure");
        next();

        assertThat(page.getByText("Question 2 of 7")).isVisible();
        assertHeading("What would help you feel safer?");
        assertHeading("Before you write");
        page.getByLabel("What would help you feel safer?").fill("More light on the stairs 😀 <b>please</b>");
        assertThat(page.getByText("Up to 300 characters.", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertAccessible();
        next();

        // A closed tab, a lost connection or an expired session: the page is the same page again.
        page.reload();
        assertHeading("How is school?");
        assertAccessible();
        button("Back").tap();
        assertThat(page.getByLabel("What would help you feel safer?")).hasValue("More light on the stairs 😀 <b>please</b>");
        next();
        // The phone is put down before Next: the answer was kept the moment it was tapped.
        page.waitForResponse(r -> r.url().endsWith("/q/feel") && r.request().method().equals("POST"),
                () -> tapText("Good"));
        page.reload();
        assertHeading("How is school?");
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Good").setExact(true)))
                .isChecked();
        assertThat(page.locator(".later .code")).hasText(code);
        // No signal: the answer stays on the phone and goes by itself when the signal is back, once. (The phone keeps
        // the survey for no signal a moment after a page opens; this young person has been reloading quickly.)
        waitUntilKeptForNoSignal(link(id).substring(2));
        setOffline(true);
        submitWith(button("Next"));
        var noSignal = page.getByText("You have no signal just now.", new Page.GetByTextOptions().setExact(false));
        assertThat(noSignal).isVisible();
        // The next question comes from the phone itself.
        assertHeading("Do you have a pet?");
        // The phone's own "online" event sends the answer; the young person carries on where they are.
        setOffline(false);
        assertThat(noSignal).isHidden();
        assertHeading("Do you have a pet?");
        assertThat(page.getByText("You can skip this one: just tap Next.")).isVisible();
        next();
        tapText("Music");
        tapText("Games");
        assertAccessible();
        next();

        assertHeading("How happy did you feel yesterday?");
        button("Finish later").tap();
        assertHeading("Your answers are saved");
        assertThat(page.locator("main .code")).hasText(code);
        assertAccessible();

        // Another phone, with the code.
        onPhone();
        open(link(id));
        page.getByLabel("Your code to carry on").fill(code.toLowerCase());
        button("Carry on").tap();
        assertHeading("How happy did you feel yesterday?");
        assertThat(page.locator(".later .code")).hasText(code);
        tapText("7");
        next();
        assertHeading("What matters most to you?");
        page.getByLabel("Number for Friends").selectOption("1");
        page.getByLabel("Number for School").selectOption("1");
        button("Send my answers").tap();
        assertThat(page.getByText("Each number can only be used once.").first()).isVisible();
        assertAccessible();
        page.getByLabel("Number for School").selectOption("");
        page.getByLabel("Number for Family").selectOption("2");
        button("Send my answers").tap();
        assertHeading("Thank you!");
        assertThat(page.getByText("Thank you for telling us.")).isVisible();
        assertAccessible();

        assertThat(stored(id)).containsExactly("safe=not-sure", "why=More light on the stairs 😀 <b>please</b>",
                "feel=4", "likes=music", "likes=games", "happy=7", "rank=friends#1", "rank=family#2");
        // After sending, Back shows nothing of the answers: the pages were never kept, and the device forgot them.
        // (The page before was a refused form, which the browser will not show again without sending it.)
        try {
            page.goBack();
        } catch (com.microsoft.playwright.PlaywrightException refusedToShowAgain) {
            assertThat(refusedToShowAgain.getMessage()).contains("ERR_CACHE_MISS");
        }
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("What matters most to you?")))
                .hasCount(0);
        assertThat(page.getByLabel("Number for Friends")).hasCount(0);
    }

    @Test
    void a_shared_phone_never_shows_the_last_childs_answers_to_the_next() {
        String title = "Shared " + TestAccounts.uniqueName("s");
        // The officer said this survey is used on shared tablets: the device keeps it only briefly.
        long id = publish(title, true);
        onPhone();
        open(link(id));
        tapText("I am 11 to 17");
        button("Start").tap();
        tapText("No");
        next();
        page.getByLabel("What would help you feel safer?").fill("Nobody listens at home");
        next();
        assertHeading("How is school?");
        String firstChildsCode = page.locator(".later .code").textContent();
        var kept = page.context().cookies().stream().filter(c -> c.name.equals("yv-survey")).findFirst().orElseThrow();
        assertThat(kept.expires - System.currentTimeMillis() / 1000.0).isBetween(0.0, 15 * 60.0 + 5);

        // The first child closes the tab; the second opens the same link on the same phone.
        page = anotherTabOnThisDevice();
        open(link(id));
        assertHeading("Someone started this survey on this phone");
        assertThat(page.getByText("Nobody listens at home")).hasCount(0);
        assertThat(page.getByText("Do you feel safe where you live?")).hasCount(0);
        assertAccessible();
        button("Start new").tap();
        assertHeading("Before you start");
        tapText("I am 8 to 11");
        button("Start").tap();
        assertHeading("Do you feel safe where you live?");
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("No").setExact(true)))
                .not().isChecked();
        assertThat(page.locator(".later .code")).not().hasText(firstChildsCode);
        tapText("Yes");
        next();
        tapText("5");
        button("Send my answers").tap();
        assertHeading("Thank you!");
        page.goBack();
        assertHeading("Before you start");

        // The first child's answers are safe and still theirs, with their code.
        page.getByLabel("Your code to carry on").fill(firstChildsCode);
        button("Carry on").tap();
        assertHeading("How is school?");
        button("Back").tap();
        assertThat(page.getByLabel("What would help you feel safer?")).hasValue("Nobody listens at home");
    }

    @Test
    void a_young_person_answers_with_script_switched_off_and_on_a_320_px_phone() {
        String title = "No script " + TestAccounts.uniqueName("s");
        long id = publish(title);
        onPhoneWithoutScript();
        open(link(id));
        assertAccessible();
        button("Start").tap();
        assertThat(page.getByText("Please choose which survey is for you.").first()).isVisible();
        tapText("I am 11 to 17");
        button("Start").tap();
        tapText("Yes");
        next();
        assertHeading("How is school?");
        tapText("Really good");
        next();
        next();
        tapText("Sport");
        next();
        tapText("3");
        next();
        page.getByLabel("Number for Family").selectOption("1");
        assertAccessible();
        button("Send my answers").tap();
        assertHeading("Thank you!");
        assertThat(stored(id)).containsExactly("safe=yes", "feel=5", "likes=sport", "happy=3", "rank=family#1");

        // Every kind of question fits a 320 px screen (assertAccessible checks the width too).
        onSmallPhone();
        open(link(id));
        assertAccessible();
        tapText("I am 11 to 17");
        button("Start").tap();
        tapText("Not sure");
        assertAccessible();
        next();
        page.getByLabel("What would help you feel safer?").fill("x".repeat(301));
        assertThat(page.getByText("1 characters too many", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        next();
        // Too long: refused in plain words, and nothing typed is lost.
        assertThat(page.getByText("That is too long. Please use up to 300 characters.").first()).isVisible();
        assertThat(page.getByLabel("What would help you feel safer?")).hasValue("x".repeat(301));
        assertAccessible();
        page.getByLabel("What would help you feel safer?").fill("A longer-than-the-screen-word-" + "w".repeat(80));
        next();
        assertAccessible();
        tapText("OK");
        next();
        assertAccessible();
        next();
        assertAccessible();
        next();
        assertAccessible();
        tapText("10");
        next();
        assertAccessible();
    }

    @Test
    void a_young_child_answers_the_picture_version_with_an_adult() {
        String title = "Little ones " + TestAccounts.uniqueName("s");
        var faces = new QuestionDefinition("fun", QuestionKind.FACE_SCALE, "How do you feel at home?", null, "home",
                false, null, null, null, null, null, List.of(option("1", "Really sad"), option("2", "Sad"),
                        option("3", "OK"), option("4", "Happy"), option("5", "Really happy")), List.of());
        var play = new QuestionDefinition("play", QuestionKind.SINGLE_CHOICE, "What do you like to play?", null,
                null, false, null, null, null, null, null, List.of(new OptionDefinition("ball", "Ball games", "sport"),
                        new OptionDefinition("music", "Music and singing", "music"),
                        new OptionDefinition("games", "Games on a screen", "games"),
                        new OptionDefinition("books", "Books and stories", "book")), List.of());
        var little = new VersionDefinition("little", "I am 4 to 7", AgeBand.AGE_4_7, true,
                "Read each question to the child and let them choose.", List.of(new VersionItem("fun", null),
                        new VersionItem("play", null)));
        var big = new VersionDefinition("big", "I am 8 or older", AgeBand.AGE_8_11, false, null,
                List.of(new VersionItem("fun", null)));
        long id = SystemTask.runAs(() -> {
            long created = surveys.create(new SurveyDefinition(title, null, null, List.of(little, big),
                    List.of(faces, play), Map.of()));
            surveys.publish(created, new SurveySettings(SurveyAccess.LINK, null, null));
            return created;
        }, Roles.OFFICER);
        onPhone();
        open(link(id));
        tapText("I am 8 or older");
        button("Start").tap();
        // The wrong version: back to the choice.
        button("Choose a different one").tap();
        assertHeading("Before you start");
        tapText("I am 4 to 7");
        tapText("An adult is helping me");
        button("Start").tap();
        assertHeading("For the adult helping");
        assertThat(page.getByText("Read each question to the child and let them choose.")).isVisible();
        assertAccessible();
        next();
        tapText("Happy");
        next();
        assertHeading("What do you like to play?");
        // Picture cards: big, and none covers another or its words.
        var cards = page.locator("#answer .choice");
        assertThat(cards).hasCount(4);
        var boxes = cards.all().stream().map(Locator::boundingBox).toList();
        for (int i = 0; i < boxes.size(); i++) {
            assertThat(boxes.get(i).height).isGreaterThanOrEqualTo(44);
            assertThat(boxes.get(i).width).isGreaterThanOrEqualTo(44);
            for (int j = i + 1; j < boxes.size(); j++) {
                var a = boxes.get(i);
                var b = boxes.get(j);
                boolean apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y
                        || b.y + b.height <= a.y;
                assertThat(apart).as("cards %d and %d overlap", i, j).isTrue();
            }
        }
        assertAccessible();
        tapText("Books and stories");
        button("Send my answers").tap();
        assertHeading("Thank you!");
        assertThat(stored(id)).containsExactly("fun=4", "play=books");
        assertThat(jdbc.sql("SELECT adult_helped FROM survey_response WHERE survey_id = ? AND status = 'SUBMITTED'")
                .param(id).query(Boolean.class).single()).isTrue();
    }

    @Test
    void a_tampered_or_replayed_post_gets_a_friendly_page_and_stores_nothing_half() {
        long id = publish("Tamper " + TestAccounts.uniqueName("s"));
        onPhone();
        open(link(id));
        tapText("I am 8 to 11");
        button("Start").tap();
        assertHeading("Do you feel safe where you live?");
        String action = page.locator("form[data-keep]").getAttribute("action");
        String token = page.locator("input[name=_csrf]").first().inputValue();
        var form = com.microsoft.playwright.options.FormData.create().set("_csrf", token).set("action", "next");
        // An option from another question.
        var wrong = page.request().post(action, com.microsoft.playwright.options.RequestOptions.create()
                .setForm(com.microsoft.playwright.options.FormData.create().set("_csrf", token).set("action", "next")
                        .set("choice", "cat")));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.text()).contains("That answer does not fit this question.");
        // A question that is not in the survey.
        var unknown = page.request().post(action.replace("/q/safe", "/q/nope"),
                com.microsoft.playwright.options.RequestOptions.create().setForm(form));
        assertThat(unknown.status()).isEqualTo(400);
        // Without the form token.
        var forged = page.request().post(action, com.microsoft.playwright.options.RequestOptions.create()
                .setForm(com.microsoft.playwright.options.FormData.create().set("action", "next").set("choice", "no")));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                WHERE r.survey_id = ?""").param(id).query(Integer.class).single()).isZero();

        tapText("Yes");
        next();
        tapText("2");
        button("Send my answers").tap();
        assertHeading("Thank you!");
        // Sending again (a replayed post) stores nothing more.
        var replay = page.request().post(action, com.microsoft.playwright.options.RequestOptions.create()
                .setForm(com.microsoft.playwright.options.FormData.create().set("_csrf", token).set("action", "send")
                        .set("choice", "no")));
        assertThat(replay.status()).isEqualTo(409);
        assertThat(stored(id)).containsExactly("safe=yes", "happy=2");
    }

    /** A youth club survey with a branch: whoever does not come is asked why, and a free text only then. */
    long publishClubSurvey(String title) {
        var questions = List.of(
                question("come", QuestionKind.SINGLE_CHOICE, "Do you come to the youth club?", false,
                        List.of(option("yes", "Yes"), option("no", "No"))),
                new QuestionDefinition("stops", QuestionKind.MULTIPLE_CHOICE, "What stops you coming?", null, null,
                        false, null, null, null, null, new ShowIf("come", List.of("no")),
                        List.of(option("far", "It is too far"), option("friends", "My friends do not go"),
                                option("times", "The times are wrong")), List.of()),
                new QuestionDefinition("more", QuestionKind.FREE_TEXT, "What would make you come?", null, null, true,
                        200, null, null, null, new ShowIf("come", List.of("no")), List.of(), List.of()),
                new QuestionDefinition("rate", QuestionKind.SCALE_0_10, "How good is your area for young people?",
                        null, null, false, null, "Awful", "Great", null, null, List.of(), List.of()),
                question("first", QuestionKind.RANKING, "What should we fix first?", true,
                        List.of(option("buses", "Buses"), option("parks", "Parks"), option("wifi", "Wi-Fi"))));
        var all = new VersionDefinition("all", "Everyone", AgeBand.AGE_11_17, false, null,
                List.of(new VersionItem("come", null), new VersionItem("stops", null), new VersionItem("more", null),
                        new VersionItem("rate", null), new VersionItem("first", null)));
        return SystemTask.runAs(() -> {
            long id = surveys.create(new SurveyDefinition(title, "About the youth club.", null, List.of(all),
                    questions, Map.of()));
            surveys.publish(id, new SurveySettings(SurveyAccess.LINK, null, null, false));
            return id;
        }, Roles.OFFICER);
    }

    /** Waits until the phone keeps the survey's offline page (the page's script fetches it once a survey starts). */
    /** A young person opens the club survey's link on a phone and taps Start: question 1 shows. */
    void startOnPhone(long id) {
        onPhone();
        open(link(id));
        button("Start").tap();
        settle();
        assertHeading("Do you come to the youth club?");
    }

    void waitUntilKeptForNoSignal(String slug) {
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

    /** What the phone itself keeps of a survey: its IndexedDB record (null when none) and whether a cache is there. */
    @SuppressWarnings("unchecked")
    Map<String, Object> keptOnPhone(String slug) {
        return (Map<String, Object>) page.evaluate("""
                s => new Promise(ok => { const r = indexedDB.open('youth-voice', 1);
                  r.onupgradeneeded = () => r.result.createObjectStore('surveys');
                  r.onsuccess = () => { const q = r.result.transaction('surveys').objectStore('surveys').get(s);
                    q.onsuccess = () => caches.has('yv-' + s).then(c => ok({ record: q.result || null, cache: c })); }; })""",
                slug);
    }

    int sent(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ? AND status = 'SUBMITTED'").param(id)
                .query(Integer.class).single();
    }

    @Test
    void a_survey_answered_with_no_signal_is_sent_once_when_the_signal_is_back() {
        long id = publishClubSurvey("Club " + TestAccounts.uniqueName("s"));
        String slug = link(id).substring(2);
        startOnPhone(id);
        waitUntilKeptForNoSignal(slug);

        // The signal goes. The survey carries on from the phone, show-if rules and all.
        setOffline(true);
        tapText("No");
        next();
        assertThat(page.getByText("You have no signal just now.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertHeading("What stops you coming?");
        assertThat(page.getByText("Question 2 of 5")).isVisible();
        next();
        // A question that needs an answer still asks for one.
        assertThat(page.getByText("Please choose or type an answer first.").first()).isVisible();
        assertAccessible();
        tapText("It is too far");
        tapText("The times are wrong");
        next();
        page.getByLabel("What would make you come?").fill("A bus <b>after 9</b> 🚌");
        next();
        assertHeading("How good is your area for young people?");
        submitWith(button("Back"));
        assertThat(page.getByLabel("What would make you come?")).hasValue("A bus <b>after 9</b> 🚌");
        next();
        tapText("3");
        next();
        page.getByLabel("Number for Parks").selectOption("1");
        page.getByLabel("Number for Buses").selectOption("2");
        assertAccessible();
        submitWith(button("Send my answers"));
        assertHeading("Your answers are safe on this phone");
        assertAccessible();
        assertThat(sent(id)).isZero();

        // Reloaded with no signal: the phone's offline helper answers, and the answers are still safe.
        page.reload();
        settle();
        assertHeading("Your answers are safe on this phone");
        var kept = keptOnPhone(slug);
        @SuppressWarnings("unchecked")
        String sendingId = String.valueOf(((Map<String, Object>) kept.get("record")).get("id"));

        // The signal is back: the answers go by themselves, once.
        page.waitForNavigation(() -> setOffline(false));
        settle();
        assertHeading("Thank you!");
        assertThat(sent(id)).isEqualTo(1);
        assertThat(stored(id)).containsExactly("come=no", "stops=far", "stops=times", "more=A bus <b>after 9</b> 🚌",
                "rate=3", "first=parks#1", "first=buses#2");
        // Nothing of the answers stays on the phone.
        assertThat(keptOnPhone(slug)).containsEntry("record", null).containsEntry("cache", false);

        // The same sending again (the phone lost the answer to it): it is known, and nothing is stored twice.
        open(link(id));
        String token = page.locator("input[name=_csrf]").first().inputValue();
        var again = page.request().post("s/" + slug + "/deliver", com.microsoft.playwright.options.RequestOptions
                .create().setForm(com.microsoft.playwright.options.FormData.create().set("_csrf", token)
                        .set("id", sendingId).set("send", "true").set("a.come", "").set("a.come.choice", "yes")));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text()).isEqualTo("sent");
        assertThat(sent(id)).isEqualTo(1);
        assertThat(stored(id)).contains("come=no").doesNotContain("come=yes");
    }

    @Test
    void a_page_reloaded_before_the_survey_was_kept_for_no_signal_keeps_it_all_the_same() {
        long id = publishClubSurvey("Club " + TestAccounts.uniqueName("r"));
        String slug = link(id).substring(2);
        startOnPhone(id);
        // Reloaded at once, while the offline page was still to be fetched (it waits a moment so as not to hold up
        // the first answer): the reloaded page keeps it instead (it was lost for the whole visit before).
        page.reload();
        assertHeading("Do you come to the youth club?");
        waitUntilKeptForNoSignal(slug);
        setOffline(true);
        tapText("No");
        next();
        assertThat(page.getByText("You have no signal just now.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertHeading("What stops you coming?");
        setOffline(false);
    }

    @Test
    void a_shared_phone_with_no_signal_asks_the_next_child_before_it_shows_anything() {
        long id = publishClubSurvey("Club shared " + TestAccounts.uniqueName("s"));
        String slug = link(id).substring(2);
        onPhone();
        open(link(id));
        button("Start").tap();
        settle();
        waitUntilKeptForNoSignal(slug);
        setOffline(true);
        tapText("No");
        next();
        tapText("My friends do not go");
        next();
        page.getByLabel("What would make you come?").fill("If my mates came too");
        next();

        // The first child puts the phone down; the next opens the link, still with no signal.
        page = anotherTabOnThisDevice();
        page.navigate(link(id));
        settle();
        assertHeading("Someone started this survey on this phone");
        assertThat(page.getByText("If my mates came too")).hasCount(0);
        assertThat(page.getByText("What stops you coming?")).hasCount(0);
        assertThat(page.getByText("To start new, you need signal.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertAccessible();

        // The signal comes back: the first child's answers reach the server, and the phone still shows none of them.
        page.waitForNavigation(() -> setOffline(false));
        settle();
        assertHeading("Someone started this survey on this phone");
        assertThat(page.getByText("If my mates came too")).hasCount(0);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                WHERE r.survey_id = ? AND r.status = 'STARTED'""").param(id).query(Integer.class).single())
                .isEqualTo(3);
        submitWith(button("Start new"));
        assertHeading("Before you start");
        assertThat(keptOnPhone(slug)).containsEntry("record", null);
    }

    @Test
    void a_group_on_shared_tablets_keeps_its_survey_briefly_and_nothing_for_no_signal() {
        long id = publishClubSurvey("Club home " + TestAccounts.uniqueName("s"));
        String slug = link(id).substring(2);
        var home = SystemTask.runAs(() -> {
            var group = surveys.addGroup(id, "Oak House", true, "OAKHOUSE", 4);
            surveys.setSharedDevices(group.id(), true);
            surveys.addGroup(id, "Youth forum", true, "FORUM", null);
            return surveys.groups(id);
        }, Roles.OFFICER);
        assertThat(home).extracting(SurveyGroup::name, SurveyGroup::sharedDevices)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Oak House", true),
                        org.assertj.core.groups.Tuple.tuple("Youth forum", false));

        // A young person at the home, on the home's tablet, from the group's own link.
        onPhone();
        open(link(id) + "?code=OAKHOUSE");
        button("Start").tap();
        settle();
        assertHeading("Do you come to the youth club?");
        var kept = page.context().cookies().stream().filter(c -> c.name.equals("yv-survey")).findFirst().orElseThrow();
        assertThat(kept.expires - System.currentTimeMillis() / 1000.0).isBetween(0.0, 15 * 60.0 + 5);
        assertThat(page.locator("form[data-offline]")).hasCount(0);
        page.waitForTimeout(2500);
        assertThat(keptOnPhone(slug)).containsEntry("record", null).containsEntry("cache", false);

        // A forum member on their own phone: kept for a month, and ready for no signal.
        onPhone();
        open(link(id) + "?code=FORUM");
        button("Start").tap();
        settle();
        assertThat(page.locator("form[data-offline]")).hasCount(1);
        var own = page.context().cookies().stream().filter(c -> c.name.equals("yv-survey")).findFirst().orElseThrow();
        assertThat(own.expires - System.currentTimeMillis() / 1000.0).isGreaterThan(24 * 3600.0);
    }

    @Test
    void a_young_person_answers_with_the_keyboard_only() {
        String title = "Keyboard " + TestAccounts.uniqueName("s");
        long id = publish(title);
        onDesktop();
        open(link(id));
        assertHeading(title);
        tabTo(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("I am 8 to 11")));
        page.keyboard().press("Space");
        tabTo(button("Start"));
        page.keyboard().press("Enter");
        settle();
        assertHeading("Do you feel safe where you live?");
        tabTo(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Yes")));
        page.keyboard().press("Space");
        tabTo(button("Next"));
        page.keyboard().press("Enter");
        settle();
        assertHeading("How happy did you feel yesterday?");
        tabTo(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("^0\\W+Not at all$"))));
        for (int i = 0; i < 5; i++) {
            page.keyboard().press("ArrowRight");
        }
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("5").setExact(true)))
                .isChecked();
        assertAccessible();
        tabTo(button("Send my answers"));
        page.keyboard().press("Enter");
        settle();
        assertHeading("Thank you!");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ? AND status = 'SUBMITTED'")
                .param(id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void a_closed_or_unknown_survey_shows_a_friendly_page_that_reveals_nothing() {
        long id = publish("Closing " + TestAccounts.uniqueName("s"));
        SystemTask.runAs(() -> surveys.close(id), Roles.OFFICER);
        onPhone();
        open(link(id));
        assertHeading("This survey is not open");
        assertAccessible();
        open("s/0123456789abcdef01234567");
        assertHeading("This survey is not open");
    }

    @Test
    void an_officer_previews_a_version_as_a_young_person_would_see_it() {
        long id = SystemTask.runAs(() -> surveys.create(survey("Preview " + TestAccounts.uniqueName("s"))),
                Roles.OFFICER);
        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("surveys/" + id + "/preview/younger");
        assertHeading("Preview");
        // The real young person's page, in a phone-sized frame.
        var phone = page.frameLocator("iframe[title='Phone preview: I am 8 to 11']");
        assertThat(phone.getByRole(AriaRole.HEADING, new FrameLocator.GetByRoleOptions()
                .setName("Do you feel safe where you live?"))).isVisible();
        assertAccessible();
        phone.getByText("Yes", new FrameLocator.GetByTextOptions().setExact(true)).click();
        phone.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Next")).click();
        assertThat(phone.getByText("Question 2 of 2")).isVisible();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?").param(id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void an_officer_gives_the_survey_in_welsh_and_a_young_person_answers_in_welsh() {
        String title = "Languages " + TestAccounts.uniqueName("s");
        long id = SystemTask.runAs(() -> surveys.create(survey(title)), Roles.OFFICER);
        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("surveys/" + id);
        settle();
        button("Other languages").click();
        assertThat(page.getByText("No other language yet. Add one above.")).isVisible();
        page.getByLabel("Add a language by its code").fill("Welsh");
        button("Add language").click();
        assertThat(page.getByText("That is not a language code.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        page.getByLabel("Add a language by its code").fill("cy");
        button("Add language").click();
        assertHeading("The survey in Welsh, Cymraeg (cy)");
        page.getByLabel(title + " \u2014 in Welsh, Cymraeg (cy)").fill("Dy fywyd");
        page.getByLabel("Do you feel safe where you live? \u2014 in Welsh, Cymraeg (cy)")
                .fill("Wyt ti'n teimlo'n ddiogel lle rwyt ti'n byw?");
        page.getByLabel("I am 11 to 17 \u2014 in Welsh, Cymraeg (cy)").fill("Rwy'n 11 i 17");
        assertAccessible();
        // Switching tabs keeps what was typed; saving stores it.
        button("Questions and versions").click();
        button("Other languages").click();
        assertThat(page.getByLabel("I am 11 to 17 \u2014 in Welsh, Cymraeg (cy)")).hasValue("Rwy'n 11 i 17");
        button("Save").click();
        assertThat(page.getByText("Saved", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        SystemTask.runAs(() -> {
            surveys.publish(id, new SurveySettings(SurveyAccess.LINK, null, null));
            return null;
        }, Roles.OFFICER);

        onPhone();
        open(link(id));
        page.getByText("Cymraeg").tap();
        assertHeading("Dy fywyd");
        tapText("Rwy'n 11 i 17");
        assertAccessible();
        button("Start").tap();
        assertHeading("Wyt ti'n teimlo'n ddiogel lle rwyt ti'n byw?");
        assertThat(page.locator("html")).hasAttribute("lang", "cy");
        assertAccessible();
    }

    @Autowired
    org.youthvoice.survey.SurveyTaking taking;

    void sendQuickly(long id, String versionKey, String safe, int happy) {
        sendFromGroup(id, versionKey, null, safe, happy);
    }

    @Test
    void a_viewer_reads_results_with_small_counts_hidden_and_a_revealing_filter_refused() {
        long id = publish("Results " + TestAccounts.uniqueName("s"));
        for (int i = 0; i < 9; i++) {
            sendQuickly(id, "younger", i < 7 ? "yes" : "no", i < 5 ? 8 : 4);
        }
        sendQuickly(id, "older", "yes", 5);
        sendQuickly(id, "older", "yes", 5);
        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.VIEWER), TestAccounts.PASSWORD);
        open("surveys/" + id + "/results");
        assertThat(page.getByText("Responses: 11")).isVisible();
        var table = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Answers to \"Do you feel safe where you live?\""));
        assertThat(table.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Yes fewer than 5 –")))
                .isVisible();
        assertThat(table.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("No fewer than 5 –")))
                .isVisible();
        assertThat(page.locator("yv-bar-chart canvas").first()).isVisible();
        assertThat(page.getByText("Average: 6.0 out of 10")).isVisible();
        assertThat(button("Benchmarks")).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Download results tables (XLSX)"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Download responses (CSV)"))).hasCount(0);
        assertAccessible();

        page.getByLabel("Version").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("I am 11 to 17")).click();
        button("Show").click();
        assertThat(page.getByText("Results narrowed this way would show, or let someone work out, a group of fewer"
                + " than 5 young people", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.getByText("Responses: 11")).isVisible();
        assertAccessible();
    }

    /** Sends one response from a group's link (or the survey's own, with no code), as a young person would. */
    void sendFromGroup(long id, String versionKey, @org.jspecify.annotations.Nullable String code, String safe,
            int happy) {
        String slug = SystemTask.runAs(() -> surveys.summary(id).slug(), Roles.OFFICER);
        long version = taking.entry(slug).orElseThrow().versions().stream().filter(v -> v.key().equals(versionKey))
                .findFirst().orElseThrow().id();
        var token = taking.start(slug, new org.youthvoice.survey.StartRequest(version, code, "en", false, "10.3.0.2"))
                .deviceToken();
        taking.save(token, "safe", org.youthvoice.survey.Answer.choice(safe), 1);
        if (versionKey.equals("older")) {
            taking.save(token, "feel", org.youthvoice.survey.Answer.choice("4"), 1);
        }
        taking.save(token, "happy", org.youthvoice.survey.Answer.number(happy), 2);
        taking.submit(token);
    }

    @Test
    void an_officer_and_a_viewer_cannot_subtract_views_down_to_a_childrens_home_of_three() {
        long id = publish("Home and school " + TestAccounts.uniqueName("s"));
        SystemTask.runAs(() -> {
            surveys.addGroup(id, "Hill School", true, "HILLSCH" + id, null);
            surveys.addGroup(id, "Oak House", true, "OAKHSE" + id, 4);
            return null;
        }, Roles.OFFICER);
        // 9 at the school (5 in the younger version, 4 in the older), 3 at the children's home (1 and 2).
        for (int i = 0; i < 9; i++) {
            sendFromGroup(id, i < 5 ? "younger" : "older", "HILLSCH" + id, i % 3 == 0 ? "no" : "yes", 5 + i % 5);
        }
        sendFromGroup(id, "younger", "OAKHSE" + id, "no", 1);
        sendFromGroup(id, "older", "OAKHSE" + id, "no", 2);
        sendFromGroup(id, "older", "OAKHSE" + id, "not-sure", 3);
        // Who each view really holds: [everyone, younger, older] x [everyone, school, home].
        int[][] truth = {{12, 9, 3}, {6, 5, 1}, {6, 4, 2}};
        String[] versions = {"Everyone", "I am 8 to 11", "I am 11 to 17"};
        String[] groups = {"Everyone", "Hill School", "Oak House"};

        for (String role : List.of(Roles.OFFICER, Roles.VIEWER)) {
            onDesktop();
            logIn(TestAccounts.staff(accounts, role), TestAccounts.PASSWORD);
            open("surveys/" + id + "/results");
            var refused = page.getByText("Results narrowed this way would show", new Page.GetByTextOptions()
                    .setExact(false));
            Integer[][] seen = new Integer[3][3];
            @SuppressWarnings("unchecked")
            java.util.Map<String, Integer>[][] answers = new java.util.Map[3][3];
            var answerFound = new ArrayList<String>();
            for (int v = 0; v < 3; v++) {
                for (int g = 0; g < 3; g++) {
                    choose("Version", versions[v]);
                    choose("Group", groups[g]);
                    button("Show").click();
                    settle();
                    if (refused.isVisible()) {
                        continue;
                    }
                    String text = page.getByText(java.util.regex.Pattern.compile("^Responses: \\d+$")).textContent();
                    seen[v][g] = Integer.parseInt(text.replaceAll("\\D", ""));
                    assertThat(seen[v][g]).as("%s, %s", versions[v], groups[g]).isEqualTo(truth[v][g]);
                    answers[v][g] = shownAnswerCounts();
                }
            }
            // Nor does any answer: a count an allowed view shows, minus the same answer in a view inside it.
            for (int v1 = 0; v1 < 3; v1++) {
                for (int g1 = 0; g1 < 3; g1++) {
                    for (int v2 = 0; v2 < 3; v2++) {
                        for (int g2 = 0; g2 < 3; g2++) {
                            boolean inside = (v1 == 0 || v1 == v2) && (g1 == 0 || g1 == g2) && (v1 != v2 || g1 != g2);
                            if (answers[v1][g1] == null || answers[v2][g2] == null || !inside) {
                                continue;
                            }
                            for (var answer : answers[v1][g1].entrySet()) {
                                Integer in = answers[v2][g2].get(answer.getKey());
                                if (in != null && answer.getValue() - in > 0 && answer.getValue() - in < 5) {
                                    answerFound.add(role + ": " + versions[v1] + "/" + groups[g1] + " - " + versions[v2]
                                            + "/" + groups[g2] + ": " + answer.getKey() + " = "
                                            + (answer.getValue() - in));
                                }
                            }
                        }
                    }
                }
            }
            assertThat(answers[0][0]).as("everyone's answers were read").containsEntry(
                    "Answers to \"Do you feel safe where you live?\" / Yes", 6);
            assertThat(answerFound).as("answer counts found by subtracting views").isEmpty();
            assertThat(seen[0][0]).isEqualTo(12);
            // The home is never shown, and neither is anything that differs from a shown view by 1 to 4.
            var found = new ArrayList<String>();
            for (int v1 = 0; v1 < 3; v1++) {
                for (int g1 = 0; g1 < 3; g1++) {
                    for (int v2 = 0; v2 < 3; v2++) {
                        for (int g2 = 0; g2 < 3; g2++) {
                            boolean inside = (v1 == 0 || v1 == v2) && (g1 == 0 || g1 == g2);
                            if (seen[v1][g1] == null || seen[v2][g2] == null || !inside) {
                                continue;
                            }
                            int left = seen[v1][g1] - seen[v2][g2];
                            if (left > 0 && left < 5) {
                                found.add(versions[v1] + "/" + groups[g1] + " - " + versions[v2] + "/" + groups[g2]
                                        + " = " + left);
                            }
                        }
                    }
                }
            }
            assertThat(found).as(role).isEmpty();
            assertThat(seen[0][2]).as("the home alone").isNull();
            assertThat(seen[0][1]).as("the school: everyone else would be the home").isNull();
            assertThat(seen[2][1]).as("the older version at the school").isNull();
            // The younger 6 said "yes" 3 times and "no" 3 times: both hidden, "not sure" 0, so the chart is empty,
            // and the page says why in words.
            choose("Version", "I am 8 to 11");
            choose("Group", "Everyone");
            button("Show").click();
            settle();
            assertThat(page.getByText("no answer shows its own number here", new Page.GetByTextOptions()
                    .setExact(false)).first().isVisible()).isTrue();
            // With the group left open, the results say why a chart is empty and put small answers together.
            choose("Version", "Everyone");
            button("Show").click();
            settle();
            assertThat(page.getByText("No or Not sure: 6 (50%)")).hasCount(1);
            assertAccessible();
            logOut();
        }
    }

    /**
     * Every answer count the results page shows as a number, keyed by its table's caption and the answer's words;
     * "fewer than 5" and other words are left out.
     */
    @SuppressWarnings("unchecked")
    java.util.Map<String, Integer> shownAnswerCounts() {
        var rows = (List<List<String>>) page.evaluate("() => Array.from(document.querySelectorAll('table'))"
                + ".flatMap(t => Array.from(t.querySelectorAll('tbody tr')).map(r => [t.caption ? t.caption.innerText"
                + " : '', ...Array.from(r.cells).map(c => c.innerText)]))");
        var counts = new java.util.HashMap<String, Integer>();
        for (var row : rows) {
            if (row.size() >= 3 && row.get(2).strip().matches("\\d+")) {
                counts.put(row.get(0) + " / " + row.get(1), Integer.parseInt(row.get(2).strip()));
            }
        }
        return counts;
    }

    /** Chooses an entry of one of the results page's drop-downs. */
    void choose(String label, String entry) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).click();
        pickOption(entry);
    }

    @Test
    void an_officer_adds_a_national_figure_beside_a_result_and_a_wrong_one_keeps_what_was_typed() {
        long id = publish("Benchmarks " + TestAccounts.uniqueName("s"));
        for (int i = 0; i < 6; i++) {
            sendQuickly(id, "younger", "yes", 7);
        }
        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("surveys/" + id + "/results");
        button("Benchmarks").click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Question", new Locator.GetByLabelOptions().setExact(true)).click();
        pickOption("How happy did you feel yesterday?");
        assertThat(dialog.getByLabel("What the figure is")).containsText("The average answer (0 to 10)");
        dialog.getByLabel("Figure", new Locator.GetByLabelOptions().setExact(true)).fill("7.45");
        dialog.getByLabel("Who it is about").fill("Young people aged 10 to 15, UK");
        dialog.getByLabel("Year").fill("2023");
        assertAccessible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add benchmark")).click();
        assertThat(page.getByText("Say where the figure comes from, in up to 300 characters.")).isVisible();
        assertThat(dialog.getByLabel("Figure", new Locator.GetByLabelOptions().setExact(true))).hasValue("7.45");
        dialog.getByLabel("Source").fill("ONS Children's well-being measures");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add benchmark")).click();
        assertThat(dialog.getByText("Compare: 7.45 out of 10 for Young people aged 10 to 15, UK "
                + "(ONS Children's well-being measures, 2023)")).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();

        assertThat(page.locator(".result-benchmark")).hasText("Compare: 7.45 out of 10 for Young people aged 10 to 15,"
                + " UK (ONS Children's well-being measures, 2023)");
        assertAccessible();
    }

    /** Presses Tab until the element has the keyboard focus, as a keyboard user would. */
    void tabTo(Locator target) {
        for (int i = 0; i < 40; i++) {
            page.keyboard().press("Tab");
            boolean focused = (boolean) target.evaluate("e => e === document.activeElement || e.contains(document.activeElement)"
                    + " || (document.activeElement && document.activeElement.closest && "
                    + "document.activeElement.closest('vaadin-radio-button, vaadin-button, vaadin-checkbox') === e)");
            if (focused) {
                return;
            }
        }
        throw new AssertionError("Could not reach " + target + " with the Tab key");
    }
}
