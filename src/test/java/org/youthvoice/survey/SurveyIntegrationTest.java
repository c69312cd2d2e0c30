package org.youthvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.youthvoice.base.FreeTextReceived;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.ShowIf;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;
import org.youthvoice.survey.internal.SurveyDefinitionException;
import org.youthvoice.survey.taking.Submissions;
import org.youthvoice.testing.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
class SurveyIntegrationTest {

    static final String TAG = "CYPS-2022.SAFE.3";

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyTaking taking;

    @Autowired
    Submissions submissions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    static QuestionDefinition question(String key, QuestionKind kind, boolean optional, List<OptionDefinition> options) {
        return new QuestionDefinition(key, kind, "Question " + key, null, null, optional, null, null, null, null, null,
                options, List.of(TAG));
    }

    static List<OptionDefinition> options(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> new OptionDefinition(k, "Option " + k, null)).toList();
    }

    /** Two versions sharing core questions, one of every kind, and a show-if rule. */
    static SurveyDefinition everyKind() {
        var questions = List.of(
                question("safe", QuestionKind.YES_NO_NOT_SURE, false, options("yes", "no", "not-sure")),
                question("feel", QuestionKind.FACE_SCALE, false, options("1", "2", "3", "4", "5")),
                question("pets", QuestionKind.SINGLE_CHOICE, true, options("cat", "dog", "none")),
                question("likes", QuestionKind.MULTIPLE_CHOICE, true, options("sport", "music", "games")),
                question("happy", QuestionKind.SCALE_0_10, false, List.of()),
                new QuestionDefinition("why", QuestionKind.FREE_TEXT, "Why not?", null, null, true, 200, null, null,
                        null, new ShowIf("safe", List.of("no", "not-sure")), List.of(), List.of(TAG)),
                question("rank", QuestionKind.RANKING, true, options("a", "b", "c")),
                new QuestionDefinition("status", QuestionKind.SINGLE_CHOICE, "Are you in care?", null, null, true,
                        null, null, null, Demographic.CARE_STATUS, null, options("in-care", "care-leaver", "other"),
                        List.of()));
        var younger = new VersionDefinition("younger", "8 to 11", AgeBand.AGE_8_11, false, null,
                List.of(new VersionItem("safe", "About you"), new VersionItem("why", null),
                        new VersionItem("feel", null), new VersionItem("happy", null)));
        var older = new VersionDefinition("older", "11 to 17", AgeBand.AGE_11_17, false, null,
                List.of(new VersionItem("safe", null), new VersionItem("why", null), new VersionItem("feel", null),
                        new VersionItem("pets", null), new VersionItem("likes", null), new VersionItem("happy", null),
                        new VersionItem("rank", null), new VersionItem("status", null)));
        return new SurveyDefinition("Your life " + System.nanoTime(), "Tell us how things are.", "Thanks a lot!",
                List.of(younger, older), questions, Map.of("cy", Map.of("title", "Dy fywyd")));
    }

    long published(SurveyAccess access) {
        return SystemTask.runAs(() -> {
            long id = surveys.create(everyKind());
            if (access == SurveyAccess.GROUP_CODE) {
                surveys.addGroup(id, "Oak School", true, 40);
            }
            surveys.publish(id, new SurveySettings(access, null, null));
            return id;
        }, Roles.OFFICER);
    }

    String slug(long id) {
        return SystemTask.runAs(() -> surveys.summary(id).slug(), Roles.OFFICER);
    }

    long version(String slug, String key) {
        return taking.entry(slug).orElseThrow().versions().stream().filter(v -> v.key().equals(key)).findFirst()
                .orElseThrow().id();
    }

    Started start(String slug, String version, String code) {
        return taking.start(slug, new StartRequest(version(slug, version), code, "en", false, "10.0.0.1"));
    }

    @Test
    void a_young_person_answers_every_kind_and_the_answers_are_stored_exactly() {
        long id = published(SurveyAccess.LINK);
        String slug = slug(id);
        var started = start(slug, "older", null);
        String odd = "I feel 😀 <b>ok</b> '; DROP TABLE survey; -- مرحبا \u200b";
        taking.save(started.deviceToken(), "safe", Answer.choice("not-sure"), 1);
        taking.save(started.deviceToken(), "why", Answer.text(odd), 2);
        taking.save(started.deviceToken(), "feel", Answer.choice("4"), 3);
        taking.save(started.deviceToken(), "pets", Answer.SKIPPED, 4);
        taking.save(started.deviceToken(), "likes", Answer.choice("music", "sport"), 5);
        taking.save(started.deviceToken(), "happy", Answer.number(7), 6);
        taking.save(started.deviceToken(), "rank", Answer.choice("c", "a", "b"), 7);
        taking.save(started.deviceToken(), "status", Answer.choice("in-care"), 8);

        var resumed = taking.resume(started.deviceToken()).orElseThrow();
        assertThat(resumed.step()).isEqualTo(8);
        assertThat(resumed.answers()).containsEntry("why", Answer.text(odd))
                .containsEntry("rank", Answer.choice("c", "a", "b"))
                .containsEntry("likes", Answer.choice("sport", "music"))
                .containsEntry("happy", Answer.number(7))
                .doesNotContainKey("pets");

        taking.submit(started.deviceToken());

        assertThat(taking.resume(started.deviceToken())).isEmpty();
        assertThat(events.stream(FreeTextReceived.class).filter(e -> e.text().equals(odd))).hasSize(1);
        var counts = SystemTask.runAs(() -> surveys.counts(id), Roles.OFFICER);
        assertThat(counts.total().suppressed()).isTrue();
    }

    @Test
    void an_anonymous_response_stores_no_account_address_device_or_time_of_day() {
        Set<String> columns = Set.copyOf(jdbc.sql("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND table_name = 'survey_response'").query(String.class).list());
        assertThat(columns).containsExactlyInAnyOrder("id", "survey_id", "version_id", "group_id", "language",
                "adult_helped", "status", "started_on", "submitted_on", "step", "device_key", "resume_key",
                // Whether its answers are in the running totals yet: a flag, true a few seconds after sending.
                "tallied",
                // A hash of the random id a phone made for answers it sent after having no signal (sent twice,
                // stored once): nothing of who, where or when.
                "delivery_key");
        var types = jdbc.sql("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = "
                + "DATABASE() AND table_name IN ('survey_response', 'survey_answer', 'survey_member_taken', "
                + "'survey_card') AND data_type IN ('datetime', 'timestamp', 'time')").query(String.class).list();
        assertThat(types).as("no time of day anywhere near a response").isEmpty();

        long id = published(SurveyAccess.LINK);
        var started = start(slug(id), "younger", null);
        var row = jdbc.sql("SELECT device_key, resume_key FROM survey_response WHERE survey_id = ?").param(id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        assertThat(row[0]).as("only a hash of the device token").hasSize(64).isNotEqualTo(started.deviceToken());
        taking.save(started.deviceToken(), "safe", Answer.choice("yes"), 1);
        taking.save(started.deviceToken(), "feel", Answer.choice("5"), 2);
        taking.save(started.deviceToken(), "happy", Answer.number(9), 3);
        taking.submit(started.deviceToken());

        var sent = jdbc.sql("SELECT device_key, resume_key, status FROM survey_response WHERE survey_id = ?").param(id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        assertThat(sent).containsExactly(null, null, "SUBMITTED");
    }

    @Test
    void a_resume_code_carries_on_anywhere_and_the_old_device_stops() {
        long id = published(SurveyAccess.LINK);
        String slug = slug(id);
        var started = start(slug, "younger", null);
        taking.save(started.deviceToken(), "safe", Answer.choice("no"), 1);

        String newToken = taking.resumeWithCode(slug, started.resumeCode().toLowerCase().replace("-", " "), "10.0.0.2")
                .orElseThrow();

        assertThat(taking.resume(started.deviceToken())).isEmpty();
        assertThat(taking.resume(newToken).orElseThrow().answers()).containsEntry("safe", Answer.choice("no"));
        assertThat(taking.resumeWithCode(slug, "ZZZZ-ZZZZ", "10.0.0.2")).isEmpty();
    }

    @Test
    void a_required_question_must_be_answered_and_answers_no_longer_asked_are_dropped() {
        long id = published(SurveyAccess.LINK);
        var started = start(slug(id), "younger", null);
        taking.save(started.deviceToken(), "safe", Answer.choice("no"), 1);
        taking.save(started.deviceToken(), "why", Answer.text("Because"), 2);
        taking.save(started.deviceToken(), "feel", Answer.choice("2"), 3);

        assertThatThrownBy(() -> taking.submit(started.deviceToken())).isInstanceOf(UserFacingException.class)
                .hasMessage("survey.take.error.required");

        taking.save(started.deviceToken(), "safe", Answer.choice("yes"), 1);
        taking.save(started.deviceToken(), "happy", Answer.number(0), 3);
        taking.submit(started.deviceToken());
        int texts = jdbc.sql("SELECT COUNT(*) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id "
                + "WHERE r.survey_id = ? AND a.text_value IS NOT NULL").param(id).query(Integer.class).single();
        assertThat(texts).as("the why answer is not asked once safe is yes").isZero();
    }

    @Test
    void answers_that_do_not_fit_the_question_are_refused() {
        long id = published(SurveyAccess.LINK);
        var token = start(slug(id), "older", null).deviceToken();
        assertRefused(() -> taking.save(token, "happy", Answer.number(11), 1), "survey.take.error.answer");
        assertRefused(() -> taking.save(token, "feel", Answer.choice("6"), 1), "survey.take.error.answer");
        assertRefused(() -> taking.save(token, "feel", Answer.choice("1", "2"), 1), "survey.take.error.answer");
        assertRefused(() -> taking.save(token, "rank", Answer.choice("a", "a"), 1), "survey.take.error.answer");
        assertRefused(() -> taking.save(token, "why", Answer.text("😀".repeat(201)), 1), "survey.take.error.tooLong");
        assertRefused(() -> taking.save(token, "nope", Answer.number(1), 1), "survey.take.error.version");
        assertRefused(() -> taking.save("not-a-token", "happy", Answer.number(1), 1), "survey.take.error.gone");
    }

    @Test
    void a_group_code_says_which_group_answered_and_wrong_codes_are_throttled() {
        long id = published(SurveyAccess.GROUP_CODE);
        String slug = slug(id);
        String code = SystemTask.runAs(() -> surveys.groups(id).getFirst().code(), Roles.OFFICER);
        assertRefused(() -> start(slug, "younger", null), "survey.take.error.codeNeeded");
        var started = start(slug, "younger", code.toLowerCase());
        assertThat(jdbc.sql("SELECT g.name FROM survey_response r JOIN survey_group g ON g.id = r.group_id "
                + "WHERE r.survey_id = ?").param(id).query(String.class).single()).isEqualTo("Oak School");
        assertThat(started.resumeCode()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");

        String address = "10.9.9." + (System.nanoTime() % 200);
        for (int i = 0; i < 20; i++) {
            assertRefused(() -> taking.start(slug, new StartRequest(version(slug, "younger"), "WRONG123", "en",
                    false, address)), "survey.take.error.code");
        }
        assertRefused(() -> taking.start(slug, new StartRequest(version(slug, "younger"), code, "en", false,
                address)), "survey.take.error.tries");
    }

    @Test
    void a_card_code_opens_exactly_one_response_under_parallel_use() throws Exception {
        long id = published(SurveyAccess.CARD);
        String slug = slug(id);
        String card = SystemTask.runAs(() -> surveys.makeCards(id, null, 1), Roles.OFFICER).getFirst();
        long version = version(slug, "younger");
        var ready = new CountDownLatch(1);
        var opened = new AtomicInteger();
        var refused = new AtomicInteger();
        List<Callable<Void>> tries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String address = "10.1.2." + i;
            tries.add(() -> {
                ready.await();
                try {
                    taking.start(slug, new StartRequest(version, card, "en", false, address));
                    opened.incrementAndGet();
                } catch (UserFacingException e) {
                    refused.incrementAndGet();
                }
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(20)) {
            var futures = tries.stream().map(pool::submit).toList();
            ready.countDown();
            for (var f : futures) {
                f.get();
            }
        }
        assertThat(opened).hasValue(1);
        assertThat(refused).hasValue(19);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?").param(id).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(SystemTask.runAs(() -> surveys.cardUse(id), Roles.OFFICER)).containsExactly(1, 1);
    }

    @Test
    void closing_a_survey_sends_unfinished_answers_and_removes_empty_starts() {
        long id = published(SurveyAccess.LINK);
        String slug = slug(id);
        var withAnswers = start(slug, "younger", null);
        taking.save(withAnswers.deviceToken(), "safe", Answer.choice("yes"), 1);
        start(slug, "younger", null);

        long version = version(slug, "younger");
        SystemTask.runAs(() -> surveys.close(id), Roles.OFFICER);

        assertThat(jdbc.sql("SELECT status FROM survey_response WHERE survey_id = ?").param(id).query(String.class)
                .list()).containsExactly("SUBMITTED");
        assertThat(taking.entry(slug)).isEmpty();
        assertRefused(() -> taking.start(slug, new StartRequest(version, null, "en", false, "10.0.0.1")),
                "survey.take.error.closed");
    }

    @Test
    void counts_under_the_threshold_are_suppressed_with_their_neighbour() {
        long id = published(SurveyAccess.LINK);
        String slug = slug(id);
        for (int i = 0; i < 7; i++) {
            send(slug, i < 6 ? "older" : "younger");
        }
        var counts = SystemTask.runAs(() -> surveys.counts(id), Roles.OFFICER);
        assertThat(counts.total().value()).isEqualTo(7);
        assertThat(counts.versions()).extracting(v -> v.count().suppressed()).containsExactly(true, true);
    }

    void send(String slug, String version) {
        var token = start(slug, version, null).deviceToken();
        taking.save(token, "safe", Answer.choice("yes"), 1);
        taking.save(token, "feel", Answer.choice("3"), 2);
        taking.save(token, "happy", Answer.number(5), 3);
        taking.submit(token);
    }

    @Test
    void a_published_survey_keeps_what_answers_point_at_but_wording_can_change() {
        long id = published(SurveyAccess.LINK);
        var def = SystemTask.runAs(() -> surveys.definition(id), Roles.OFFICER);
        var withoutPets = new SurveyDefinition(def.title(), def.intro(), def.thankYou(), def.versions(),
                def.questions().stream().filter(q -> !q.key().equals("pets")).toList(), def.translations());
        assertThatThrownBy(() -> SystemTask.runAs(() -> surveys.save(id, withoutPets), Roles.OFFICER))
                .isInstanceOfSatisfying(SurveyDefinitionException.class, e -> assertThat(e.problems())
                        .extracting(DefinitionProblem::messageKey).contains("survey.problem.publishedRemoved"));

        var reworded = new SurveyDefinition("A better title", def.intro(), def.thankYou(), def.versions(),
                def.questions(), def.translations());
        SystemTask.runAs(() -> surveys.save(id, reworded), Roles.OFFICER);
        assertThat(taking.entry(slug(id)).orElseThrow().title()).isEqualTo("A better title");
    }

    @Test
    void the_next_round_keeps_question_keys_and_groups_with_new_codes() {
        long id = published(SurveyAccess.GROUP_CODE);
        long next = SystemTask.runAs(() -> surveys.nextRound(id), Roles.OFFICER);
        var first = SystemTask.runAs(() -> surveys.summary(id), Roles.OFFICER);
        var second = SystemTask.runAs(() -> surveys.summary(next), Roles.OFFICER);
        assertThat(second.seriesKey()).isEqualTo(first.seriesKey());
        assertThat(second.round()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(SurveyStatus.DRAFT);
        assertThat(SystemTask.runAs(() -> surveys.definition(next), Roles.OFFICER).questions())
                .extracting(QuestionDefinition::key).contains("safe", "why", "rank");
        var groups = SystemTask.runAs(() -> surveys.groups(next), Roles.OFFICER);
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.name()).isEqualTo("Oak School");
            assertThat(g.code()).isNotEqualTo(SystemTask.runAs(() -> surveys.groups(id), Roles.OFFICER).getFirst()
                    .code());
        });
    }

    @Test
    void a_definition_with_problems_is_refused_whole_with_each_place() {
        var def = everyKind();
        var bad = new SurveyDefinition("", def.intro(), def.thankYou(), def.versions(),
                List.of(def.questions().getFirst(), question("one", QuestionKind.SINGLE_CHOICE, false, options("x")),
                        new QuestionDefinition("why", QuestionKind.FREE_TEXT, "Why?", null, "unicorn", true, null,
                                null, null, null, new ShowIf("happy", List.of("1")), List.of(), List.of("NOPE"))),
                Map.of("xx-yy", Map.of("nothing", "x")));
        assertThatThrownBy(() -> SystemTask.runAs(() -> surveys.create(bad), Roles.OFFICER))
                .isInstanceOfSatisfying(SurveyDefinitionException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.where() + " " + p.messageKey())
                        .contains("title survey.problem.required", "questions[1].options survey.problem.optionCount",
                                "questions[2].picture survey.problem.picture",
                                "questions[2].tags[0] survey.problem.unknownTag",
                                "versions[0].questions[1].showIf survey.problem.showIfOrder",
                                "versions[0].questions[2] survey.problem.unknownQuestion",
                                "translations.xx-yy survey.problem.language"));
    }

    @Test
    void officers_build_surveys_and_nobody_else_does() {
        assertThatThrownBy(() -> surveys.create(everyKind())).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> SystemTask.runAs(() -> surveys.list(), Roles.MEMBER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemTask.runAs(() -> surveys.counts(1), Roles.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemTask.runAs(() -> taking.preview(1, "x", "en"), Roles.MEMBER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_preview_shows_a_version_in_order_and_saves_nothing() {
        long id = SystemTask.runAs(() -> surveys.create(everyKind()), Roles.OFFICER);
        var preview = SystemTask.runAs(() -> taking.preview(id, "younger", "cy"), Roles.OFFICER);
        assertThat(preview.title()).isEqualTo("Dy fywyd");
        assertThat(preview.questions()).extracting(TakerSurvey.TakerQuestion::key)
                .containsExactly("safe", "why", "feel", "happy");
        assertThat(preview.questions().getFirst().section()).isEqualTo("About you");
        assertThat(taking.entry(slug(id))).as("a draft is not open to young people").isEmpty();
    }

    @Test
    void surveys_close_on_their_closing_time() {
        long id = published(SurveyAccess.LINK);
        SystemTask.runAs(() -> surveys.publish(id, new SurveySettings(SurveyAccess.LINK, null,
                java.time.LocalDateTime.now().plusHours(1))), Roles.OFFICER);
        assertThat(submissions.closeDue(java.time.LocalDateTime.now().plusHours(2))).isPositive();
        assertThat(SystemTask.runAs(() -> surveys.summary(id).status(), Roles.OFFICER)).isEqualTo(SurveyStatus.CLOSED);
    }

    @Autowired
    org.youthvoice.people.AccountService accounts;

    @Autowired
    org.youthvoice.audit.internal.NightlyRetention retention;

    /** Runs as a signed-in young member with this username. */
    static <T> T asMember(String username, java.util.function.Supplier<T> work) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(username, null, List.of(new org.springframework.security.core.authority
                        .SimpleGrantedAuthority("ROLE_" + Roles.MEMBER))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    @Test
    void a_members_home_lists_surveys_open_to_anyone_with_the_link_but_not_those_that_need_a_code() {
        String link = slug(published(SurveyAccess.LINK));
        String groupCode = slug(published(SurveyAccess.GROUP_CODE));
        String membersOnly = slug(published(SurveyAccess.MEMBERS));
        String member = org.youthvoice.testing.TestAccounts.member(accounts).username();

        var open = asMember(member, () -> taking.openToAnyone());

        assertThat(open).extracting(SurveyLink::slug).contains(link).doesNotContain(groupCode, membersOnly);
    }

    @Test
    void a_members_only_survey_is_answered_once_per_member_and_never_says_who() {
        long id = published(SurveyAccess.MEMBERS);
        String slug = slug(id);
        String member = org.youthvoice.testing.TestAccounts.member(accounts).username();
        assertRefused(() -> start(slug, "younger", null), "survey.take.error.membersOnly");
        assertThat(asMember(member, () -> taking.forMe())).extracting(SurveyLink::slug).contains(slug);

        var first = asMember(member, () -> start(slug, "younger", null));
        var second = asMember(member, () -> start(slug, "younger", null));
        for (var started : List.of(first, second)) {
            taking.save(started.deviceToken(), "safe", Answer.choice("yes"), 1);
            taking.save(started.deviceToken(), "feel", Answer.choice("5"), 2);
            taking.save(started.deviceToken(), "happy", Answer.number(9), 3);
        }
        asMember(member, () -> {
            taking.submit(first.deviceToken());
            return null;
        });
        assertRefusedAs(member, () -> taking.submit(second.deviceToken()), "survey.take.error.alreadyTaken");
        assertRefusedAs(member, () -> start(slug, "younger", null), "survey.take.error.alreadyTaken");
        assertThat(asMember(member, () -> taking.forMe())).extracting(SurveyLink::slug).doesNotContain(slug);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ? AND status = 'SUBMITTED'")
                .param(id).query(Integer.class).single()).isEqualTo(1);
        Set<String> takenColumns = Set.copyOf(jdbc.sql("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND table_name = 'survey_member_taken'").query(String.class).list());
        assertThat(takenColumns).as("that a member took part, never which response").containsExactlyInAnyOrder(
                "survey_id", "account_id");
    }

    static void assertRefusedAs(String member, Runnable action, String key) {
        asMember(member, () -> {
            assertRefused(action, key);
            return null;
        });
    }

    @Test
    void free_text_is_deleted_after_the_retention_period_and_choices_stay() {
        long id = published(SurveyAccess.LINK);
        var token = start(slug(id), "younger", null).deviceToken();
        taking.save(token, "safe", Answer.choice("no"), 1);
        taking.save(token, "why", Answer.text("Scary stairs"), 2);
        taking.save(token, "feel", Answer.choice("2"), 3);
        taking.save(token, "happy", Answer.number(3), 4);
        taking.submit(token);
        jdbc.sql("UPDATE survey_response SET submitted_on = ? WHERE survey_id = ?")
                .params(java.time.LocalDate.now().minusYears(5), id).update();

        org.youthvoice.testing.RetentionRun.runAndWaitFor(retention, jdbc, "survey");

        var rows = jdbc.sql("SELECT a.text_value, a.text_deleted, a.option_id FROM survey_answer a "
                + "JOIN survey_response r ON r.id = a.response_id WHERE r.survey_id = ?").param(id)
                .query((rs, n) -> rs.getString(1) + "/" + rs.getBoolean(2) + "/" + (rs.getObject(3) != null)).list();
        assertThat(rows).hasSize(4).contains("null/true/false").doesNotContain("Scary stairs/false/false");
    }

    static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
