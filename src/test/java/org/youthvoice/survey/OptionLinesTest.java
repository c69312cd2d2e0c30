package org.youthvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.survey.internal.OptionLines;

class OptionLinesTest {

    @Test
    void each_line_is_an_option_in_order_blank_lines_and_spaces_left_out() {
        assertThat(OptionLines.read("  Monday \r\n\nTuesday\n\t\nWednesday\n", QuestionKind.SINGLE_CHOICE, List.of()))
                .containsExactly("Monday", "Tuesday", "Wednesday");
    }

    @Test
    void an_option_twice_is_refused_whole_ignoring_case_and_spaces_also_against_those_already_there() {
        assertThatThrownBy(() -> OptionLines.read("Monday\nTuesday\nmonday", QuestionKind.SINGLE_CHOICE, List.of()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("survey.paste.twice");
                    assertThat(e.arguments()).containsExactly("monday");
                });
        assertThatThrownBy(() -> OptionLines.read("Friday\nSaturday  night", QuestionKind.SINGLE_CHOICE,
                List.of("Saturday night", "")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("survey.paste.twice"));
    }

    @Test
    void a_line_too_long_says_which_line() {
        String text = "Monday\n\n" + "a".repeat(201);

        assertThatThrownBy(() -> OptionLines.read(text, QuestionKind.MULTIPLE_CHOICE, List.of()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("survey.paste.tooLong");
                    assertThat(e.arguments()).containsExactly(3, 200);
                });
        assertThat(OptionLines.read("a".repeat(200), QuestionKind.MULTIPLE_CHOICE, List.of())).hasSize(1);
    }

    @Test
    void too_many_options_for_the_kind_are_refused_counting_those_already_there_but_not_empty_rows() {
        var sixteen = String.join("\n", java.util.stream.IntStream.rangeClosed(1, 16).mapToObj(i -> "Item " + i)
                .toList());

        assertThatThrownBy(() -> OptionLines.read(sixteen, QuestionKind.RANKING, List.of()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("survey.paste.tooMany");
                    assertThat(e.arguments()).containsExactly(16, 15, 0);
                });
        assertThat(OptionLines.read(sixteen, QuestionKind.MULTIPLE_CHOICE, List.of("", " "))).hasSize(16);
        assertThatThrownBy(() -> OptionLines.read("One more", QuestionKind.RANKING,
                java.util.stream.IntStream.rangeClosed(1, 15).mapToObj(i -> "Item " + i).toList()))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void nothing_to_add_is_said_plainly() {
        assertThatThrownBy(() -> OptionLines.read(" \n\n", QuestionKind.SINGLE_CHOICE, List.of()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("survey.paste.empty"));
    }
}
