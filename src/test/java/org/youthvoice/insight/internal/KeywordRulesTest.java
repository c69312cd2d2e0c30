package org.youthvoice.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rule pattern is checked here with Java's regex engine, whose syntax for these escapes matches MariaDB's PCRE. */
class KeywordRulesTest {

    private static boolean matches(String words, String text) {
        return Pattern.compile(KeywordRules.pattern(KeywordRules.words(words)), Pattern.CASE_INSENSITIVE)
                .matcher(text).find();
    }

    @Test
    void words_are_split_by_lines_and_commas_and_blanks_dropped() {
        assertThat(KeywordRules.words("late bus,\n  bus   pass ;; \n\nfare")).containsExactly("late bus", "bus pass",
                "fare");
    }

    @Test
    void whole_words_and_phrases_match_whatever_the_capitals_and_spaces() {
        assertThat(matches("late bus", "The LATE   bus again")).isTrue();
        assertThat(matches("bus", "the buses")).isFalse();
        assertThat(matches("bus", "a minibus")).isFalse();
        assertThat(matches("fare, bus pass", "my bus pass ran out")).isTrue();
    }

    @Test
    void punctuation_in_a_phrase_is_taken_literally() {
        assertThat(KeywordRules.pattern(List.of("don't", "a.b"))).isEqualTo("\\b(don\\'t|a\\.b)\\b");
        assertThat(matches("a.b", "axb")).isFalse();
        assertThat(matches("don't", "I don't know")).isTrue();
    }
}
