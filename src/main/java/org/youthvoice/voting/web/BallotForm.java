package org.youthvoice.voting.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.voting.MemberBallot;

/**
 * A ballot on a member's phone, with what they chose so far (kept when the form is refused).
 *
 * @param legend what to do, in plain words ("Choose one")
 * @param hint more help, or null
 * @param input "radio", "checkbox" or "rank" (a number for each option)
 * @param places the numbers a ranked option can be given (1 to the number of options)
 */
public record BallotForm(MemberBallot ballot, String legend, @Nullable String hint, String input,
        List<Choice> choices, int places, @Nullable String error) {

    public BallotForm {
        choices = List.copyOf(choices);
    }

    public boolean ranked() {
        return input.equals("rank");
    }

    /**
     * @param place the number given to it in a ranked ballot, 0 for none
     */
    public record Choice(int position, String label, @Nullable String picture, boolean chosen, int place) {
    }
}
