package org.youthvoice.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.feedback.FeedbackForm;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.NewChannel;
import org.youthvoice.insight.internal.AgreementService;
import org.youthvoice.insight.internal.CodingSample;
import org.youthvoice.insight.internal.Kappa;
import org.youthvoice.insight.internal.SampleItem;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;

/** The tagging workbench's service: the filtered stream, tags, rules, suggestions and agreement between coders. */
@IntegrationTest
class TaggingServiceIntegrationTest {

    static final String OPP = "CP-2022.OPP";
    static final String SAFE = "CYPS-2022.SAFE.3";
    static final String HEALTH = "CYPS-2022.HEALTH.2";

    @Autowired
    TaggingService tagging;

    @Autowired
    AgreementService agreement;

    @Autowired
    FeedbackService feedback;

    @Autowired
    org.youthvoice.framework.FrameworkService frameworks;

    @Autowired
    JdbcClient jdbc;

    /** A word no other test writes, so filters and suggestions see only this test's texts. */
    private static String marker() {
        return "zq" + Long.toString(System.nanoTime(), 36);
    }

    private long text(String words, LocalDate day, String placeKind, long placeId, String questionKey) {
        jdbc.sql("INSERT INTO insight_text (source_type, source_id, place_kind, place_id, place_title, question_key, "
                + "text, written_on) VALUES (?, ?, ?, ?, 'Test place', ?, ?, ?)")
                .params(placeKind.equals("SURVEY") ? "SURVEY_ANSWER" : "FEEDBACK", System.nanoTime(), placeKind,
                        placeId, questionKey, words, day).update();
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
    }

    private long text(String words) {
        return text(words, LocalDate.now(), "CHANNEL", 999_001, null);
    }

    private static <T> T officer(Supplier<T> work) {
        return SystemTask.runAs(work, Roles.OFFICER);
    }

    private static <T> T as(String name, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority("ROLE_OFFICER"))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static TextFilter search(String words) {
        return new TextFilter(null, null, null, null, null, null, null, false, words);
    }

    private List<String> codesOf(long textId) {
        return officer(() -> tagging.item(textId)).orElseThrow().tags().stream().map(TextItem.TextTag::code).toList();
    }

