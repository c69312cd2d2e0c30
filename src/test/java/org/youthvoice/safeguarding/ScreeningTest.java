package org.youthvoice.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScreeningTest {

    static final Screening screening = Screening.of(PhraseList.englishStarter());

    static ScreeningResult screen(String text) {
        return screening.screen(text);
    }

    @Nested
    class Stemming {

        @ParameterizedTest
        @ValueSource(strings = {"my stepdad hits me", "my stepdad hit me", "my stepdad is hitting me again",
                "My STEPDAD keeps HITTING me", "my step-dad hit me"})
        void different_forms_of_a_word_find_the_same_phrase(String text) {
            assertThat(screen(text).categories()).contains(Category.PHYSICAL_ABUSE);
            assertThat(screen(text).severity()).isEqualTo(Severity.URGENT);
        }

        @Test
        void apostrophes_curly_or_missing_make_no_difference() {
            for (var text : new String[] {"I don't feel safe at home", "I dont feel safe at home",
                    "I don\u2019t feel safe at home", "i DONT feel safe at home"}) {
                assertThat(screen(text).categories()).as(text).containsExactly(Category.UNSAFE_WHERE_THEY_LIVE);
                assertThat(screen(text).severity()).as(text).isEqualTo(Severity.URGENT);
            }
        }

        @Test
        void accents_are_folded() {
            assertThat(screen("I want to kíll myself").urgent()).isTrue();
        }

        @Test
        void text_speak_and_misspellings_are_found() {
            assertThat(screen("honestly i just wanna kms").urgent()).isTrue();
            assertThat(screen("i want to unalive myself").urgent()).isTrue();
            assertThat(screen("i want to kil myself").urgent()).isTrue();
        }

        @Test
        void text_speak_is_not_stemmed_into_other_words() {
            assertThat(screen("we walked 5 km to the centre").flagged()).isFalse();
        }
    }

    @Nested
    class Boundaries {

        @Test
        void a_phrase_inside_a_longer_word_is_not_found() {
            assertThat(screen("this course will skill myself and others up").flagged()).isFalse();
            assertThat(screen("I want to kill myself").flagged()).isTrue();
        }

        @Test
        void words_must_come_in_the_order_of_the_phrase() {
            assertThat(screen("myself I kill time on my phone").flagged()).isFalse();
        }

        @Test
        void a_phrase_does_not_run_across_a_full_stop() {
            assertThat(screen("I wanted to kill. Myself and my friends played pool").flagged()).isFalse();
        }

        @Test
        void a_gap_of_one_word_is_allowed_where_the_phrase_says_so() {
            assertThat(screen("I hurt myself").urgent()).isTrue();
            assertThat(screen("I hurt my self last night").urgent()).isTrue();
            assertThat(screen("I keep wanting to hurt really myself").urgent()).isTrue();
            assertThat(screen("I hurt them and myself").flagged()).isFalse();
        }
    }

    @Nested
    class Negation {

        @Test
        void a_negated_urgent_phrase_is_lowered_to_a_concern() {
            var result = screen("I would never hurt myself, I love my life");
            assertThat(result.severity()).isEqualTo(Severity.CONCERN);
            assertThat(result.matches()).singleElement().satisfies(m -> {
                assertThat(m.adjustment()).isEqualTo(Adjustment.NEGATED);
                assertThat(m.cue()).isEqualTo("never");
                assertThat(m.listedSeverity()).isEqualTo(Severity.URGENT);
            });
        }

        @Test
        void a_negated_concern_is_set_aside() {
            var result = screen("I'm not bullied any more, the new school is great");
            assertThat(result.flagged()).isFalse();
            assertThat(result.setAside()).singleElement()
                    .satisfies(m -> assertThat(m.adjustment()).isEqualTo(Adjustment.NEGATED));
        }

        @Test
        void not_scared_at_home_is_not_urgent() {
            assertThat(screen("I'm not scared at home").urgent()).isFalse();
        }

        @Test
        void a_negation_inside_the_gap_of_a_phrase_counts() {
            var result = screen("my dad never hits me");
            assertThat(result.urgent()).isFalse();
            assertThat(result.matches()).allSatisfy(m -> assertThat(m.adjustment()).isEqualTo(Adjustment.NEGATED));
        }

        @Test
        void a_negation_in_an_earlier_sentence_or_clause_does_not_count() {
            assertThat(screen("Not really. I want to kill myself").urgent()).isTrue();
            assertThat(screen("no, he hits me").urgent()).isTrue();
        }

        @Test
        void a_negation_stops_at_words_like_but_and_know() {
            assertThat(screen("I don't know why but I want to die").urgent()).isTrue();
            assertThat(screen("nobody knows he hits me").urgent()).isTrue();
        }

        @Test
        void a_negation_further_than_three_words_back_does_not_count() {
            assertThat(screen("never in my whole life did I want to die this much").urgent()).isTrue();
        }

        @Test
        void a_phrase_that_contains_the_negation_itself_is_not_negated() {
            assertThat(screen("I don't want to live anymore").urgent()).isTrue();
            assertThat(screen("I never feel safe at my placement").urgent()).isTrue();
        }
    }

    @Nested
    class FiguresOfSpeech {

        @ParameterizedTest
        @ValueSource(strings = {"this survey is killing me lol", "I'm dying of boredom in these meetings",
                "my mum will kill me if I'm late", "we were killing it at the talent show", "the quiz was dead funny",
                "I nearly died laughing at the film", "I could kill myself laughing at his jokes",
                "I wanted to die of embarrassment when I fell over", "my phone is about to die",
                "my brother beat me at fifa again", "the talk about self harm was really good",
                "we did an anti-bullying assembly", "I hurt myself playing football", "the dog ran away again",
                "my PE kit has gone missing", "I've been missing my mates since I moved"})
        void figures_of_speech_and_everyday_uses_are_not_urgent(String text) {
            assertThat(screen(text).urgent()).as(screen(text).explanation()).isFalse();
        }

        @Test
        void a_match_inside_a_figure_of_speech_is_set_aside_with_the_reason() {
            var result = screen("I wanted to die of embarrassment");
            assertThat(result.flagged()).isFalse();
            assertThat(result.setAside()).singleElement().satisfies(m -> {
                assertThat(m.adjustment()).isEqualTo(Adjustment.FIGURE_OF_SPEECH);
                assertThat(m.cue()).isEqualTo("die of embarrassment");
            });
        }

        @Test
        void a_real_threat_is_not_taken_for_a_figure_of_speech() {
            assertThat(screen("he said he would kill me if I told anyone").urgent()).isTrue();
        }

        @Test
        void a_joking_marker_lowers_an_urgent_match_but_keeps_it() {
            var result = screen("i want to die lol");
            assertThat(result.severity()).isEqualTo(Severity.CONCERN);
            assertThat(result.matches()).singleElement()
                    .satisfies(m -> assertThat(m.adjustment()).isEqualTo(Adjustment.JOKING));
            assertThat(screen("i want to die 😂").severity()).isEqualTo(Severity.CONCERN);
        }

        @Test
        void saying_it_is_not_a_joke_does_not_lower_it() {
            assertThat(screen("it's not a joke I want to die").urgent()).isTrue();
        }
    }

    @Nested
    class Offsets {

        @Test
        void offsets_point_at_the_matched_words_in_the_original_text() {
            String text = "Honestly?? I want to KILL myself sometimes";
            var match = screen(text).matches().getFirst();
            assertThat(match.in(text)).isEqualTo("KILL myself");
            assertThat(match.start()).isEqualTo(21);
            assertThat(match.words()).extracting(h -> text.substring(h.start(), h.end()))
                    .containsExactly("KILL", "myself");
        }

        @Test
        void words_skipped_by_a_gap_are_not_highlighted() {
            String text = "my stepdad always hits me";
            var match = screen(text).matches().getFirst();
            assertThat(match.in(text)).isEqualTo("stepdad always hits me");
            assertThat(screen(text).highlights()).extracting(h -> text.substring(h.start(), h.end()))
                    .containsExactly("stepdad", "hits", "me");
        }

        @Test
        void offsets_survive_emoji_and_accents_before_the_match() {
            String text = "😊 café was nice but he touches me";
            var match = screen(text).matches().getFirst();
            assertThat(match.in(text)).isEqualTo("he touches me");
        }

        @Test
        void the_explanation_names_category_severity_words_and_phrase() {
            String text = "I would never hurt myself";
            assertThat(screen(text).explanation()).isEqualTo(
                    "SELF_HARM_OR_SUICIDE CONCERN (listed URGENT, NEGATED by \"never\") \"hurt myself\" at 14-25"
                            + " by phrase \"(cut|cutting|burn|burning|hurt|hurting|harm|harming|hit|hitting|scratch|"
                            + "scratching|starve|starving|punish|punishing) {0,1} (myself|my self)\"");
            assertThat(screen("the youth club is great").explanation()).isEqualTo("nothing found");
        }
    }

    @Nested
    class Categories {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                I want to kill myself                                   | SELF_HARM_OR_SUICIDE   | URGENT
                I've started cutting again                              | SELF_HARM_OR_SUICIDE   | URGENT
                I feel like a burden to everyone                        | LOW_MOOD               | CONCERN
                my foster carer hits me when I'm late                   | PHYSICAL_ABUSE         | URGENT
                my uncle touches me and I don't like it                 | SEXUAL_ABUSE           | URGENT
                there's never any food in the house                     | NEGLECT                | CONCERN
                mum calls me useless all the time                       | PHYSICAL_ABUSE         | CONCERN
                older boys make me hold stuff for them                  | CRIMINAL_EXPLOITATION  | URGENT
                they sent me to a different town to drop stuff off      | CRIMINAL_EXPLOITATION  | URGENT
                my boyfriend is 22 and told me not to tell anyone      | SEXUAL_ABUSE           | URGENT
                I've got an older boyfriend he buys me things           | ONLINE_GROOMING_OR_IMAGE_ABUSE | CONCERN
                I'm going to run away tonight                           | GOING_MISSING          | URGENT
                I ran away from my placement last week                  | GOING_MISSING          | CONCERN
                my stepdad hits my mum when he's drunk                  | DOMESTIC_ABUSE         | URGENT
                mum and dad fight all the time and it scares me         | DOMESTIC_ABUSE         | CONCERN
                people at school keep telling me to kys                 | BULLYING               | URGENT
                I get bullied on the bus every day                      | BULLYING               | CONCERN
                I'm scared to go home                                   | UNSAFE_WHERE_THEY_LIVE | URGENT
                there are dealers outside my flat every night           | UNSAFE_WHERE_THEY_LIVE | CONCERN
                """)
        void each_category_is_found_with_its_severity(String text, Category category, Severity severity) {
            var result = screen(text);
            assertThat(result.categories()).as(result.explanation()).contains(category);
            assertThat(result.matches()).as(result.explanation())
                    .anySatisfy(m -> {
                        assertThat(m.category()).isEqualTo(category);
                        assertThat(m.severity()).isEqualTo(severity);
                    });
        }

        @ParameterizedTest
        @ValueSource(strings = {"ive been saving up my sertraline in a sock",
                "how many paracetamol would be enough do you think", "swallowed a whole packet of tablets at lunch",
                "thinking of drinking the bleach under the sink", "how long does antifreeze take",
                "i put the rope round my neck last night", "hid a razor blade in my pencil case",
                "got blades ready for tonight", "stockpiling tablets in my sock drawer"})
        void the_means_told_plainly_are_urgent(String text) {
            var result = screen(text);
            assertThat(result.urgent()).as(result.explanation()).isTrue();
            assertThat(result.mainCategory()).isEqualTo(Category.SELF_HARM_OR_SUICIDE);
        }

        /** Also said of summer jumps into a lake: a concern by phrase; the classifier decides whether it is urgent. */
        @ParameterizedTest
        @ValueSource(strings = {"i want to jump off the multi storey", "gonna step in front of a train",
                "sat on the railway line for an hour"})
        void a_high_place_or_the_railway_is_a_concern_by_phrase(String text) {
            var result = screen(text);
            assertThat(result.flagged()).as(result.explanation()).isTrue();
            assertThat(result.mainCategory()).isEqualTo(Category.SELF_HARM_OR_SUICIDE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"saving up my pocket money for a bike", "can i have some paracetamol for my headache",
                "i collect my meds from the chemist on fridays", "the box of plasters is empty",
                "we jumped off the rocks into the river", "the bus was late again", "walked across the bridge to town",
                "my dad shaves with a razor every morning", "we did rope climbing in PE",
                "in the book a man jumps off a bridge to save a dog", "the car in front of the bus broke down",
                "I wrapped my scarf round my neck because it was freezing", "I saved all my tablet games to the cloud",
                "can the youth club save some tablets for us", "how much insulin is enough for a pizza",
                "our school got a whole load of tablets for the library", "I love jumping off the bridge into the lake",
                "I was lying under the car helping my dad change the oil", "I walked in front of a car without looking",
                "we stood on the railway bridge watching the trains", "we had to hide the rope for the treasure hunt",
                "when I'm not here on Tuesdays can I still vote"})
        void everyday_words_near_the_means_are_not_flagged(String text) {
            assertThat(screen(text).flagged()).as(screen(text).explanation()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"The youth club is brilliant and the staff are kind",
                "I'd like more buses to the sports centre", "My placement is good, I feel safe and listened to",
                "School is boring but my friends are nice", "Can we have pizza at the next meeting?"})
        void ordinary_comments_are_not_flagged(String text) {
            assertThat(screen(text).flagged()).as(screen(text).explanation()).isFalse();
        }

        @Test
        void several_categories_in_one_text_are_all_reported_most_urgent_first() {
            var result = screen("people at school bully me and I want to die");
            assertThat(result.categories()).containsExactlyInAnyOrder(Category.BULLYING,
                    Category.SELF_HARM_OR_SUICIDE);
            assertThat(result.mainCategory()).isEqualTo(Category.SELF_HARM_OR_SUICIDE);
            assertThat(result.severity()).isEqualTo(Severity.URGENT);
        }

        @Test
        void overlapping_phrases_of_one_category_give_one_match() {
            var result = screen("I've been thinking about killing myself");
            assertThat(result.matches()).singleElement()
                    .satisfies(m -> assertThat(m.category()).isEqualTo(Category.SELF_HARM_OR_SUICIDE));
        }

        @Test
        void every_category_has_a_name_for_the_leads() throws Exception {
            var messages = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
                messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (var category : Category.values()) {
                assertThat(messages.getProperty(category.messageKey())).as(category.messageKey()).isNotBlank();
            }
            for (var severity : Severity.values()) {
                assertThat(messages.getProperty(severity.messageKey())).as(severity.messageKey()).isNotBlank();
            }
            for (var adjustment : Adjustment.values()) {
                assertThat(messages.getProperty(adjustment.messageKey())).as(adjustment.messageKey()).isNotBlank();
            }
        }
    }
}
