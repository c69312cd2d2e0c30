package org.youthvoice.safeguarding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.youthvoice.safeguarding.Category;
import org.youthvoice.safeguarding.PhraseList;
import org.youthvoice.safeguarding.Screening;
import org.youthvoice.safeguarding.Severity;

class PhraseListYamlTest {

    @Test
    void the_starter_list_has_urgent_and_concern_phrases_for_every_category() {
        var list = PhraseList.englishStarter();
        assertThat(list.language()).isEqualTo("en");
        for (var category : Category.inUseValues()) {
            for (var severity : Severity.values()) {
                if (category == Category.LOW_MOOD && severity == Severity.URGENT) {
                    continue; // low mood alone is never urgent: "I want to die" is self-harm or suicide
                }
                assertThat(list.phrases()).as(category + " " + severity)
                        .anyMatch(p -> p.category() == category && p.severity() == severity);
            }
        }
        assertThat(list.phrases()).allMatch(p -> p.category().inUse());
        assertThat(list.negations()).contains("never", "not", "dont");
        assertThat(list.figuresOfSpeech()).isNotEmpty();
    }

    @Test
    void every_starter_pattern_compiles() {
        var matcher = new PhraseMatcher(PhraseList.englishStarter());
        assertThat(matcher.paths()).isGreaterThan(1_000);
    }

    @Test
    void a_small_list_reads_and_screens() {
        var list = PhraseListYaml.read("""
                language: en
                word_groups:
                  adult: [dad, mum]
                phrases:
                  physical_abuse:
                    urgent: [<adult> hits me]
                negations: [never]
                """);
        var result = Screening.of(list).screen("Dad hits me. Mum never hits me.");
        assertThat(result.matches()).singleElement().satisfies(m -> {
            assertThat(m.category()).isEqualTo(Category.PHYSICAL_ABUSE);
            assertThat(m.start()).isZero();
        });
        assertThat(result.setAside()).isEmpty();
    }

    @Test
    void an_unknown_key_category_or_severity_is_refused() {
        assertThatThrownBy(() -> PhraseListYaml.read("phrasess: {}")).hasMessageContaining("Unknown key 'phrasess'");
        assertThatThrownBy(() -> PhraseListYaml.read("phrases: {sadness: {urgent: [x]}}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhraseListYaml.read("phrases: {bullying: {very: [x]}}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_broken_pattern_names_itself_when_the_list_is_used() {
        var list = PhraseListYaml.read("phrases: {bullying: {concern: [\"(pick|picks on me\"]}}");
        assertThatThrownBy(() -> Screening.of(list)).hasMessageContaining("(pick|picks on me");
    }
}
