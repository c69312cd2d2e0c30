package org.youthvoice.safeguarding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the sentence-embedding model is given: text speak, slang and a young child's spelling said plainly, and words
 * that only look alike left as they are (issue 13).
 */
class TextSpokenPlainlyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tried to od last nite                         | tried to overdose last night
            relapsed on sh again                          | relapsed on self harm again
            my cousin is shotting for them                | my cousin is selling drugs for them
            i od'd last week and nearly od again          | i overdosed last week and nearly overdose again
            thinking of self-deleting                     | thinking of kill myself
            went country with the olders                  | went to another town to sell drugs with the olders
            they gave him a ching to carry                | they gave him a knife to carry
            he got sent country                           | he got sent to another town to sell drugs
            they said theyd wet him up                    | they said theyd stab him
            im going country this weekend                 | i'm going to another town to sell drugs this weekend
            they keep me in the trap house                | they keep me in the drug house
            my flat got cuckooed by the olders            | my flat got taken over by drug dealers by the olders
            he tuches my privat parts becos its a secrit  | he touches my private parts because its a secret
            i am scard of mummys boyfriend                | i am scared of mummys boyfriend
            gonna self-delete tmrw                        | going to kill myself tomorrow
            OD'd on saturday. Never again!                | overdosed on saturday. never again!
            """)
    void slang_and_spelling_are_said_plainly(String typed, String plain) {
        assertThat(MeaningMatcher.prepare(typed)).isEqualTo(plain);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            i took a shot at goal and scored
            running lines for the school play
            my phone is plugged in by the bed
            i wetted the bed last night
            opps i forgot my pe kit
            we went country dancing in pe
            the olders session at youth club was fun
            that film was od funny
            willy wonka was the best film
            lamb shank for tea
            i got merked in fortnite
            we get food at the club
            i saw the opposite team
            my flat is being used for my birthday drinks
            """)
    void ordinary_words_that_look_like_slang_are_left_alone(String typed) {
        assertThat(MeaningMatcher.prepare(typed)).isEqualTo(typed);
    }
}
