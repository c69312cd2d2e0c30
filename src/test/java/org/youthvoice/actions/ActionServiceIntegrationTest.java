package org.youthvoice.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;

@IntegrationTest
class ActionServiceIntegrationTest {

    @Autowired
    ActionService actions;

    private long action(String youSaid) {
        return SystemTask.runAs(() -> actions.create(new NewAction(youSaid, "We are opening the youth club on Saturdays",
                ActionStatus.PLANNED, "Participation team", LocalDate.now().plusMonths(2), Set.of("CP-2022.OPP"))),
                Roles.OFFICER);
    }

    @Test
    void a_draft_is_not_public_and_a_published_action_is_with_its_topics() {
        String youSaid = "There is nothing to do at weekends " + System.nanoTime();
        long id = action(youSaid);
        assertThat(actions.published(null, null, 1000)).noneMatch(a -> a.id() == id);

        SystemTask.runAs(() -> actions.setPublished(id, true), Roles.OFFICER);
        var shown = actions.published(null, "CP-2022.OPP", 1000).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow();
        assertThat(shown.youSaid()).isEqualTo(youSaid);
        assertThat(shown.topics()).containsExactly("Opportunities and education");
        assertThat(actions.published(null, "CP-2022.HOME", 1000)).noneMatch(a -> a.id() == id);
        assertThat(actions.publishedTopics()).containsEntry("CP-2022.OPP", "Opportunities and education");
    }

    @Test
    void young_people_see_the_words_for_their_age_where_the_officer_wrote_them() {
        long id = action("The bus to the youth club costs too much " + System.nanoTime());
        SystemTask.runAs(() -> actions.setWordsFor(id, AgeBand.AGE_8_11, "The bus is too dear", "Now it is free"),
                Roles.OFFICER);
        SystemTask.runAs(() -> actions.setPublished(id, true), Roles.OFFICER);
        assertThat(actions.published(AgeBand.AGE_8_11, null, 1000)).filteredOn(a -> a.id() == id)
                .extracting(PublishedAction::weDo).containsExactly("Now it is free");
        assertThat(actions.published(AgeBand.AGE_16_25, null, 1000)).filteredOn(a -> a.id() == id)
                .extracting(PublishedAction::weDo).containsExactly("We are opening the youth club on Saturdays");
    }

    @Test
    void bad_input_is_refused_in_plain_words() {
        assertRefused(new NewAction(" ", "x", ActionStatus.PLANNED, "me", null, Set.of()), "actions.error.youSaid");
        assertRefused(new NewAction("x", "y".repeat(1001), ActionStatus.PLANNED, "me", null, Set.of()),
                "actions.error.weDo");
        assertRefused(new NewAction("x", "y", ActionStatus.PLANNED, "", null, Set.of()), "actions.error.owner");
        assertRefused(new NewAction("x", "y", ActionStatus.PLANNED, "me", null, Set.of("NO.SUCH.CODE")),
                "actions.error.priority");
    }

    @Test
    void only_officers_write_actions_and_anyone_reads_published_ones() {
        for (String role : new String[] {Roles.VIEWER, Roles.MEMBER, Roles.SAFEGUARDING_LEAD}) {
            assertThatThrownBy(() -> SystemTask.runAs(() -> actions.create(new NewAction("x", "y", ActionStatus.DONE,
                    "me", null, Set.of())), role)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> actions.list(), role))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(actions.published(null, null, 5)).isNotNull();
    }

    private void assertRefused(NewAction action, String key) {
        assertThatThrownBy(() -> SystemTask.runAs(() -> actions.create(action), Roles.OFFICER))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
