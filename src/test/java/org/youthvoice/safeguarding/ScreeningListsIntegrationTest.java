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

    @Test
    void the_starter_list_is_in_the_database_and_screens_as_shipped() {
        var phrases = SystemTask.runAs(() -> lists.phrases(null), Roles.OFFICER);
        assertThat(phrases).hasSizeGreaterThan(50).anySatisfy(p -> assertThat(p.starter()).isTrue());
        assertThat(lists.screening().screen("i want to kill myself").urgent()).isTrue();
    }

    @Test
    void an_officer_adds_a_phrase_and_screening_uses_it_at_once_and_can_switch_it_off() {
        String word = "zorblax" + System.nanoTime() % 100000;
        String text = "the " + word + " thing happened again at home";
        assertThat(lists.screening().screen(text).flagged()).isFalse();

        SystemTask.runAs(() -> lists.add(Category.EXPLOITATION, Severity.CONCERN, word + " thing"), Roles.OFFICER);
        assertThat(lists.screening().screen(text).categories()).contains(Category.EXPLOITATION);
        assertThat(SystemTask.runAs(() -> lists.tryOut(text), Roles.SAFEGUARDING_LEAD).flagged()).isTrue();

        var added = SystemTask.runAs(() -> lists.phrases(Category.EXPLOITATION), Roles.OFFICER).stream()
                .filter(p -> p.pattern().equals(word + " thing")).findFirst().orElseThrow();
        assertThat(added.starter()).isFalse();
        assertThat(added.addedBy()).isEqualTo("system");
        SystemTask.runAs(() -> lists.setActive(added.id(), false), Roles.OFFICER);
        assertThat(lists.screening().screen(text).flagged()).isFalse();
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
    void viewers_and_members_cannot_see_or_change_the_list() {
        for (String role : new String[] {Roles.VIEWER, Roles.MEMBER}) {
            assertThatThrownBy(() -> SystemTask.runAs(() -> lists.phrases(null), role))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> lists.add(Category.BULLYING, Severity.CONCERN, "x y"),
                    role)).isInstanceOf(AccessDeniedException.class);
        }
    }
}
