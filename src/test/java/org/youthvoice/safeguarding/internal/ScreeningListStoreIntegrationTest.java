package org.youthvoice.safeguarding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youthvoice.safeguarding.Category;
import org.youthvoice.safeguarding.ExampleView;
import org.youthvoice.safeguarding.MeaningExample;
import org.youthvoice.safeguarding.Phrase;
import org.youthvoice.safeguarding.PhraseView;
import org.youthvoice.safeguarding.Severity;
import org.youthvoice.testing.IntegrationTest;

/** The screening lists in plain SQL: entries read back by name, are added once, switched off, never deleted. */
@IntegrationTest
class ScreeningListStoreIntegrationTest {

    @Autowired
    ScreeningListStore lists;

    @Autowired
    JdbcClient jdbc;

    private final LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    private final String unique = "zq" + System.nanoTime();

    @Test
    void an_officers_phrase_reads_back_is_added_once_and_leaves_the_screening_when_switched_off() {
        var phrase = new Phrase(Category.BULLYING, Severity.CONCERN, unique + " pushes me");
        long revision = lists.revision();

        assertThat(lists.addPhrase(phrase, "officer", now)).isTrue();
        assertThat(lists.addPhrase(phrase, "officer", now)).isFalse();
        lists.bump();

        assertThat(lists.revision()).isEqualTo(revision + 1);
        assertThat(lists.activePhrases()).contains(phrase);
        var view = lists.phrases(Category.BULLYING).stream().filter(p -> p.pattern().equals(phrase.pattern()))
                .findFirst().orElseThrow();
        assertThat(view).isEqualTo(new PhraseView(view.id(), Category.BULLYING, Severity.CONCERN, phrase.pattern(),
                false, true, "officer", now));
        assertThat(jdbc.sql("SELECT source FROM screening_phrase WHERE id = ?").param(view.id()).query(String.class)
                .single()).isEqualTo(ScreeningListStore.Source.OFFICER.name());

        assertThat(lists.switchPhrase(view.id(), false)).isTrue();
        assertThat(lists.activePhrases()).doesNotContain(phrase);
        assertThat(lists.phrases(null)).extracting(PhraseView::id).contains(view.id());
        assertThat(lists.switchPhrase(-1, false)).isFalse();
        assertThat(lists.hasPhrases()).isTrue();
    }

    @Test
    void a_harmless_example_is_kept_without_category_or_severity_and_reads_back_as_harmless() {
        var harmless = MeaningExample.harmless(unique + " this homework is killing me");
        var worrying = new MeaningExample(Category.NEGLECT, Severity.CONCERN, unique + " nobody makes me tea");

        assertThat(lists.addExample(harmless, "lead", now)).isTrue();
        assertThat(lists.addExample(worrying, "lead", now)).isTrue();
        assertThat(lists.addExample(harmless, "lead", now)).isFalse();

        assertThat(lists.activeExamples()).contains(harmless, worrying);
        assertThat(lists.examples(null, true)).extracting(ExampleView::text).contains(harmless.text())
                .doesNotContain(worrying.text());
        var view = lists.examples(Category.NEGLECT, false).stream().filter(e -> e.text().equals(worrying.text()))
                .findFirst().orElseThrow();
        assertThat(view).isEqualTo(new ExampleView(view.id(), Category.NEGLECT, Severity.CONCERN, worrying.text(),
                false, true, "lead", now));
        assertThat(jdbc.sql("SELECT CONCAT(category, ' ', severity) FROM screening_example WHERE text = ?")
                .param(harmless.text()).query(String.class).single()).isEqualTo("NONE HARMLESS");

        for (var e : lists.examples(null, false)) {
            if (e.text().startsWith(unique)) {
                assertThat(lists.switchExample(e.id(), false)).isTrue();
            }
        }
        assertThat(lists.activeExamples()).doesNotContain(harmless, worrying);
    }
}
