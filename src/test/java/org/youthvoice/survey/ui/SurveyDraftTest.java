package org.youthvoice.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.youthvoice.people.AgeBand;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;
import org.youthvoice.survey.ui.SurveyDraft.DraftQuestion;

class SurveyDraftTest {

    private static QuestionDefinition question(String key, QuestionKind kind) {
        var options = kind == QuestionKind.SINGLE_CHOICE
                ? List.of(new OptionDefinition("a", "A", null), new OptionDefinition("b", "B", "home"))
                : List.<OptionDefinition>of();
        return new QuestionDefinition(key, kind, "Words of " + key, null, null, false, null, null, null, null, null,
                options, List.of());
    }

    private static SurveyDefinition survey() {
        return new SurveyDefinition("Clubs", "Hello", null,
                List.of(new VersionDefinition("young", "8-11", AgeBand.AGE_8_11, false, null,
                                List.of(new VersionItem("q1", "About you"), new VersionItem("q2", null))),
                        new VersionDefinition("older", "11-17", AgeBand.AGE_11_17, false, "Hi",
                                List.of(new VersionItem("q1", null), new VersionItem("q3", "More")))),
                List.of(question("q1", QuestionKind.SINGLE_CHOICE), question("q2", QuestionKind.FREE_TEXT),
                        question("q3", QuestionKind.SCALE_0_10)),
                Map.of("cy", Map.of("title", "Clybiau")));
    }

    @Test
    void a_definition_read_into_the_editor_comes_out_the_same() {
        var survey = survey();

        assertThat(SurveyDraft.of(survey).definition()).isEqualTo(survey);
    }

    @Test
    void translations_list_every_text_and_lose_the_words_of_a_text_taken_out() {
        var draft = SurveyDraft.of(survey());
        assertThat(draft.texts()).containsKeys("title", "intro", "v.young.label", "v.older.intro", "q.q1.text",
                "o.q1.a", "o.q1.b", "q.q3.text").doesNotContainKey("thankYou").containsEntry("o.q1.b", "B");

        draft.translate("cy", "o.q1.b", "  B yn Gymraeg ");
        draft.translate("cy", "q.q2.text", "Geiriau");
        draft.addLanguage("pl");
        draft.questions.removeIf(q -> q.key().equals("q2"));
        var saved = draft.definition();

        assertThat(saved.translations()).as("an added language with no words is not offered").containsOnlyKeys("cy");
        assertThat(saved.translations().get("cy")).containsOnly(Map.entry("title", "Clybiau"),
                Map.entry("o.q1.b", "B yn Gymraeg"));
        draft.translate("cy", "title", " ");
        assertThat(draft.definition().translations().get("cy")).doesNotContainKey("title");
    }

    @Test
    void moving_a_question_changes_its_place_in_every_version_that_asks_it() {
        var draft = SurveyDraft.of(survey());

        draft.move(0, 1);
        draft.move(2, 1);
        draft.move(0, -1);
        var moved = draft.definition();

        assertThat(moved.questions()).extracting(QuestionDefinition::key).containsExactly("q2", "q1", "q3");
        assertThat(moved.version("young").orElseThrow().items())
                .containsExactly(new VersionItem("q2", null), new VersionItem("q1", "About you"));
        assertThat(moved.version("older").orElseThrow().items()).extracting(VersionItem::question)
                .containsExactly("q1", "q3");
    }

    @Test
    void a_new_question_goes_last_and_a_changed_one_stays_where_it_was() {
        var draft = SurveyDraft.of(survey());
        String key = draft.newQuestionKey();

        draft.put(new DraftQuestion(question(key, QuestionKind.RANKING), Map.of("older", " Last bit ")));
        draft.put(new DraftQuestion(question("q1", QuestionKind.YES_NO_NOT_SURE), Map.of("young", "")));
        var changed = draft.definition();

        assertThat(key).matches("q[a-z2-9]{6}");
        assertThat(changed.questions()).extracting(QuestionDefinition::key).containsExactly("q1", "q2", "q3", key);
        assertThat(changed.questions().getFirst().kind()).isEqualTo(QuestionKind.YES_NO_NOT_SURE);
        assertThat(changed.version("older").orElseThrow().items())
                .containsExactly(new VersionItem("q3", "More"), new VersionItem(key, "Last bit"));
        assertThat(changed.version("young").orElseThrow().items())
                .containsExactly(new VersionItem("q1", null), new VersionItem("q2", null));
    }

    @Test
    void removing_a_version_takes_it_off_every_question() {
        var draft = SurveyDraft.of(survey());

        draft.removeVersion("young");

        assertThat(draft.definition().versions()).extracting(VersionDefinition::key).containsExactly("older");
        assertThat(draft.questions).allSatisfy(q -> assertThat(q.askedIn()).doesNotContainKey("young"));
    }

    @Test
    void only_earlier_questions_with_one_answer_can_decide_whether_a_question_is_asked() {
        var draft = SurveyDraft.of(survey());

        assertThat(draft.earlierSingleAnswer("q1")).isEmpty();
        assertThat(draft.earlierSingleAnswer("q3")).extracting(QuestionDefinition::key).containsExactly("q1");
        assertThat(draft.earlierSingleAnswer(null)).extracting(QuestionDefinition::key).containsExactly("q1");
    }

    @Test
    void new_keys_never_repeat_one_already_taken() {
        var taken = new LinkedHashMap<String, Boolean>();
        for (int i = 0; i < 2000; i++) {
            String key = SurveyDraft.newKey("o", taken.keySet());
            assertThat(taken.put(key, true)).isNull();
        }
    }
}
