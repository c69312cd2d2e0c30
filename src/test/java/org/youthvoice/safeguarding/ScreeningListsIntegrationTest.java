package org.youthvoice.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;

@IntegrationTest
class ScreeningListsIntegrationTest {

    @Autowired
    ScreeningLists lists;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void an_upgrade_adds_the_starter_entries_the_list_never_had_and_leaves_switched_off_ones_off() {
        // an install from before this version: one starter example and one starter phrase it never had, and a starter
        // example a lead switched off
        var starter = ExampleList.englishStarter().examples();
        String missing = starter.stream().filter(e -> !e.isHarmless()).map(MeaningExample::text)
                .filter(t -> t.contains("special ceremony")).findFirst().orElseThrow();
        String switchedOff = starter.get(1).text();
        String phrase = PhraseList.englishStarter().phrases().get(2).pattern();
        jdbc.sql("DELETE FROM screening_example WHERE text = ?").param(missing).update();
        jdbc.sql("DELETE FROM screening_phrase WHERE pattern = ?").param(phrase).update();
        jdbc.sql("UPDATE screening_example SET active = FALSE WHERE text = ?").param(switchedOff).update();
        try {
            assertThatThrownBy(() -> SystemTask.runAs(lists::addNewStarterEntries, Roles.SAFEGUARDING_LEAD))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(lists::addNewStarterEntries, Roles.OFFICER))
                    .isInstanceOf(AccessDeniedException.class);

            assertThat(SystemTask.runAs(lists::addNewStarterEntries, Roles.ADMIN)).isEqualTo(2);
            var examples = SystemTask.runAs(() -> lists.examples(null, false), Roles.SAFEGUARDING_LEAD);
            assertThat(examples).filteredOn(e -> e.text().equals(missing)).singleElement()
                    .satisfies(e -> assertThat(e.active()).isTrue()).satisfies(e -> assertThat(e.starter()).isTrue());
            assertThat(examples).filteredOn(e -> e.text().equals(switchedOff)).singleElement()
                    .satisfies(e -> assertThat(e.active()).isFalse());
            assertThat(SystemTask.runAs(() -> lists.phrases(null), Roles.OFFICER)).filteredOn(
                    p -> p.pattern().equals(phrase)).singleElement().satisfies(p -> assertThat(p.active()).isTrue());
            // nothing new the second time: what is there, on or off, is left as it is
            assertThat(SystemTask.runAs(lists::addNewStarterEntries, Roles.ADMIN)).isZero();
            var result = lists.screening().screen("my aunties are going to have me cut down there at a ceremony abroad");
            assertThat(result.urgent()).as(result.explanation()).isTrue();
        } finally {
            jdbc.sql("UPDATE screening_example SET active = TRUE WHERE text = ?").param(switchedOff).update();
        }
    }

    @Test
    void the_starter_list_is_in_the_database_and_screens_as_shipped() {
        var phrases = SystemTask.runAs(() -> lists.phrases(null), Roles.OFFICER);
        assertThat(phrases).hasSizeGreaterThan(50).anySatisfy(p -> assertThat(p.starter()).isTrue());
        assertThat(lists.screening().screen("i want to kill myself").urgent()).isTrue();
    }

    @Test
    void an_officer_adds_a_phrase_and_screening_uses_it_at_once_and_can_switch_it_off() {
        String word = "zorblax" + System.nanoTime() % 100000;
        // an ordinary sentence (not "the … thing happened again at home", which meaning flags as a possible worry for
        // 10 of 150 random words since the sixth tuning set: a fair reading of a vague sentence, not what this tests)
        String text = "can the youth club get a " + word + " thing for the games room";
        assertThat(lists.screening().screen(text).flagged()).isFalse();

        SystemTask.runAs(() -> lists.add(Category.CRIMINAL_EXPLOITATION, Severity.CONCERN, word + " thing"), Roles.OFFICER);
        assertThat(lists.screening().screen(text).categories()).contains(Category.CRIMINAL_EXPLOITATION);
        assertThat(SystemTask.runAs(() -> lists.tryOut(text), Roles.SAFEGUARDING_LEAD).flagged()).isTrue();

        var added = SystemTask.runAs(() -> lists.phrases(Category.CRIMINAL_EXPLOITATION), Roles.OFFICER).stream()
                .filter(p -> p.pattern().equals(word + " thing")).findFirst().orElseThrow();
        assertThat(added.starter()).isFalse();
        assertThat(added.addedBy()).isEqualTo("system");
        SystemTask.runAs(() -> lists.setActive(added.id(), false), Roles.OFFICER);
        assertThat(lists.screening().screen(text).flagged()).isFalse();
    }

    @Test
    void try_a_sentence_says_how_meaning_read_it_only_when_something_was_written_out() {
        assertThat(SystemTask.runAs(() -> lists.readAs("He tuches me  becos its a secrit"), Roles.SAFEGUARDING_LEAD))
                .contains("he touches me because its a secret");
        assertThat(SystemTask.runAs(() -> lists.readAs("I’m  Scared of HIM"), Roles.OFFICER)).isEmpty();
        assertThat(SystemTask.runAs(() -> lists.readAs(null), Roles.OFFICER)).isEmpty();
        assertThatThrownBy(() -> SystemTask.runAs(() -> lists.readAs("od"), Roles.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_unreadable_or_repeated_phrase_is_refused_in_plain_words() {
        assertThatThrownBy(() -> SystemTask.runAs(() -> lists.add(Category.BULLYING, Severity.CONCERN, "   "),
                Roles.OFFICER)).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("screening.error.pattern"));
        assertThatThrownBy(() -> SystemTask.runAs(() -> lists.add(Category.BULLYING, Severity.CONCERN, "(broken"),
                Roles.OFFICER)).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("screening.error.unreadable"));
        String p = "qwuzzle" + System.nanoTime() % 100000 + " me";
        SystemTask.runAs(() -> lists.add(Category.BULLYING, Severity.CONCERN, p), Roles.OFFICER);
        assertThatThrownBy(() -> SystemTask.runAs(() -> lists.add(Category.BULLYING, Severity.URGENT, p),
                Roles.OFFICER)).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("screening.error.exists"));
    }

    @Test
    void the_starter_examples_are_in_the_database_and_screening_uses_meaning() {
        var examples = SystemTask.runAs(() -> lists.examples(null, false), Roles.SAFEGUARDING_LEAD);
        assertThat(examples).hasSizeGreaterThan(100).anySatisfy(e -> assertThat(e.category()).isNull());
        // no phrase in the list says this; the meaning does
        var result = lists.screening().screen("my mums boyfriend gets into my bed at night and does stuff to me");
        assertThat(result.urgent()).as(result.explanation()).isTrue();
        assertThat(result.matches()).anySatisfy(m -> {
            assertThat(m.byMeaning()).isTrue();
            assertThat(m.example()).isNotBlank();
            assertThat(m.similarity()).isBetween(0.0, 1.0);
        });
        var closest = SystemTask.runAs(() -> lists.closestExamples("i feel lonely all the time", 3), Roles.OFFICER);
        assertThat(closest).hasSize(3);
        assertThat(closest.get(0).similarity()).isGreaterThanOrEqualTo(closest.get(2).similarity());
    }

    @Test
    void a_lead_adds_an_example_and_screening_uses_it_at_once_and_can_switch_it_off() {
        String text = "the wibblewobble" + System.nanoTime() % 100000 + " crew keep following me home";
        SystemTask.runAs(() -> lists.addExample(Category.UNSAFE_WHERE_THEY_LIVE, Severity.URGENT, text),
                Roles.SAFEGUARDING_LEAD);
        var result = lists.screening().screen(text);
        assertThat(result.urgent()).as(result.explanation()).isTrue();
        assertThat(result.matches()).anySatisfy(m -> assertThat(m.example()).isEqualTo(text));
        assertThatThrownBy(() -> SystemTask.runAs(() -> lists.addExample(Category.UNSAFE_WHERE_THEY_LIVE,
                Severity.CONCERN, text), Roles.SAFEGUARDING_LEAD)).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("screening.examples.error.exists"));
        assertThatThrownBy(() -> SystemTask.runAs(() -> lists.addExample(Category.BULLYING, null, "x"),
                Roles.SAFEGUARDING_LEAD)).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("screening.examples.error.kind"));
        var added = SystemTask.runAs(() -> lists.examples(Category.UNSAFE_WHERE_THEY_LIVE, false),
                Roles.SAFEGUARDING_LEAD).stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow();
        assertThat(added.starter()).isFalse();
        SystemTask.runAs(() -> lists.setExampleActive(added.id(), false), Roles.SAFEGUARDING_LEAD);
        assertThat(lists.screening().screen(text).matches()).noneSatisfy(m -> assertThat(m.example()).isEqualTo(text));
    }

    @Test
    void viewers_and_members_cannot_see_or_change_the_list() {
        for (String role : new String[] {Roles.VIEWER, Roles.MEMBER}) {
            assertThatThrownBy(() -> SystemTask.runAs(() -> lists.phrases(null), role))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> lists.add(Category.BULLYING, Severity.CONCERN, "x y"),
                    role)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> lists.examples(null, false), role))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> lists.addExample(null, null, "x y"), role))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