    @Test
    void the_stream_filters_by_place_question_date_tag_and_untagged() {
        String m = marker();
        long surveyId = System.nanoTime() % 1_000_000_000L;
        long old = text(m + " the park was fun", LocalDate.of(2024, 3, 1), "SURVEY", surveyId, "why");
        long recent = text(m + " more buses please", LocalDate.of(2025, 6, 1), "SURVEY", surveyId, "better");
        long other = text(m + " my placement is ok", LocalDate.of(2025, 6, 2), "CHANNEL", 999_002, null);
        officer(() -> {
            tagging.tag(recent, OPP);
            return null;
        });

        assertThat(officer(() -> tagging.list(search(m), 0, 10))).extracting(TextItem::id)
                .containsExactly(other, recent, old);
        assertThat(officer(() -> tagging.count(search(m)))).isEqualTo(3);
        var inSurvey = new TextFilter(null, "SURVEY", surveyId, null, null, null, null, false, m);
        assertThat(officer(() -> tagging.count(inSurvey))).isEqualTo(2);
        var question = new TextFilter(null, "SURVEY", surveyId, "why", null, null, null, false, null);
        assertThat(officer(() -> tagging.list(question, 0, 10))).extracting(TextItem::id).containsExactly(old);
        var dates = new TextFilter(null, null, null, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1), null,
                false, m);
        assertThat(officer(() -> tagging.list(dates, 0, 10))).extracting(TextItem::id).containsExactly(recent);
        var tagged = new TextFilter(null, null, null, null, null, null, OPP, false, m);
        assertThat(officer(() -> tagging.list(tagged, 0, 10))).extracting(TextItem::id).containsExactly(recent);
        var untagged = new TextFilter(null, null, null, null, null, null, null, true, m);
        assertThat(officer(() -> tagging.list(untagged, 0, 10))).extracting(TextItem::id).containsExactly(other, old);
        var feedbackOnly = new TextFilter("FEEDBACK", null, null, null, null, null, null, false, m);
        assertThat(officer(() -> tagging.list(feedbackOnly, 0, 10))).extracting(TextItem::id).containsExactly(other);
        assertThat(officer(() -> tagging.questions(surveyId))).containsOnlyKeys("why", "better");
        assertThat(officer(() -> tagging.places())).contains(new Place("SURVEY", surveyId, "Test place"),
                new Place("CHANNEL", 999_002, "Test place"));
        assertThat(officer(() -> tagging.indexOf(search(m), recent))).as("after the newer text").isEqualTo(1);
        assertThat(officer(() -> tagging.indexOf(inSurvey, old))).isEqualTo(1);
        assertThat(officer(() -> tagging.list(search(m), 1, 1))).extracting(TextItem::id).containsExactly(recent);
    }

    @Test
    void a_text_takes_several_codes_one_at_a_time_or_in_bulk_and_unknown_codes_are_refused() {
        String m = marker();
        long first = text(m + " nowhere to go after school");
        long second = text(m + " the youth club shut");
        officer(() -> {
            tagging.tag(first, OPP);
            tagging.tag(first, SAFE);
            return null;
        });
        assertThat(codesOf(first)).containsExactly(OPP, SAFE);
        assertThat(officer(() -> tagging.toggle(first, SAFE))).isFalse();
        assertThat(codesOf(first)).containsExactly(OPP);

        int added = officer(() -> tagging.tagAll(List.of(first, second), HEALTH));
        assertThat(added).isEqualTo(2);
        assertThat(codesOf(second)).containsExactly(HEALTH);
        assertThat(officer(() -> tagging.item(first)).orElseThrow().tags())
                .contains(new TextItem.TextTag(HEALTH, "OFFICER"));

        assertThatThrownBy(() -> officer(() -> tagging.tagAll(List.of(first), "NO-SUCH.CODE")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("tagging.error.code"));
    }

    @Test
    void a_keyword_rule_tags_existing_text_when_applied_and_new_text_as_it_arrives() {
        String m = marker();
        long existing = text("The " + m + " bus never comes on time");
        long unrelated = text(m + "x is not the same word");
        var rule = officer(() -> tagging.saveRule(null, OPP, m + "\nlate bus"));
        assertThat(rule.words()).containsExactly(m, "late bus");

        assertThat(officer(() -> tagging.applyRule(rule.id()))).isGreaterThanOrEqualTo(1);
        assertThat(officer(() -> tagging.item(existing)).orElseThrow().tags())
                .containsExactly(new TextItem.TextTag(OPP, "RULE"));
        assertThat(codesOf(unrelated)).isEmpty();
        var changed = officer(() -> tagging.saveRule(rule.id(), SAFE, "late bus, " + m));
        assertThat(officer(() -> tagging.rules())).contains(changed)
                .filteredOn(r -> r.id() == rule.id()).containsExactly(new KeywordRule(rule.id(), SAFE,
                        List.of("late bus", m)));
        officer(() -> tagging.saveRule(rule.id(), OPP, m + "\nlate bus"));

        var channel = officer(() -> feedback.createChannel(new NewChannel("Buses " + m, "Tell us", true, true, false)));
        String comment = "Again the LATE   bus " + m;
        feedback.submit(channel.slug(), new FeedbackForm(2, comment, false, null, null));
        var arrived = await().atMost(Duration.ofSeconds(90)).until(
                () -> officer(() -> tagging.list(search(comment), 0, 5)), l -> !l.isEmpty()).getFirst();
        assertThat(arrived.tags()).containsExactly(new TextItem.TextTag(OPP, "RULE"));

        officer(() -> {
            tagging.deleteRule(rule.id());
            return null;
        });
        assertThat(officer(() -> tagging.rules())).extracting(KeywordRule::id).doesNotContain(rule.id());
    }

    @Test
    void suggestions_are_learnt_from_officers_tags_and_a_rejected_one_is_not_offered_again() {
        String m = marker();
        for (int i = 0; i < 3; i++) {
            long tagged = text("The " + m + " skate ramps are broken again " + i);
            officer(() -> {
                tagging.tag(tagged, HEALTH);
                return null;
            });
        }
        long fresh = text("Please fix the " + m + " ramps");
        var suggested = officer(() -> tagging.suggestions(fresh));
        assertThat(suggested).extracting(TextItem.Suggestion::code).first().isEqualTo(HEALTH);
        assertThat(suggested.getFirst().score()).isGreaterThanOrEqualTo(TaggingService.SUGGESTION_THRESHOLD);

        long other = text("The " + m + " ramps need a roof");
        officer(() -> {
            tagging.reject(fresh, HEALTH);
            tagging.accept(other, HEALTH);
            return null;
        });
        assertThat(officer(() -> tagging.suggestions(fresh))).extracting(TextItem.Suggestion::code)
                .doesNotContain(HEALTH);
        assertThat(officer(() -> tagging.item(other)).orElseThrow().tags())
                .containsExactly(new TextItem.TextTag(HEALTH, "SUGGESTION"));
        assertThat(officer(() -> tagging.suggestions(other))).extracting(TextItem.Suggestion::code)
                .doesNotContain(HEALTH);
    }

    @Test
    void what_was_learnt_under_a_retired_plan_s_code_is_suggested_as_the_code_it_was_mapped_onto() {
        String m = marker();
        String plan = "SG" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String oldCode = plan + ".BUS";
        officer(() -> {
            frameworks.createFramework(plan, "Earlier plan " + plan);
            frameworks.addNode(plan, null, oldCode, "Getting about");
            return null;
        });
        for (int i = 0; i < 3; i++) {
            long tagged = text("The " + m + " night buses stop too early " + i);
            officer(() -> {
                tagging.tag(tagged, oldCode);
                return null;
            });
        }
        long fresh = text("More " + m + " night buses please");
        assertThat(officer(() -> tagging.suggestions(fresh))).extracting(TextItem.Suggestion::code).contains(oldCode);

        officer(() -> {
            frameworks.setRetired(plan, true);
            frameworks.mapCode(oldCode, OPP);
            return null;
        });

        assertThat(officer(() -> tagging.suggestions(fresh))).extracting(TextItem.Suggestion::code)
                .contains(OPP).doesNotContain(oldCode);
    }

    @Test
    void two_coders_code_a_sample_apart_and_see_cohens_kappa_once_done() {
        String m = marker();
        var ids = new java.util.ArrayList<Long>();
        for (int i = 0; i < 4; i++) {
            ids.add(text(m + " sample text " + i));
        }
        var sample = as("coder-a-" + m, () -> agreement.createSample("Spring sample " + m, search(m), 10));
        assertThat(sample.items()).isEqualTo(4);
        assertThat(as("coder-a-" + m, () -> agreement.samples())).extracting(CodingSample::id).contains(sample.id())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        // A says OPP to items 0,1; B says OPP to items 0,2; both say SAFE to item 3 only
        for (int i = 0; i < 4; i++) {
            long id = ids.get(i);
            var a = i == 3 ? Set.of(SAFE) : i <= 1 ? Set.of(OPP) : Set.<String>of();
            var b = i == 3 ? Set.of(SAFE) : i == 0 || i == 2 ? Set.of(OPP) : Set.<String>of();
            as("coder-a-" + m, () -> {
                agreement.code(sample.id(), id, a);
                return null;
            });
            if (i < 3) {
                assertThatThrownBy(() -> as("coder-b-" + m, () -> agreement.agreement(sample.id())))
                        .isInstanceOf(UserFacingException.class);
            }
            as("coder-b-" + m, () -> {
                agreement.code(sample.id(), id, b);
                return null;
            });
        }
        assertThat(as("coder-b-" + m, () -> agreement.items(sample.id()))).allMatch(SampleItem::coded)
                .extracting(SampleItem::myCodes).containsExactlyInAnyOrder(List.of(OPP), List.of(), List.of(OPP),
                        List.of(SAFE));
        assertThat(codesOf(ids.getFirst())).as("sample codes stay apart from the shared tags").isEmpty();

        var pairs = as("coder-a-" + m, () -> agreement.agreement(sample.id()));
        assertThat(pairs).hasSize(1);
        var pair = pairs.getFirst();
        assertThat(pair.items()).isEqualTo(4);
        var opp = pair.perCode().stream().filter(c -> c.code().equals(OPP)).findFirst().orElseThrow();
        assertThat(opp.kappa()).isEqualTo(new Kappa(1, 1, 1, 1));
        assertThat(opp.kappa().kappa()).isEqualTo(0.0);
        var safe = pair.perCode().stream().filter(c -> c.code().equals(SAFE)).findFirst().orElseThrow();
        assertThat(safe.kappa()).isEqualTo(new Kappa(1, 0, 0, 3));
        assertThat(safe.kappa().kappa()).isEqualTo(1.0);
        assertThat(pair.pooled()).isEqualTo(new Kappa(2, 1, 1, 4));
    }

    @Test
    void viewers_members_and_anonymous_visitors_are_refused() {
        for (String role : List.of(Roles.VIEWER, Roles.MEMBER, Roles.SAFEGUARDING_LEAD)) {
            assertThatThrownBy(() -> SystemTask.runAs(() -> tagging.list(TextFilter.ALL, 0, 10), role))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> tagging.count(TextFilter.ALL), role))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> tagging.tagAll(List.of(1L), OPP), role))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> tagging.rules(), role))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> agreement.samples(), role))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> tagging.list(TextFilter.ALL, 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> agreement.samples()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
