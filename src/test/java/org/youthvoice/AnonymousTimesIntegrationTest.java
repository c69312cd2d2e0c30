package org.youthvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.db.EventLogTimes;
import org.youthvoice.feedback.FeedbackForm;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.NewChannel;
import org.youthvoice.people.AccountService;
import org.youthvoice.people.AgeBand;
import org.youthvoice.people.IssuedSecret;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.Answer;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.StartRequest;
import org.youthvoice.survey.SurveyAccess;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveySettings;
import org.youthvoice.survey.SurveyTaking;
import org.youthvoice.testing.IntegrationTest;
import org.youthvoice.testing.TestAccounts;

/**
 * "Anonymous means no time and no order" (issue 12, design note 0023), read as someone with the whole database and
 * the app's log would read it after young people answered: anonymous survey answers (one a disclosure), a "tell us"
 * comment, and a members-only survey taken by a member who had just logged in. No column keyed to what they wrote
 * keeps a time finer than the day; their ids are random, so they give no order; nothing joins the member to their
 * response; the event log keeps nothing once done; and the log names none of it.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AnonymousTimesIntegrationTest {

    /**
     * Every column in the schema that keeps a time finer than a day, and why that is allowed: none is written when a
     * young person's anonymous words or answers arrive. A new such column fails the test until it is placed here
     * (with its reason) or made a DATE.
     */
    static final Map<String, String> FINE_TIMES_ALLOWED = Map.ofEntries(
            Map.entry("account.created_at", "staff made the account"),
            Map.entry("account.last_login_at", "a login; nothing keyed to an answer has a time or order to line up"),
            Map.entry("account.locked_until", "too many wrong passwords: about logging in, not answers"),
            Map.entry("login_throttle.window_start", "failed logins per keyed address hash"),
            Map.entry("address_attempt.window_start", "wrong codes per keyed address hash, no code or survey"),
            Map.entry("audit_entry.occurred_at", "staff actions and logins; checked below to name no anonymous row"),
            Map.entry("shedlock.lock_until", "scheduled job locks"),
            Map.entry("shedlock.locked_at", "scheduled job locks"),
            Map.entry("flyway_schema_history.installed_on", "database migrations"),
            Map.entry("framework.updated_at", "staff edit plans"),
            Map.entry("code_mapping.created_at", "staff map codes"),
            Map.entry("screening_phrase.added_at", "staff add screening words"),
            Map.entry("council_action.created_at", "staff record actions"),
            Map.entry("survey.opens_at", "staff set opening"),
            Map.entry("survey.closes_at", "staff set closing"),
            Map.entry("survey.created_at", "staff made the survey"),
            Map.entry("survey_benchmark.created_at", "staff add benchmarks"),
            Map.entry("participation_event.created_at", "staff record events"),
            Map.entry("insight_quote.created_at", "an officer chose a quote, after the words arrived"),
            Map.entry("feedback_channel.created_at", "staff made the channel"),
            Map.entry("feedback_group.created_at", "staff added a group"),
            Map.entry("forum.created_at", "staff made the forum"),
            Map.entry("ballot.opens_at", "staff set opening"),
            Map.entry("ballot.closes_at", "staff set closing"),
            Map.entry("ballot.opened_at", "staff opened the ballot"),
            Map.entry("ballot.closed_at", "staff closed the ballot"),
            Map.entry("ballot.created_at", "staff made the ballot"),
            Map.entry("ballot_result.published_at", "staff published results (note 0022 covers ballots)"),
            Map.entry("insight_ballot.published_at", "insight's copy of ballot_result.published_at (note 0036)"),
            Map.entry("insight_rule.updated_at", "staff edit keyword rules"),
            Map.entry("insight_rejected_suggestion.rejected_at", "an officer turned down a suggestion"),
            Map.entry("insight_sample.created_at", "staff drew a coding sample"),
            Map.entry("insight_sample_coded.coded_at", "staff coded the sample"),
            Map.entry("api_token.created_at", "staff made a token"),
            Map.entry("api_token.last_used_at", "staff used a token"),
            Map.entry("disclosure.first_opened_at", "a lead opened the item (flagged_on is a DATE)"),
            Map.entry("disclosure.closed_at", "a lead recorded the outcome"),
            Map.entry("disclosure.released_for_quoting_at", "a lead released the text for quoting"),
            Map.entry("disclosure.due_by", "only for a member's named \"tell someone now\" message, never anonymous"),
            Map.entry("screening_example.added_at", "a lead added an example statement to the screening list"),
            Map.entry("repeated_text.seen_at", "a keyed hash of a text (not the text, not its id), kept only for the"
                    + " 10-minute window in which the same words count as a repeat, then deleted"),
            // Keyed to anonymous text, so checked below: tags made as the text arrives carry the day (midnight);
            // only an officer's own tagging keeps its time.
            Map.entry("insight_text_tag.tagged_at", "checked: automatic tags hold midnight"),
            // Modulith's event log: checked below (nothing left once done; a waiting one is cut to the day).
            Map.entry("event_publication.publication_date", "checked below"),
            Map.entry("event_publication.completion_date", "checked below"),
            Map.entry("event_publication.last_resubmission_date", "checked below"));

    private static final long RANDOM_IDS_FROM = 1L << 32;

    @Autowired
    SurveyService surveys;
    @Autowired
    SurveyTaking taking;
    @Autowired
    FeedbackService feedback;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    EventLogTimes eventLog;

    @Test
    void after_anonymous_answers_a_disclosure_a_comment_and_a_members_only_survey_nothing_keeps_a_time_an_order_or_a_member(
            CapturedOutput output) {
        String run = Long.toString(System.nanoTime(), 36);
        // Anonymous answers through a link, one of them a disclosure.
        String slug = survey(SurveyAccess.LINK, run);
        long version = taking.entry(slug).orElseThrow().versions().getFirst().id();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String words = (i == 2 ? "I want to kill myself, nobody listens " : "The youth club is good ") + run + i;
            written.add(words);
            String token = taking.start(slug, new StartRequest(version, null, "en", false, "192.0.2.1" + i))
                    .deviceToken();
            taking.save(token, "feel", Answer.choice("ok"), 1);
            taking.save(token, "why", Answer.text(words), 2);
            taking.submit(token);
        }
        // A "tell us" comment.
        var channel = SystemTask.runAs(() -> feedback.createChannel(new NewChannel("Where you live " + run,
                "What is it like?", true, true, true)), Roles.OFFICER);
        String comment = "He hits me when nobody is home " + run;
        written.add(comment);
        feedback.submit(channel.slug(), new FeedbackForm(1, comment, false, null, null));
        // A member logs in and at once takes a members-only survey, writing something that is queued.
        IssuedSecret member = TestAccounts.member(accounts);
        String membersOnly = survey(SurveyAccess.MEMBERS, run + "m");
        long memberVersion = taking.entry(membersOnly).orElseThrow().versions().getFirst().id();
        publisher.publishEvent(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(
                member.username(), null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.MEMBER)))));
        String memberWords = "I do not feel safe at home, he hurts me " + run;
        written.add(memberWords);
        as(member, () -> {
            String token = taking.start(membersOnly, new StartRequest(memberVersion, null, "en", false, "192.0.2.9"))
                    .deviceToken();
            taking.save(token, "feel", Answer.choice("bad"), 1);
            taking.save(token, "why", Answer.text(memberWords), 2);
            taking.submit(token);
            return null;
        });

        // Everything reaches the queue and the tagging stream, and the event log is done with it.
        for (String words : List.of(written.get(2), comment, memberWords)) {
            await().atMost(Duration.ofSeconds(90)).until(() -> count("SELECT COUNT(*) FROM disclosure WHERE text = ?",
                    words) == 1);
        }
        for (String words : written) {
            await().atMost(Duration.ofSeconds(90)).until(() -> count(
                    "SELECT COUNT(*) FROM insight_text WHERE text = ?", words) == 1);
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> count(
                "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ?", "%" + run + "%") == 0);

        var ids = idsOfWhatWasWritten(run, written);
        everyFineTimeIsAllowedAndKeyedRowsHoldOnlyTheDay(ids.get("insight_text"));
        idsAreRandomAndGiveNoOrder(ids);
        nothingJoinsTheMemberToTheirResponse(member, membersOnly);
        theEventLogKeepsNoTimeAndNothingOfWhatWasWritten(run);
        theAuditLogNamesNothingAnonymous(ids);
        theAppLogNamesNothingAndSaysNothingOfWhen(output, ids, written);
    }

    private String survey(SurveyAccess access, String run) {
        var feel = new QuestionDefinition("feel", QuestionKind.SINGLE_CHOICE, "How do you feel?", null, null, false,
                null, null, null, null, null, List.of(new OptionDefinition("good", "Good", null),
                        new OptionDefinition("ok", "OK", null), new OptionDefinition("bad", "Bad", null)), List.of());
        var why = new QuestionDefinition("why", QuestionKind.FREE_TEXT, "Tell us why", null, null, true, 400, null,
                null, null, null, List.of(), List.of("CP-2022.OPP"));
        var version = new VersionDefinition("all", "Everyone", AgeBand.AGE_11_17, false, null,
                List.of(new VersionItem("feel", null), new VersionItem("why", null)));
        return SystemTask.runAs(() -> {
            long id = surveys.create(new SurveyDefinition("Times check " + run, null, null, List.of(version),
                    List.of(feel, why), Map.of()));
            surveys.publish(id, new SurveySettings(access, null, null));
            return surveys.summary(id).slug();
        }, Roles.OFFICER);
    }

    /** The ids of every row written for the young people in this run, by table. */
    private Map<String, List<Long>> idsOfWhatWasWritten(String run, List<String> written) {
        var ids = new TreeMap<String, List<Long>>();
        ids.put("survey_response", jdbc.sql("SELECT r.id FROM survey_response r JOIN survey s ON s.id = r.survey_id "
                + "WHERE s.title LIKE ?").param("Times check " + run + "%").query(Long.class).list());
        ids.put("survey_answer", jdbc.sql("SELECT a.id FROM survey_answer a JOIN survey_response r ON r.id = "
                + "a.response_id JOIN survey s ON s.id = r.survey_id WHERE s.title LIKE ?")
                .param("Times check " + run + "%").query(Long.class).list());
        ids.put("feedback_item", jdbc.sql("SELECT id FROM feedback_item WHERE comment = ?").param(written.get(4))
                .query(Long.class).list());
        ids.put("insight_text", jdbc.sql("SELECT id FROM insight_text WHERE text IN (:texts)")
                .param("texts", written).query(Long.class).list());
        ids.put("disclosure", jdbc.sql("SELECT id FROM disclosure WHERE text IN (:texts)")
                .param("texts", written).query(Long.class).list());
        assertThat(ids.get("survey_response")).hasSize(5);
        assertThat(ids.get("survey_answer")).hasSize(10);
        assertThat(ids.get("insight_text")).hasSize(6);
        assertThat(ids.get("disclosure")).hasSize(3);
        return ids;
    }

    private void everyFineTimeIsAllowedAndKeyedRowsHoldOnlyTheDay(List<Long> textIds) {
        var fine = new TreeSet<String>();
        jdbc.sql("""
                SELECT LOWER(table_name), LOWER(column_name) FROM information_schema.columns
                WHERE table_schema = DATABASE() AND data_type IN ('datetime', 'timestamp', 'time')""")
                .query(rs -> {
                    fine.add(rs.getString(1) + "." + rs.getString(2));
                });
        assertThat(fine.stream().filter(c -> !FINE_TIMES_ALLOWED.containsKey(c)).toList())
                .as("columns with a time finer than a day not known to be kept apart from anonymous answers").isEmpty();
        for (String table : List.of("survey_response", "survey_answer", "feedback_item", "feedback_contact",
                "insight_text", "survey_member_taken", "survey_tally", "participation_survey_count")) {
            assertThat(fine).as("no time of day on %s", table).noneMatch(c -> c.startsWith(table + "."));
        }
        assertThat(fine.stream().filter(c -> c.startsWith("disclosure.")).toList())
                .as("a queued item keeps only the times a lead acted, and a named message its due time")
                .containsExactlyInAnyOrder("disclosure.first_opened_at", "disclosure.closed_at",
                        "disclosure.released_for_quoting_at", "disclosure.due_by");
        assertThat(count("SELECT COUNT(*) FROM disclosure WHERE due_by IS NOT NULL AND named_account IS NULL"))
                .as("no anonymous item has a due time").isZero();
        assertThat(count("SELECT COUNT(*) FROM insight_text_tag WHERE text_id IN (:ids) AND TIME(tagged_at) <> '00:00:00'",
                textIds)).as("tags made as the text arrived carry the day only").isZero();
        assertThat(count("SELECT COUNT(*) FROM insight_text_tag WHERE text_id IN (:ids)", textIds))
                .as("the question's tag was given to the five answers").isEqualTo(5);
    }

    private void idsAreRandomAndGiveNoOrder(Map<String, List<Long>> ids) {
        ids.forEach((table, list) -> {
            assertThat(list).as("%s ids are random, not the next in a sequence", table)
                    .allMatch(id -> id >= RANDOM_IDS_FROM);
            var sorted = list.stream().sorted().toList();
            for (int i = 1; i < sorted.size(); i++) {
                assertThat(sorted.get(i) - sorted.get(i - 1)).as("%s ids are spread, not consecutive", table)
                        .isGreaterThan(1_000_000L);
            }
        });
        for (String table : List.of("survey_response", "survey_answer", "feedback_item", "insight_text",
                "disclosure")) {
            // Rows written before their ids were random keep their small ids; new ones never come from the counter.
            assertThat(jdbc.sql("SELECT data_type FROM information_schema.columns WHERE table_schema = DATABASE() "
                    + "AND table_name = ? AND column_name = 'id'").param(table).query(String.class).single())
                    .isEqualTo("bigint");
        }
    }

    private void nothingJoinsTheMemberToTheirResponse(IssuedSecret member, String slug) {
        assertThat(jdbc.sql("SELECT LOWER(column_name) FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name = 'survey_member_taken'").query(String.class).list())
                .as("that a member took part: no time, no id, no order").containsExactlyInAnyOrder("survey_id",
                        "account_id");
        assertThat(jdbc.sql("SELECT LOWER(column_name) FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name IN ('survey_response', 'survey_answer') AND (column_name LIKE '%account%' "
                + "OR column_name LIKE '%member%' OR column_name LIKE '%user%')").query(String.class).list()).isEmpty();
        assertThat(jdbc.sql("SELECT LOWER(data_type) FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name = 'survey_response' AND column_name IN ('started_on', 'submitted_on')")
                .query(String.class).list()).containsExactly("date", "date");
        assertThat(count("SELECT COUNT(*) FROM survey_member_taken t JOIN survey s ON s.id = t.survey_id "
                + "WHERE s.slug = ? AND t.account_id = ?", slug, member.accountId())).isEqualTo(1);
        // The member's login is in the audit log with its time, and that is all the audit log says of them.
        assertThat(jdbc.sql("SELECT DISTINCT action FROM audit_entry WHERE actor = ?").param(member.username())
                .query(String.class).list()).containsExactly("LOGIN");
    }

    private void theEventLogKeepsNoTimeAndNothingOfWhatWasWritten(String run) {
        // A publication that failed waits to be sent again; the job cuts its dates to the day.
        jdbc.sql("INSERT INTO EVENT_PUBLICATION (ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE, "
                + "STATUS, COMPLETION_ATTEMPTS) VALUES (UUID(), 'test.listener', 'test.Event', ?, ?, 'FAILED', 1)")
                .params("{\"waiting\":\"" + run + "\"}", LocalDateTime.now().minusHours(2)).update();
        eventLog.coarsenWaitingSince(LocalDateTime.now().minusHours(1));
        assertThat(count("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NOT NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE PUBLICATION_DATE < ? AND "
                + "(TIME(PUBLICATION_DATE) <> '00:00:00' OR TIME(LAST_RESUBMISSION_DATE) <> '00:00:00')",
                LocalDateTime.now().minusHours(1))).isZero();
        jdbc.sql("DELETE FROM EVENT_PUBLICATION WHERE LISTENER_ID = 'test.listener'").update();
    }

    private void theAuditLogNamesNothingAnonymous(Map<String, List<Long>> ids) {
        ids.values().stream().flatMap(List::stream).forEach(id -> assertThat(count(
                "SELECT COUNT(*) FROM audit_entry WHERE record_id = ? OR details LIKE ?", String.valueOf(id),
                "%" + id + "%")).as("audit entries naming %s", id).isZero());
    }

    private void theAppLogNamesNothingAndSaysNothingOfWhen(CapturedOutput output, Map<String, List<Long>> ids,
            List<String> written) {
        List<String> lines = output.getAll().lines().toList();
        ids.values().stream().flatMap(List::stream).forEach(id -> {
            var word = Pattern.compile("(?<![\\d.:-])" + id + "(?![\\d.:-])");
            assertThat(lines).as("log lines naming %s", id).noneMatch(l -> word.matcher(l).find());
        });
        for (String words : written) {
            assertThat(output.getAll()).doesNotContain(words.substring(0, 20));
        }
        // A line's time says when; beside a member's login time it says who. So nothing is logged as words arrive.
        // (Flyway names the migrations it runs when the database is new, such as "disclosure meaning match".)
        assertThat(lines.stream().filter(l -> !l.contains("DbMigrate")).toList())
                .as("lines saying when something was queued or alerted")
                .noneMatch(l -> Pattern.compile("(?i)disclos|safeguarding alert|FreeText").matcher(l).find());
    }

    private int count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        if (params.length == 1 && params[0] instanceof List<?> list) {
            return spec.param("ids", list).query(Integer.class).single();
        }
        return spec.params(params).query(Integer.class).single();
    }

    private static <T> T as(IssuedSecret member, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member.username(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.MEMBER))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
