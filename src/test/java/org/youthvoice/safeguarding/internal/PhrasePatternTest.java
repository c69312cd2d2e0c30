package org.youthvoice.safeguarding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhrasePatternTest {

    static List<String> expand(String pattern, Map<String, List<String>> groups) {
        return PhrasePattern.expand(pattern, groups).stream()
                .map(steps -> String.join(" ", steps.stream()
                        .map(s -> s.isGap() ? "{" + s.gap() + "}" : s.word()).toList()))
                .toList();
    }

    static List<String> expand(String pattern) {
        return expand(pattern, Map.of());
    }

    @Test
    void plain_words_stay_one_sequence() {
        assertThat(expand("kill myself")).containsExactly("kill myself");
    }

    @Test
    void alternatives_multiply_and_an_empty_one_makes_them_optional() {
        assertThat(expand("(want|wanna) to (really|) die")).containsExactly("want to really die", "want to die",
                "wanna to really die", "wanna to die");
    }

    @Test
    void a_gap_is_kept_as_a_step() {
        assertThat(expand("hurt {0,1} myself")).containsExactly("hurt {1} myself");
    }

    @Test
    void word_groups_expand_and_may_use_other_groups() {
        var groups = Map.of("parent", List.of("mum", "step dad"), "family", List.of("<parent>", "nan"));
        assertThat(expand("<family> hits me", groups)).containsExactly("mum hits me", "step dad hits me",
                "nan hits me");
    }

    @Test
    void alternatives_may_nest() {
        assertThat(expand("((a|b) c|d) e")).containsExactly("a c e", "b c e", "d e");
    }

    @Test
    void mistakes_are_reported_with_the_pattern() {
        assertThatThrownBy(() -> expand("(want|wanna to die")).hasMessageContaining("(want|wanna to die")
                .hasMessageContaining("missing ')'");
        assertThatThrownBy(() -> expand("hurt {0,5} myself")).hasMessageContaining("at most 3");
        assertThatThrownBy(() -> expand("hurt {1} myself")).hasMessageContaining("{0,1}");
        assertThatThrownBy(() -> expand("<nobody> hits me")).hasMessageContaining("no word group called <nobody>");
        assertThatThrownBy(() -> expand("kill) myself")).hasMessageContaining("unexpected ')'");
        assertThatThrownBy(() -> expand("kill > myself")).hasMessageContaining("unexpected '>'");
    }

    @Test
    void a_group_that_uses_itself_is_refused() {
        var groups = Map.of("loop", List.of("<loop>"));
        assertThatThrownBy(() -> expand("<loop>", groups)).hasMessageContaining("nest too deep");
    }
}
