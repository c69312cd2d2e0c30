package org.youthvoice.voting.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.voting.BallotOption;
import org.youthvoice.voting.internal.CityBallotScreen;

/**
 * The city-wide ballot as the page shows it; {@code typed} holds, per option in order, the place given (or 1 for the
 * chosen one), so a refused vote shows the choices again.
 */
public record CityVotePage(CityBallotScreen screen, boolean ranked, boolean open, List<Integer> typed,
        @Nullable String error) {

    public CityVotePage {
        typed = List.copyOf(typed);
    }

    public int placeOf(BallotOption option) {
        int index = screen.options().indexOf(option);
        return index >= 0 && index < typed.size() ? typed.get(index) : 0;
    }
}
